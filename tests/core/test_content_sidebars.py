"""Content pages use the width with a sidebar (issue 17): the article's, the event's and the
standard page's asides, the search page's sections and the news and event indexes' asides, in
every language, and lists of topics named without aria-label."""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.models import StandardPage
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "eu")
ARTICLE_FACTS = {
    "en": ["Published", "Topics", "Tags", "Partners"],
    "es": ["Fecha de publicación", "Temas", "Etiquetas", "Socios"],
    "eu": ["Argitalpen-data", "Gaiak", "Etiketak", "Bazkideak"],
}


def first(model, code, **filters):
    return (
        model.objects.live().filter(locale__language_code=code, **filters).order_by("path").first()
    )


def terms_of(document):
    return [dt.get_text(strip=True) for dt in document.select(".page-layout__aside dt")]


def aside_of(response):
    document = soup(response)
    aside = document.select_one("aside.page-layout__aside")
    assert aside is not None
    # The aside is a landmark named by a heading inside it.
    assert document.find(id=aside["aria-labelledby"]) in aside.find_all()
    return document, aside


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_article_has_its_key_facts_and_related_news_beside_it(demo, client, code):
    article = first(NewsPage, code, related_partner_links__isnull=False)
    document, aside = aside_of(client.get(article.url))
    assert "page-layout__aside--sticky" in aside["class"]
    facts = terms_of(document)
    assert facts == ARTICLE_FACTS[code], facts
    topics = aside.select(".article-facts__topics .chip")
    assert topics and all(a["href"].startswith(article.index.url) for a in topics)
    partners = aside.select(".page-links--logos a")
    assert partners and all(a["href"].startswith(f"/{code}/") for a in partners)
    # Each with its logo or its monogram.
    assert len(aside.select(".page-links--logos .partner-logo")) == len(partners)
    related = aside.select(".related-news .sidebar-list__title")
    assert related and all(a["href"].startswith(f"/{code}/") for a in related)


def test_an_article_lists_the_documents_its_body_links_to_once(demo, client):
    document_model = get_document_model()
    report = document_model.objects.create(
        title="Needs analysis report", file=ContentFile(b"%PDF-1.4", name="report.pdf")
    )
    leaflet = document_model.objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4", name="leaflet.pdf")
    )
    article = first(NewsPage, "en")
    article.body = json.dumps(
        [
            {
                "type": "document_link",
                "value": {"document": report.pk, "title": "", "description": ""},
            },
            {
                "type": "paragraph",
                "value": f'<p>Read <a linktype="document" id="{leaflet.pk}">the leaflet</a> and '
                f'<a linktype="document" id="{report.pk}">the report</a>.</p>',
            },
        ]
    )
    article.save_revision().publish()
    _document, aside = aside_of(client.get(article.url))
    titles = [span.get_text() for span in aside.select(".download-list a > span:first-child")]
    assert titles == ["Needs analysis report", "Leaflet"]
    assert "PDF" in aside.select_one(".download-list__meta").get_text()


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_event_has_its_key_facts_and_calendar_beside_it(demo, client, code):
    event = first(EventPage, code, is_online=False)
    document, aside = aside_of(client.get(event.url))
    assert len(terms_of(document)) >= 4  # when, format, where, organiser
    when = aside.select_one(".event__facts dd")
    assert len(when.select("time")) == 2 and when.select_one("abbr")
    assert event.time_zone in when.select_one(".facts__note").get_text()
    assert aside.select_one(f'a[download][href="{event.url}ical/"]')
    assert document.select_one(".page-layout__main .agenda")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_standard_page_lists_its_headings_or_its_neighbours(demo, client, code):
    statement = next(
        page
        for page in StandardPage.objects.live().filter(locale__language_code=code)
        if sum(block.block_type == "heading" for block in page.body) >= 3
    )
    document, aside = aside_of(client.get(statement.url))
    links = aside.select(".page-contents a")
    assert len(links) >= 3
    for link in links:  # each goes to a heading of the page
        assert document.find(id=link["href"].removeprefix("#")).name == "h2"

    plain = next(
        page
        for page in StandardPage.objects.live().filter(locale__language_code=code)
        if not any(block.block_type == "heading" for block in page.body)
    )
    _document, aside = aside_of(client.get(plain.url))
    pages = aside.select(".sidebar-list a")
    assert len(pages) >= 2
    assert [a["href"] for a in pages if a.get("aria-current") == "page"] == [plain.url]


@pytest.mark.parametrize(("code", "word"), [("en", "model"), ("es", "modelo"), ("eu", "eredua")])
def test_search_results_can_be_narrowed_to_a_section(demo, client, code, word):
    document, aside = aside_of(client.get(f"/{code}/search/", {"q": word}))
    counts = {
        a["href"]: int(a.select_one(".filter-list__count").get_text())
        for a in aside.select(".filter-list a")
    }
    everything = counts.pop(f"?q={word}")
    assert everything >= sum(counts.values()) > 0
    news = next(href for href in counts if href.endswith("type=news"))
    narrowed = soup(client.get(f"/{code}/search/{news.replace('&amp;', '&')}"))
    assert narrowed.select_one(".filter-list a[aria-current]")["href"] == news
    results = narrowed.select(".search-result")
    assert len(results) == min(counts[news], 10)
    news_index = first(NewsIndexPage, code)
    assert all(r.select_one("a")["href"].startswith(news_index.url) for r in results)
    assert aside.select(".sidebar-list a")  # the main sections, to browse instead


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_indexes_have_an_aside_and_topic_lists_have_no_aria_label(demo, client, code):
    index = first(NewsIndexPage, code)
    document, aside = aside_of(client.get(index.url))
    topics = aside.select_one(".chips").select("a")  # the first panel's: topics, with counts
    assert topics and all(a.select_one(".chip__count") for a in topics)
    assert aside.select(".archive-years a") and aside.select(".feed-links a")
    archive = soup(client.get(topics[0]["href"]))
    assert archive.select_one(".page-layout__aside .chip[aria-current=page]")
    article = first(NewsPage, code)
    for page in (document, soup(client.get(article.url))):
        assert not page.select("ul[aria-label], ol[aria-label], dl[aria-label], p[aria-label]")

    events = first(EventIndexPage, code)
    _document, aside = aside_of(client.get(events.url))
    assert aside.select_one(f'a[href="{events.url}ical/"]')
