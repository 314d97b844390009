"""A Spanish translator translates a news article in the browser and publishes it on /es/."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsIndexPage, NewsPage
from workflow.roles import translators_group_name

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("news"),
]

SPANISH = {
    "Apprentices from Bizkaia visit Medellín": "Aprendices de Bizkaia visitan Medellín",
    "apprentices-bizkaia-medellin": "aprendices-bizkaia-medellin",
    "Six apprentices spent two weeks in a Colombian training centre.": (
        "Seis aprendices pasaron dos semanas en un centro de formación colombiano."
    ),
    "They worked alongside local students on renewable energy installations.": (
        "Trabajaron junto a estudiantes locales en instalaciones de energías renovables."
    ),
    "The exchange will be repeated next year in the other direction.": (
        "El intercambio se repetirá el año que viene en la dirección contraria."
    ),
}


@pytest.fixture
def article_awaiting_spanish(demo):
    """An English article an editor has sent for translation: the Spanish draft exists."""
    index = NewsIndexPage.objects.get(locale__language_code="en")
    english = NewsPage(
        title="Apprentices from Bizkaia visit Medellín",
        slug="apprentices-bizkaia-medellin",
        standfirst="Six apprentices spent two weeks in a Colombian training centre.",
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in list(SPANISH)[3:]],
    )
    index.add_child(instance=english)
    english.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="es")
    )
    translation.save_target(publish=False)
    return english


@pytest.fixture
def spanish_translator(demo, django_user_model):
    user = django_user_model.objects.create_user("ane", "ane@example.org", "aurrera-2026")
    user.groups.add(Group.objects.get(name=translators_group_name("es")))
    return user


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")


def test_spanish_translator_translates_and_publishes_a_news_article(
    article_awaiting_spanish, spanish_translator, live_server, browser_page, docs_screenshot
):
    page = browser_page
    log_in(page, live_server, "ane", "aurrera-2026")
    docs_screenshot(page, "translators/1-dashboard")

    # The status report shows the article as in progress, with a link to translate it.
    page.goto(f"{live_server.url}/admin/reports/translation-status/?q=Apprentices")
    row = page.locator("tbody tr", has_text="Apprentices from Bizkaia visit Medellín")
    expect(row).to_contain_text("In progress")
    expect(page.locator("tbody tr[data-language=eu]")).to_have_count(0)
    docs_screenshot(page, "translators/2-status-report")
    row.get_by_role("link", name="Translate").click()

    # The translation editor: every segment, translated one by one.
    editor = page.locator(".js-translation-editor")
    expect(editor.get_by_role("button", name="Translate").first).to_be_visible()
    docs_screenshot(page, "translators/3-translation-editor")
    translated = 0
    for tab in ("Content", "Promote"):
        editor.get_by_role("tab", name=tab).click()
        todo = editor.locator("li.incomplete:visible")
        while todo.count():
            segment = todo.first
            source = segment.inner_text()
            english = next(text for text in SPANISH if text in source)
            segment.get_by_role("button", name="Translate").click()
            segment.locator("textarea").fill(SPANISH[english])
            segment.get_by_role("button", name="Save").click()
            translated += 1
            expect(editor.locator("li.complete", has_text=SPANISH[english])).to_have_count(1)
    assert translated == len(SPANISH)
    expect(editor.locator("li.incomplete")).to_have_count(0)
    editor.get_by_role("tab", name="Content").click()
    docs_screenshot(page, "translators/4-translated")

    page.get_by_role("button", name="Publish in Español").click()
    expect(page.locator(".messages")).to_contain_text("Published")

    # The public Spanish page.
    page.goto(f"{live_server.url}/es/")
    spanish_page = NewsPage.objects.get(
        translation_key=article_awaiting_spanish.translation_key, locale__language_code="es"
    )
    assert spanish_page.live and spanish_page.slug == "aprendices-bizkaia-medellin"
    page.goto(f"{live_server.url}{spanish_page.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Aprendices de Bizkaia visitan Medellín"
    )
    expect(page.locator("main")).to_contain_text("dirección contraria")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    docs_screenshot(page, "translators/5-published-es")


def test_the_translator_cannot_open_the_english_article(
    article_awaiting_spanish, spanish_translator, live_server, browser_page
):
    page = browser_page
    log_in(page, live_server, "ane", "aurrera-2026")
    page.goto(f"{live_server.url}/admin/pages/{article_awaiting_spanish.pk}/edit/")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator(".messages")).to_contain_text("permission")


def test_a_basque_translator_works_in_euskara(
    article_awaiting_spanish, demo, django_user_model, live_server, browser_page, docs_screenshot
):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_user("miren", "miren@example.org", "aurrera-2026")
    user.groups.add(Group.objects.get(name=translators_group_name("eu")))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "eu"
    profile.save()

    page = browser_page
    log_in(page, live_server, "miren", "aurrera-2026")
    expect(page.locator("html")).to_have_attribute("lang", "eu")
    page.goto(f"{live_server.url}/admin/reports/translation-status/?state=not-started")
    expect(page.get_by_role("heading", level=1)).to_have_text("Itzulpenen egoera")
    row = page.locator("tbody tr", has_text="Apprentices from Bizkaia visit Medellín")
    expect(row).to_contain_text("Hasi gabe")
    docs_screenshot(page, "translators/6-status-report-eu")

    basque = NewsPage.objects.filter(locale__language_code="eu").first()
    page.goto(f"{live_server.url}/admin/pages/{basque.pk}/edit/")
    editor = page.locator(".js-translation-editor")
    expect(editor.get_by_role("button", name="Editatu").first).to_be_visible()
    expect(page.get_by_role("button", name="Argitaratu hizkuntza honetan: Euskara")).to_be_visible()
    docs_screenshot(page, "translators/7-translation-editor-eu")
