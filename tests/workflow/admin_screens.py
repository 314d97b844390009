"""The admin screens a translator passes through, and every interface string they show.

The test that Basque covers them (test_basque_admin.py) and the maintainer's script that
lists what is missing (`python -m tests.workflow.missing_basque`) both walk these screens.
"""

from contextlib import contextmanager

from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Locale, Page

GETTEXT_FUNCTIONS = ("gettext", "ngettext", "pgettext", "npgettext")


@contextmanager
def recorded_messages():
    """Collect (context, msgid, plural) of every string translated while inside."""
    trans = translation._trans
    originals = {name: getattr(trans, name) for name in GETTEXT_FUNCTIONS}
    seen = set()

    def gettext(message):
        seen.add((None, str(message), None))
        return originals["gettext"](message)

    def ngettext(singular, plural, number):
        seen.add((None, str(singular), str(plural)))
        return originals["ngettext"](singular, plural, number)

    def pgettext(context, message):
        seen.add((str(context), str(message), None))
        return originals["pgettext"](context, message)

    def npgettext(context, singular, plural, number):
        seen.add((str(context), str(singular), str(plural)))
        return originals["npgettext"](context, singular, plural, number)

    for function in (gettext, ngettext, pgettext, npgettext):
        setattr(trans, function.__name__, function)
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(trans, name, original)


def translator_screens(language_code):
    """(name, URL) of the screens, in the order a translator meets them."""
    from wagtail_localize.models import TranslationSource

    from news.models import NewsPage
    from taxonomy.models import Topic

    locale = Locale.objects.get(language_code=language_code)
    home = Page.objects.get(depth=2, locale=locale)
    article = NewsPage.objects.filter(locale=locale).first()
    news_index = article.get_parent()
    topic = Topic.objects.filter(locale=locale).first()
    english_article = article.get_translation(Locale.get_default())
    source = TranslationSource.objects.get_for_instance(english_article)
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        ("page explorer", reverse("wagtailadmin_explore", args=[home.pk])),
        ("page explorer: news", reverse("wagtailadmin_explore", args=[news_index.pk])),
        ("translation editor: page", reverse("wagtailadmin_pages:edit", args=[article.pk])),
        ("sync translations", reverse("wagtail_localize:update_translations", args=[source.pk])),
        ("snippets", reverse("wagtailsnippets:index")),
        (
            "snippets: topics",
            reverse("wagtailsnippets_taxonomy_topic:list") + f"?locale={language_code}",
        ),
        (
            "translation editor: snippet",
            reverse("wagtailsnippets_taxonomy_topic:edit", args=[topic.pk]),
        ),
        ("translation status", reverse("translation_status_report")),
    ]


def editor_screens():
    """(name, URL) of the screens an editor uses, on an English article."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail_localize.models import TranslationSource

    from news.models import NewsPage
    from taxonomy.models import Topic

    home = Page.objects.get(depth=2, locale=Locale.get_default())
    article = NewsPage.objects.filter(locale=Locale.get_default(), live=True).first()
    news_index = article.get_parent()
    source = TranslationSource.objects.get_for_instance(article)
    topic = Topic.objects.filter(locale=Locale.get_default()).first()
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    page = f"/admin/pages/{article.pk}"
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        ("page explorer", reverse("wagtailadmin_explore", args=[home.pk])),
        ("page explorer: news", reverse("wagtailadmin_explore", args=[news_index.pk])),
        ("page search", reverse("wagtailadmin_pages:search") + "?q=a"),
        ("page editor", reverse("wagtailadmin_pages:edit", args=[article.pk])),
        ("new article", f"/admin/pages/add/news/newspage/{news_index.pk}/"),
        ("start translation", f"/admin/localize/submit/page/{article.pk}/"),
        ("sync translations", reverse("wagtail_localize:update_translations", args=[source.pk])),
        ("history", f"{page}/history/"),
        ("workflow history", f"{page}/workflow_history/"),
        ("copy", f"{page}/copy/"),
        ("move", f"{page}/move/"),
        ("delete", f"{page}/delete/"),
        ("unpublish", f"{page}/unpublish/"),
        ("compare revisions", f"{page}/revisions/compare/earliest...latest/"),
        ("usage", f"{page}/usage/"),
        ("translation status", reverse("translation_status_report")),
        ("report: workflows", "/admin/reports/workflow/"),
        ("report: workflow tasks", "/admin/reports/workflow_tasks/"),
        ("report: site history", "/admin/reports/site-history/"),
        ("report: locked pages", "/admin/reports/locked/"),
        ("report: aging pages", "/admin/reports/aging-pages/"),
        ("snippets: topics", reverse("wagtailsnippets_taxonomy_topic:list")),
        ("snippet: new topic", reverse("wagtailsnippets_taxonomy_topic:add")),
        ("snippet: topic", reverse("wagtailsnippets_taxonomy_topic:edit", args=[topic.pk])),
        ("images", "/admin/images/"),
        ("image", f"/admin/images/{image.pk}/"),
        ("add images", "/admin/images/multiple/add/"),
        ("documents", "/admin/documents/"),
        ("document", f"/admin/documents/edit/{document.pk}/"),
        ("add documents", "/admin/documents/multiple/add/"),
        ("account", reverse("wagtailadmin_account")),
    ]


def messages_on_editor_screens(client, user):
    """{screen: strings translated on it} for an editor, signed in."""
    client.force_login(user)
    by_screen = {}
    for name, url in editor_screens():
        with recorded_messages() as seen:
            response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
        by_screen[name] = seen
    return by_screen


def messages_on_translator_screens(client, user, language_code):
    """{screen: strings translated on it}, for the login page and the translator's screens."""
    by_screen = {}
    client.logout()
    with recorded_messages() as seen:
        response = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE=language_code)
        assert response.status_code == 200
    by_screen["login"] = seen
    client.force_login(user)
    for name, url in translator_screens(language_code):
        with recorded_messages() as seen:
            response = client.get(url)
            assert response.status_code == 200, (name, url, response.status_code)
        by_screen[name] = seen
    return by_screen


def javascript_messages():
    """Strings of the admin's JavaScript: Wagtail's and the translation editor's."""
    from pathlib import Path

    import polib
    import wagtail.admin
    import wagtail_localize

    found = set()
    for package in (wagtail.admin, wagtail_localize):
        # The English catalogue lists every msgid of the package.
        po = Path(package.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"
        for entry in polib.pofile(str(po)):
            found.add((entry.msgctxt, entry.msgid, entry.msgid_plural or None))
    return found


def has_words(msgid):
    return any(character.isalpha() for character in msgid)


def catalog_has(catalog, context, msgid, plural):
    key = f"{context}\x04{msgid}" if context else msgid
    if plural:
        return (key, 0) in catalog
    return key in catalog


def fresh_catalog(language_code, domain="django"):
    """The merged catalogue Django uses for this language, reloaded from the .mo files."""
    if domain == "django":
        trans_real._translations.pop(language_code, None)
        return trans_real.translation(language_code)._catalog
    from django.views.i18n import JavaScriptCatalog

    view = JavaScriptCatalog(domain="djangojs", packages=["wagtail.admin", "wagtail_localize"])
    view.translation = trans_real.DjangoTranslation(
        language_code, domain="djangojs", localedirs=view.get_paths(view.packages)
    )
    return view.translation._catalog


def missing_messages(client, user, language_code):
    """{(context, msgid, plural): first screen} of strings without a translation."""
    catalog = fresh_catalog(language_code)
    missing = {}
    for screen, seen in messages_on_translator_screens(client, user, language_code).items():
        for context, msgid, plural in seen:
            if has_words(msgid) and not catalog_has(catalog, context, msgid, plural):
                missing.setdefault((context, msgid, plural), screen)
    js_catalog = fresh_catalog(language_code, "djangojs")
    for key in javascript_messages():
        if has_words(key[1]) and not catalog_has(js_catalog, *key):
            missing.setdefault(key, "javascript")
    return missing
