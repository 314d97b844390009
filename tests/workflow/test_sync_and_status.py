"""An English edit flags translations out of date; sync keeps every unchanged translation."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from core.models import StandardPage
from tests.html import soup
from tests.workflow.conftest import PARAGRAPHS, client_for
from tests.workflow.helpers import SAVED, publish, put_segment, segments, translation_of

pytestmark = pytest.mark.django_db


def spanish(text):
    return f"ES: {text}"


def report_rows(client, **filters):
    """{(source title, language code): (state, text of the state cell, action link)}."""
    response = client.get(reverse("translation_status_report"), filters)
    assert response.status_code == 200
    rows = {}
    for row in soup(response).select("tbody tr[data-state]"):
        cells = row.find_all("td")
        rows[(cells[0].get_text(strip=True), row["data-language"])] = (
            row["data-state"],
            " ".join(cells[3].get_text(" ", strip=True).split()),
            cells[4].a["href"] if cells[4].a else None,
        )
    return rows


def edit_english_paragraph(page, index, text):
    """As the page editor does: the other blocks keep their ids."""
    blocks = list(page.body.raw_data)
    blocks[index] = {**blocks[index], "value": f"<p>{text}</p>"}
    page.body = blocks
    page.save_revision().publish()


def is_translated(segment, locale):
    return segment.string.translations.filter(context=segment.context, locale=locale).exists()


def translate_everything(client, translation):
    for segment in segments(translation):
        text = segment.string.data
        assert put_segment(client, translation, segment, spanish(text)) in SAVED


def test_sync_keeps_unchanged_translations_and_the_report_follows(
    ten_paragraphs, editor, spanish_translator, django_capture_on_commit_callbacks, client
):
    translator = client_for(spanish_translator)
    key = ("Ten paragraphs", "es")
    assert report_rows(translator, q="Ten paragraphs")[key][0] == "not-started"

    # The translator starts the Spanish translation from the report's link.
    start = report_rows(translator, q="Ten paragraphs")[key][2]
    es = Locale.objects.get(language_code="es")
    translator.post(start, {"locales": [es.pk]})
    translation = translation_of(ten_paragraphs, "es")
    state, text, _link = report_rows(translator, q="Ten paragraphs")[key]
    assert state == "in-progress" and "0%" in text

    translate_everything(translator, translation)
    target = ten_paragraphs.get_translation(es)
    with django_capture_on_commit_callbacks(execute=True):
        publish(translator, target)
    assert report_rows(translator, q="Ten paragraphs")[key][0] == "up-to-date"
    target.refresh_from_db()
    assert spanish(PARAGRAPHS[2]) in client.get(target.url).content.decode()

    # An editor changes one paragraph of ten in English.
    changed = [*PARAGRAPHS]
    changed[2] = "Paragraph number 3, rewritten after the partners' meeting."
    edit_english_paragraph(StandardPage.objects.get(pk=ten_paragraphs.pk), 2, changed[2])
    state, text, sync_link = report_rows(translator, q="Ten paragraphs")[key]
    assert state == "out-of-date" and "source changed" in text

    # "Sync translated pages" (here from the report) brings the new paragraph in.
    with django_capture_on_commit_callbacks(execute=True):
        assert translator.post(sync_link, {}).status_code == 302
    paragraphs = [s for s in segments(translation) if s.context.path.startswith("body.")]
    translated = [s for s in paragraphs if is_translated(s, es)]
    assert len(paragraphs) == 10
    assert len(translated) == 9
    assert {s.string.data for s in paragraphs} - {s.string.data for s in translated} == {changed[2]}
    # Readers still see the old translation: out of date, with the new segment counted, and
    # the next step is the translation editor.
    state, text, link = report_rows(translator, q="Ten paragraphs")[key]
    assert state == "out-of-date"
    total = segments(translation).count()
    assert f"{100 * (total - 1) // total}%" in text
    assert "1 new or changed segment to translate" in text
    assert link == reverse("wagtailadmin_pages:edit", args=[target.pk])

    # The translator translates the new paragraph and publishes: up to date again.
    new = next(s for s in paragraphs if s.string.data == changed[2])
    assert put_segment(translator, translation, new, spanish(changed[2])) in SAVED
    with django_capture_on_commit_callbacks(execute=True):
        publish(translator, target)
    assert report_rows(translator, q="Ten paragraphs")[key][0] == "up-to-date"
    public = client.get(target.url).content.decode()
    assert spanish(changed[2]) in public and spanish(PARAGRAPHS[9]) in public
    assert spanish(PARAGRAPHS[2]) not in public


def test_translated_but_unpublished_text_is_in_progress(
    ten_paragraphs, editor, spanish_translator, django_capture_on_commit_callbacks
):
    client_for(editor).post(
        reverse("wagtail_localize:submit_page_translation", args=[ten_paragraphs.pk]),
        {"locales": [Locale.objects.get(language_code="es").pk]},
    )
    translator = client_for(spanish_translator)
    translate_everything(translator, translation_of(ten_paragraphs, "es"))
    state, text, _link = report_rows(translator, q="Ten paragraphs")[("Ten paragraphs", "es")]
    assert state == "in-progress" and "100%" in text and "not published yet" in text


def test_demo_content_is_up_to_date_and_filters_work(demo, editor, spanish_translator):
    rows = {}
    for page in range(1, 20):
        rows.update(report_rows(client_for(editor), page=page))
    assert {language for _title, language in rows} == {"es", "eu"}
    states = {state for state, _text, _link in rows.values()}
    assert states == {"up-to-date"}, [k for k, v in rows.items() if v[0] != "up-to-date"][:5]

    only_basque = report_rows(client_for(editor), language="eu")
    assert only_basque and {language for _t, language in only_basque} == {"eu"}
    assert report_rows(client_for(editor), state="out-of-date") == {}

    # A translator sees their own language only, whatever they ask for.
    translator = client_for(spanish_translator)
    assert {language for _t, language in report_rows(translator)} == {"es"}
    assert {language for _t, language in report_rows(translator, language="eu")} == {"es"}
    for bad in ({"state": "<script>"}, {"page": "9999"}, {"language": "xx" * 500}):
        assert translator.get(reverse("translation_status_report"), bad).status_code == 200


def test_report_lists_every_page_and_translatable_snippet(demo, editor):
    from wagtail.models import Page

    from workflow.status import translatable_snippet_models

    rows = report_rows(client_for(editor), language="es", page="1")
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1).count()
    english_snippets = sum(
        model.objects.filter(locale__language_code="en").count()
        for model in translatable_snippet_models()
    )
    response = client_for(editor).get(reverse("translation_status_report"), {"language": "es"})
    counts = soup(response).select_one(".translation-status-counts").get_text(" ", strip=True)
    assert f"Up to date: {english_pages + english_snippets}" in counts
    assert len(rows) == min(50, english_pages + english_snippets)


def test_a_translator_syncing_and_publishing_publishes_their_language_only(
    ten_paragraphs, editor, spanish_translator, django_capture_on_commit_callbacks
):
    es, eu = (Locale.objects.get(language_code=code) for code in ("es", "eu"))
    client_for(editor).post(
        reverse("wagtail_localize:submit_page_translation", args=[ten_paragraphs.pk]),
        {"locales": [es.pk, eu.pk]},
    )
    spanish, basque = (ten_paragraphs.get_translation(locale) for locale in (es, eu))
    assert not spanish.live and not basque.live
    sync = reverse(
        "wagtail_localize:update_translations",
        args=[translation_of(ten_paragraphs, "es").source_id],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(spanish_translator).post(sync, {"publish_translations": "on"})
    assert response.status_code == 302
    spanish.refresh_from_db()
    basque.refresh_from_db()
    assert spanish.live
    assert not basque.live


def test_the_report_makes_the_same_queries_for_more_pages(ten_paragraphs, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browser = client_for(editor)
    url = reverse("translation_status_report")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert browser.get(url, {"language": "es"}).status_code == 200
        return len(captured)

    queries()  # warm Django's cache (Wagtail's site root paths), which publishing fills anyway
    before = queries()
    for n in range(10):
        page = StandardPage(title=f"More {n}", slug=f"more-{n}")
        ten_paragraphs.add_child(instance=page)
        page.save_revision().publish()
    assert queries() == before
