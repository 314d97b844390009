"""A document not in the reader's language says so: its title and description are marked with
its language (lang, hreflang) and labelled "(in English)" in the reader's language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from core.blocks import DocumentLinkBlock
from publications.models import ResourceDocument, ResourceIndexPage
from tests.html import soup

pytestmark = pytest.mark.django_db

NOTES = {
    "en": {"es": "(in Spanish)", "eu": "(in Basque)", "other": "(in another language)"},
    "es": {"en": "(en inglés)", "eu": "(en euskera)", "other": "(en otro idioma)"},
    "eu": {"en": "(ingelesez)", "es": "(gaztelaniaz)", "other": "(beste hizkuntza batean)"},
}


def cards(client, language):
    library = ResourceIndexPage.objects.get(locale__language_code=language)
    document = soup(client.get(library.url))
    return {
        card.select_one(".card__title a")["href"]: card
        for card in document.select(".card--document")
    }


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_every_document_in_another_language_is_marked_and_labelled(demo, client, language):
    shown = cards(client, language)
    documents = {d.url: d for d in ResourceDocument.objects.all()}
    assert set(shown) == set(documents)
    foreign = 0
    for url, card in shown.items():
        document = documents[url]
        link = card.select_one(".card__title a")
        title = link.span
        note = link.select_one(".card__language-note")
        assert title.get_text() == document.title
        if document.language == language:
            assert note is None and not title.has_attr("lang") and not link.has_attr("hreflang")
            continue
        foreign += 1
        assert note.get_text() == NOTES[language][document.language]
        assert title["lang"] == document.language == link["hreflang"]
        summary = card.select_one(".card__summary")
        if summary is not None:
            assert summary["lang"] == document.language
    assert foreign >= 5, "the demo library holds documents in each language"


def test_a_document_in_an_unknown_language_is_labelled_without_a_lang(demo, client):
    document = ResourceDocument.objects.filter(language="en").first()
    document.language = "other"
    document.save()
    card = next(card for url, card in cards(client, "es").items() if url == document.url)
    link = card.select_one(".card__title a")
    assert link.select_one(".card__language-note").get_text() == "(en otro idioma)"
    assert not link.span.has_attr("lang") and not link.has_attr("hreflang")


def render(block, language, **value):
    value = block.to_python({"title": "", "description": "", **value})
    with translation.override(language):
        return BeautifulSoup(str(block.render(value)), "html.parser")


def test_a_document_link_in_a_page_says_its_language(demo):
    english = ResourceDocument.objects.filter(language="en").first()
    block = DocumentLinkBlock()
    link = render(block, "eu", document=english.pk).select_one("a.document-link__title")
    assert link.span["lang"] == "en" and link.span.get_text() == english.title
    assert link["hreflang"] == "en"
    assert link.select_one(".document-link__language").get_text() == "(ingelesez)"

    # A title written in the page (translated with it) is in the reader's language.
    link = render(block, "eu", document=english.pk, title="Txostena").select_one("a")
    assert link.get_text(" ", strip=True) == "Txostena (ingelesez)"
    assert link.select_one("[lang]") is None

    html = render(block, "en", document=english.pk)
    assert html.select_one(".document-link__language") is None
    assert html.select_one("[lang]") is None


def test_the_language_filter_names_each_language_in_its_own_language(demo, client):
    library = ResourceIndexPage.objects.get(locale__language_code="es")
    options = soup(client.get(library.url)).select("#filter-language option")
    assert [(o.get("lang"), o.get_text()) for o in options[1:]] == [
        ("en", "English"),
        ("es", "Español"),
        ("eu", "Euskara"),
        (None, "Otro"),
    ]
