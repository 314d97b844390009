"""Translators work in their own language only; editors everywhere; nobody else's settings."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from news.models import NewsPage
from taxonomy.models import Topic
from tests.workflow.conftest import client_for
from tests.workflow.helpers import (
    SAVED,
    assert_denied,
    edit_url,
    publish,
    put_segment,
    segments,
    translation_of,
)

pytestmark = pytest.mark.django_db


def article(language_code):
    english = NewsPage.objects.filter(locale__language_code="en").live().first()
    if language_code == "en":
        return english
    return english.get_translation(Locale.objects.get(language_code=language_code))


def test_spanish_translator_translates_and_publishes_a_spanish_page(spanish_translator, client):
    browser = client_for(spanish_translator)
    spanish = article("es")
    editor = browser.get(edit_url(spanish))
    assert editor.status_code == 200
    assert b'class="js-translation-editor"' in editor.content

    translation = translation_of(article("en"), "es")
    title = next(s for s in segments(translation) if s.context.path == "title")
    assert put_segment(browser, translation, title, "Título revisado por Ane") in SAVED
    response = publish(browser, spanish)
    assert response.status_code == 302

    spanish.refresh_from_db()
    assert spanish.title == "Título revisado por Ane"
    public = client.get(spanish.url)
    assert "Título revisado por Ane" in public.content.decode()


def test_spanish_translator_cannot_edit_english_or_basque_pages(spanish_translator):
    browser = client_for(spanish_translator)
    for language_code in ("en", "eu"):
        page = article(language_code)
        title = page.title
        assert_denied(browser.get(edit_url(page)))
        assert_denied(browser.post(edit_url(page), {"title": "Hacked", "action-publish": "1"}))
        page.refresh_from_db()
        assert page.title == title

    # Nor through the translation editor's API, nor its publish button.
    basque = translation_of(article("en"), "eu")
    assert put_segment(browser, basque, segments(basque).first(), "Ez") == 403
    assert_denied(publish(browser, article("eu")))


def test_spanish_translator_sees_only_the_spanish_tree(spanish_translator):
    browser = client_for(spanish_translator)
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    spanish_home = english_home.get_translation(Locale.objects.get(language_code="es"))
    assert browser.get(reverse("wagtailadmin_explore", args=[spanish_home.pk])).status_code == 200
    assert_denied(browser.get(reverse("wagtailadmin_pages:add_subpage", args=[spanish_home.pk])))
    spanish_article = article("es")
    refused = browser.get(reverse("wagtailadmin_pages:delete", args=[spanish_article.pk]))
    assert refused["Location"] == reverse("wagtailadmin_pages:edit", args=[spanish_article.pk])


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtaillocales:index",
        "wagtailadmin_workflows:index",
        "wagtailredirects:index",
    ],
)
def test_translators_reach_no_settings_or_users(spanish_translator, basque_translator, url_name):
    for user in (spanish_translator, basque_translator):
        assert_denied(client_for(user).get(reverse(url_name)))


def test_translators_translate_snippets_in_their_language_only(spanish_translator):
    browser = client_for(spanish_translator)
    english = Topic.objects.filter(locale__language_code="en").first()
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    basque = english.get_translation(Locale.objects.get(language_code="eu"))

    assert browser.get(edit_url(spanish)).status_code == 200
    translation = translation_of(english, "es")
    assert put_segment(browser, translation, segments(translation).first(), "Movilidad") in SAVED
    assert publish(browser, spanish).status_code == 302
    spanish.refresh_from_db()
    assert spanish.name == "Movilidad"

    for other in (english, basque):
        name = other.name
        assert_denied(browser.get(edit_url(other)))
        assert_denied(browser.post(edit_url(other), {"name": "Hacked"}))
        other.refresh_from_db()
        assert other.name == name
    basque_translation = translation_of(english, "eu")
    first = segments(basque_translation).first()
    assert put_segment(browser, basque_translation, first, "Ez") == 403
    assert_denied(browser.post(reverse("wagtailsnippets_taxonomy_topic:add"), {"name": "New"}))


def test_translators_start_translations_only_into_their_language(spanish_translator, editor):
    english = Topic.objects.create(name="Dual training", slug="dual-training")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["taxonomy", "topic", english.pk]
    )
    form = client_for(spanish_translator).get(url)
    offered = [locale.language_code for locale in form.context["form"].fields["locales"].queryset]
    assert offered == ["es"]

    basque = Locale.objects.get(language_code="eu")
    client_for(spanish_translator).post(url, {"locales": [basque.pk]})
    assert not Topic.objects.filter(translation_key=english.translation_key, locale=basque)

    spanish = Locale.objects.get(language_code="es")
    client_for(spanish_translator).post(url, {"locales": [spanish.pk]})
    assert Topic.objects.filter(translation_key=english.translation_key, locale=spanish)

    # Editors start translations into every language.
    offered = client_for(editor).get(url).context["form"].fields["locales"].queryset
    assert [locale.language_code for locale in offered] == ["eu"]


def test_editors_edit_and_publish_every_language_but_not_users(editor):
    browser = client_for(editor)
    for language_code in ("en", "es", "eu"):
        assert browser.get(edit_url(article(language_code))).status_code == 200
    assert browser.get(reverse("wagtailimages:index")).status_code == 200
    assert browser.get(reverse("wagtaildocs:index")).status_code == 200
    assert browser.get(reverse("wagtailsnippets_taxonomy_topic:add")).status_code == 200
    for url_name in ("wagtailusers_users:index", "wagtailsites:index", "wagtaillocales:index"):
        assert_denied(browser.get(reverse(url_name)))


def test_moderators_cannot_touch_translations(moderator):
    browser = client_for(moderator)
    assert browser.get(edit_url(article("en"))).status_code == 200
    assert_denied(browser.get(edit_url(article("es"))))
    assert_denied(browser.get(reverse("translation_status_report")))


def test_translators_cannot_delete_pages(spanish_translator):
    browser = client_for(spanish_translator)
    spanish = article("es")
    # The refusal says why and leads back to the page.
    response = browser.post(reverse("wagtailadmin_pages:delete", args=[spanish.pk]), follow=True)
    assert response.redirect_chain[0][0] == reverse("wagtailadmin_pages:edit", args=[spanish.pk])
    assert "only an editor can create a deleted page again" in response.content.decode()
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    browser.post(f"{bulk}?id={spanish.pk}")
    assert Page.objects.filter(pk=spanish.pk).exists()


def test_translators_translate_only_what_is_published_in_english(
    demo, editor, spanish_translator, django_capture_on_commit_callbacks
):
    from core.models import StandardPage

    draft = StandardPage(title="Unapproved draft", slug="unapproved-draft", live=False)
    demo.add_child(instance=draft)
    draft.save_revision()
    url = reverse("wagtail_localize:submit_page_translation", args=[draft.pk])
    es = Locale.objects.get(language_code="es")
    response = client_for(spanish_translator).post(url, {"locales": [es.pk]}, follow=True)
    assert "not published in English yet" in response.content.decode()
    assert not StandardPage.objects.filter(translation_key=draft.translation_key, locale=es)
    # Editors may start translating a draft.
    client_for(editor).post(url, {"locales": [es.pk]})
    assert StandardPage.objects.filter(translation_key=draft.translation_key, locale=es)


def test_a_translators_sync_leaves_the_other_language_alone(
    editor, spanish_translator, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    english = article("en")
    basque = article("eu")
    PageViewRestriction.objects.create(
        page=english, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    # Mirrored on the translations at once (core/restrictions.py); Basque lifts its own.
    PageViewRestriction.objects.filter(page=basque).delete()
    sync = reverse(
        "wagtail_localize:update_translations",
        args=[translation_of(english, "es").source_id],
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client_for(spanish_translator).post(sync, {}).status_code == 302
    assert PageViewRestriction.objects.filter(page=article("es")).exists()
    assert not PageViewRestriction.objects.filter(page=basque).exists()
