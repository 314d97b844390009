"""Translators know what to do: a dashboard panel, e-mails when the English changes, a report
whose steps end in the translation editor, and no action they must not use."""

import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from core.models import StandardPage
from tests.html import soup
from tests.workflow.conftest import PARAGRAPHS, client_for, member_of, publish_english
from tests.workflow.helpers import SAVED, publish, put_segment, segments, translation_of
from tests.workflow.test_sync_and_status import edit_english_paragraph, report_rows
from workflow.models import TranslationAlerts
from workflow.roles import translators_group_name

pytestmark = pytest.mark.django_db


def new_english_page(parent, title, paragraphs=PARAGRAPHS):
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), introduction="Intro.")
    parent.add_child(instance=page)
    publish_english(page, paragraphs)
    return page


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return soup(response).select_one("#translation-tasks-section")


# The dashboard ---------------------------------------------------------------------------


def test_the_dashboard_counts_the_translators_work_and_lists_the_newest_first(
    demo, spanish_translator
):
    older = new_english_page(demo, "Older news to translate")
    newer = new_english_page(demo, "Newer news to translate")
    panel = dashboard(client_for(spanish_translator))
    assert [row["data-language"] for row in panel.select("[data-language]")][:1] == ["es"]
    counts = panel.select_one('.translation-tasks__counts tr[data-language="es"]')
    cells = counts.select("td a")
    assert [a.get_text(" ", strip=True).split()[0] for a in cells] == ["2", "0", "0"]
    report = reverse("translation_status_report")
    assert cells[0]["href"] == f"{report}?language=es&state=not-started"
    # The linked report shows exactly those rows.
    rows = report_rows(client_for(spanish_translator), language="es", state="not-started")
    assert set(rows) == {(older.title, "es"), (newer.title, "es")}

    titles = [td.get_text(strip=True) for td in panel.select(".translation-tasks__pages .title")]
    assert titles[:2] == [newer.title, older.title]
    assert len(titles) <= 5
    # Only the translator's own language.
    assert {tr["data-language"] for tr in panel.select("tr[data-language]")} == {"es"}


def test_the_dashboard_panel_is_for_those_who_translate(demo, editor, moderator):
    assert dashboard(client_for(moderator)) is None  # English only
    panel = dashboard(client_for(editor))
    assert {
        tr["data-language"] for tr in panel.select(".translation-tasks__counts tr[data-language]")
    } == {
        "es",
        "eu",
    }


# E-mails ---------------------------------------------------------------------------------


@pytest.fixture
def translators(demo, django_user_model):
    return {
        "es": member_of(django_user_model, "lucia-es", translators_group_name("es"), "es"),
        "eu": member_of(django_user_model, "ane-eu", translators_group_name("eu"), "eu"),
        "es-quiet": member_of(django_user_model, "pablo-es", translators_group_name("es"), "es"),
    }


def submit_account_settings(client, changes):
    """Account → settings, as a person submits it: every field as shown, with these changes."""
    url = reverse("wagtailadmin_account")
    form = soup(client.get(url)).select_one("form[method=post]")
    data = {}
    for field in form.select("input[name], select[name]"):
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[field["name"]] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            data[field["name"]] = chosen["value"] if chosen else ""
        elif field.get("type") != "file":
            data[field["name"]] = field.get("value", "")
    for name, value in changes.items():
        if value is False:
            data.pop(name, None)
        else:
            data[name] = value
    return client.post(url, data)


def test_translators_hear_of_a_new_page_and_of_changed_text_once_per_publication(
    demo, translators, django_capture_on_commit_callbacks
):
    quiet = client_for(translators["es-quiet"])
    response = submit_account_settings(
        quiet,
        {
            "name_email-first_name": "Pablo",
            "name_email-last_name": "Etxeberria",
            "translation_alerts-source_changes": False,
        },
    )
    assert response.status_code == 302
    assert not TranslationAlerts.objects.get(user=translators["es-quiet"]).source_changes

    with django_capture_on_commit_callbacks(execute=True):
        page = new_english_page(demo, "A page for the mailbox")
    assert sorted(message.to[0] for message in mail.outbox) == [
        translators["eu"].email,
        translators["es"].email,
    ]
    by_address = {message.to[0]: message for message in mail.outbox}
    spanish = by_address[translators["es"].email]
    basque = by_address[translators["eu"].email]
    assert "A page for the mailbox" in spanish.subject
    # Each in the translator's admin language.
    assert spanish.subject == "Nueva página para traducir (español): A page for the mailbox"
    assert basque.subject == "Itzultzeko orri berria (euskara): A page for the mailbox"
    assert "http://testserver/admin/reports/translation-status/?language=es" in spanish.body

    # Publishing again without new text: no e-mail. Changed text: one per language.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert mail.outbox == []
    es, eu = (Locale.objects.get(language_code=code) for code in ("es", "eu"))
    for locale in (es, eu):
        StandardPage.objects.get(pk=page.pk).copy_for_translation(locale)
    with django_capture_on_commit_callbacks(execute=True):
        edit_english_paragraph(StandardPage.objects.get(pk=page.pk), 0, "A rewritten paragraph.")
    assert len(mail.outbox) == 2
    assert all("A page for the mailbox" in message.subject for message in mail.outbox)


def test_the_e_mail_setting_is_in_the_account_settings(demo, translators):
    response = client_for(translators["es"]).get(reverse("wagtailadmin_account"))
    field = soup(response).select_one('input[name="translation_alerts-source_changes"]')
    assert field is not None and field.has_attr("checked")


# The report ------------------------------------------------------------------------------


def test_the_report_puts_what_needs_doing_first_and_its_counts_are_links(
    demo, editor, spanish_translator, django_capture_on_commit_callbacks
):
    new_english_page(demo, "Fresh page")
    started = new_english_page(demo, "Started page")
    with django_capture_on_commit_callbacks(execute=True):
        client_for(editor).post(
            reverse("wagtail_localize:submit_page_translation", args=[started.pk]),
            {"locales": [Locale.objects.get(language_code="es").pk]},
        )
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    about.introduction = "A new introduction."
    about.save_revision().publish()

    browser = client_for(spanish_translator)
    response = browser.get(reverse("translation_status_report"))
    states = [row["data-state"] for row in soup(response).select("tbody tr[data-state]")]
    first_seen = list(dict.fromkeys(states))
    assert first_seen == ["not-started", "out-of-date", "in-progress", "up-to-date"]
    assert states == sorted(states, key=first_seen.index)
    links = soup(response).select(".translation-status-counts a")
    assert [link["href"] for link in links] == [
        f"?state={state}" for state in ("not-started", "out-of-date", "in-progress", "up-to-date")
    ]


def test_start_and_sync_land_in_the_translation_editor(
    demo, editor, spanish_translator, django_capture_on_commit_callbacks
):
    page = new_english_page(demo, "Landing page")
    browser = client_for(spanish_translator)
    start = report_rows(browser, q="Landing page")[("Landing page", "es")][2]
    es = Locale.objects.get(language_code="es")
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(start, {"locales": [es.pk]})
    target = page.get_translation(es)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])

    tr = translation_of(page, "es")
    for segment in segments(tr):
        assert put_segment(browser, tr, segment, f"ES {segment.string.data}") in SAVED
    with django_capture_on_commit_callbacks(execute=True):
        publish(browser, target)
    edit_english_paragraph(StandardPage.objects.get(pk=page.pk), 1, "Paragraph two, new.")
    sync = report_rows(browser, q="Landing page")[("Landing page", "es")][2]
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(sync, {})
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[target.pk])


def test_one_languages_sync_leaves_the_other_language_plainly_out_of_date(
    demo, editor, spanish_translator, basque_translator, django_capture_on_commit_callbacks
):
    page = new_english_page(demo, "Two languages")
    es, eu = (Locale.objects.get(language_code=code) for code in ("es", "eu"))
    with django_capture_on_commit_callbacks(execute=True):
        client_for(editor).post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [es.pk, eu.pk]},
        )
    for user, locale in ((spanish_translator, es), (basque_translator, eu)):
        browser = client_for(user)
        tr = translation_of(page, locale.language_code)
        for segment in segments(tr):
            assert put_segment(browser, tr, segment, f"{locale} {segment.string.data}") in SAVED
        with django_capture_on_commit_callbacks(execute=True):
            publish(browser, page.get_translation(locale))
    basque_before = client_for(editor).get(page.get_translation(eu).url).content

    edit_english_paragraph(StandardPage.objects.get(pk=page.pk), 4, "Paragraph five, new.")
    spanish_sync = report_rows(client_for(spanish_translator), q="Two languages")[
        ("Two languages", "es")
    ][2]
    with django_capture_on_commit_callbacks(execute=True):
        client_for(spanish_translator).post(spanish_sync, {"publish_translations": "on"})

    # Basque readers see what they saw; the Basque row says the English changed, with the count.
    page_eu = page.get_translation(eu)
    assert client_for(editor).get(page_eu.url).content == basque_before
    with translation.override("en"):
        rows = report_rows(client_for(editor), q="Two languages")
    state, text, link = rows[("Two languages", "eu")]
    assert state == "out-of-date"
    assert "source changed" in text and "1 new or changed segment to translate" in text
    assert link == reverse("wagtailadmin_pages:edit", args=[page_eu.pk])


# What translators do not see -------------------------------------------------------------


def editor_props(client, instance):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[instance.pk]))
    return json.loads(soup(response).select_one(".js-translation-editor")["data-props"])


def test_translators_see_no_stop_convert_or_delete(demo, editor, spanish_translator):
    from news.models import NewsPage

    spanish = NewsPage.objects.live().filter(locale__language_code="es").first()
    props = editor_props(client_for(spanish_translator), spanish)
    assert props["links"]["stopTranslationUrl"] is None
    assert props["links"]["convertToAliasUrl"] is None
    assert props["perms"]["canDelete"] is False
    # Editors keep them.
    props = editor_props(client_for(editor), spanish)
    assert props["links"]["stopTranslationUrl"]
    assert props["perms"]["canDelete"] is True

    explorer = client_for(spanish_translator).get(
        reverse("wagtailadmin_explore", args=[spanish.get_parent().pk])
    )
    assert reverse("wagtailadmin_pages:delete", args=[spanish.pk]) not in explorer.content.decode()


def test_a_refusal_says_why_in_the_translators_language(demo, django_user_model):
    from news.models import NewsPage

    spanish_translator = member_of(django_user_model, "rosa-es", translators_group_name("es"), "es")
    spanish = NewsPage.objects.live().filter(locale__language_code="es").first()
    tr = Translation.objects.get(
        source__object_id=spanish.translation_key, target_locale=spanish.locale
    )
    browser = client_for(spanish_translator)
    with translation.override("es"):
        reason = translation.gettext(
            "Only editors can stop a synced translation: it would no longer receive "
            "the English page's changes. Ask an editor if this translation should stop."
        )
    assert reason.startswith("Solo los editores")
    response = browser.post(reverse("wagtail_localize:stop_translation", args=[tr.pk]), follow=True)
    assert reason in response.content.decode()
    tr.refresh_from_db()
    assert tr.enabled
    response = browser.get(reverse("wagtail_localize:convert_to_alias", args=[spanish.pk]))
    assert response.status_code == 302
    assert Page.objects.get(pk=spanish.pk).alias_of_id is None


def test_translators_see_one_translation_report(demo, spanish_translator, django_user_model):
    localize_report = reverse("wagtail_localize:translations_report")
    home = client_for(spanish_translator).get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("translation_status_report") in home
    assert localize_report not in home
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    assert localize_report in client_for(admin).get(reverse("wagtailadmin_home")).content.decode()


def test_saving_a_draft_before_publishing_still_tells_translators(
    demo, translators, django_capture_on_commit_callbacks
):
    """The change is measured against the previous publication, not the previous draft."""
    page = new_english_page(demo, "Drafted first")
    for locale in Locale.objects.exclude(language_code="en"):
        StandardPage.objects.get(pk=page.pk).copy_for_translation(locale)
    mail.outbox.clear()
    english = StandardPage.objects.get(pk=page.pk)
    english.introduction = "A rewritten introduction."
    english.save_revision()  # "Save draft"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()  # then "Publish"
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [translators["es"].email, translators["es-quiet"].email, translators["eu"].email]
    )


def test_the_e_mail_setting_is_for_translators_only(demo, editor):
    response = client_for(editor).get(reverse("wagtailadmin_account"))
    assert soup(response).select_one('input[name="translation_alerts-source_changes"]') is None


def test_a_translator_cannot_unpublish_another_languages_snippets(demo, spanish_translator):
    from taxonomy.models import Topic

    browser = client_for(spanish_translator)
    for code in ("en", "eu"):
        topic = Topic.objects.filter(locale__language_code=code, live=True).first()
        url = reverse(topic.snippet_viewset.get_url_name("unpublish"), args=[topic.pk])
        browser.post(url)
        topic.refresh_from_db()
        assert topic.live, code
    own = Topic.objects.filter(locale__language_code="es", live=True).first()
    browser.post(reverse(own.snippet_viewset.get_url_name("unpublish"), args=[own.pk]))
    own.refresh_from_db()
    assert not own.live  # their own language's topic: allowed


def test_wagtails_own_refusal_is_in_the_users_admin_language(demo, django_user_model):
    from news.models import NewsPage

    translator = member_of(django_user_model, "rosa-es", translators_group_name("es"), "es")
    english = NewsPage.objects.filter(locale__language_code="en").first()
    response = client_for(translator).get(
        reverse("wagtailadmin_pages:edit", args=[english.pk]), follow=True
    )
    with translation.override("es"):
        refusal = translation.gettext("Sorry, you do not have permission to access this area.")
    assert refusal != "Sorry, you do not have permission to access this area."
    assert refusal in response.content.decode()
