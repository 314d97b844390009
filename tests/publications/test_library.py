"""The Cooperation Model page and the resource library, in every language."""

import pytest
from django.db.models import Q

from partners.models import PartnerPage
from publications.models import PublicationPage, ResourceDocument, ResourceIndexPage
from tests.html import soup

pytestmark = pytest.mark.django_db


def library(language):
    return ResourceIndexPage.objects.get(locale__language_code=language)


def listed(client, url):
    """The titles of the documents listed (without their "(in English)" notes)."""
    links = soup(client.get(url)).select(".card--document h2 a")
    return [" ".join(a.span.get_text().split()) for a in links]  # spaces kept around 2-WAY's span


def test_table_of_contents_links_to_every_chapter_heading(demo, client):
    for publication in PublicationPage.objects.live():
        document = soup(client.get(publication.url))
        links = document.select(".publication-toc a")
        chapters = [link for link in links if link.select_one(".publication-toc__number")]
        assert len(chapters) == len(publication.chapters) == 4
        for link in links:  # chapters, key points and how to cite: each reaches its section
            target = document.find(id=link["href"].removeprefix("#"))
            assert target is not None, link["href"]
        for link in chapters:
            title = link.get_text(" ", strip=True).split(" ", 1)[1]  # without its number
            target = document.find(id=link["href"].removeprefix("#"))
            assert target.h2.get_text(strip=True).endswith(title)


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_downloads_offer_the_readers_language_first(demo, client, language):
    publication = PublicationPage.objects.get(locale__language_code=language)
    buttons = soup(client.get(publication.url)).select(".download-panel a")
    assert [button["hreflang"] for button in buttons][0] == language
    assert sorted(button["hreflang"] for button in buttons) == ["en", "es", "eu"]
    first = buttons[0].get_text(" ", strip=True)
    assert "PDF" in first and ("KB" in first or "bytes" in first)


def test_home_teaser_points_at_the_publication_in_each_language(demo, client):
    for language in ("en", "es", "eu"):
        publication = PublicationPage.objects.get(locale__language_code=language)
        teaser = soup(client.get(f"/{language}/")).select_one(".flagship a")
        assert teaser["href"] == publication.url


def test_library_lists_every_public_document(demo, client):
    titles = listed(client, library("en").url)
    assert len(titles) == 9 == ResourceDocument.objects.count()


def test_filters_combine(demo, client):
    url = library("en").url
    spanish = listed(client, f"{url}?language=es")
    training = listed(client, f"{url}?type=training")
    both = listed(client, f"{url}?language=es&type=training")
    assert both and set(both) == set(spanish) & set(training)
    assert set(both) < set(spanish) and set(both) <= set(training)
    expected = ResourceDocument.objects.filter(language="es", resource_type="training")
    assert set(both) == {document.title for document in expected}


def test_partner_and_topic_filters_use_the_readers_language(demo, client):
    index = library("eu")
    document = soup(client.get(index.url))
    partner_options = {o.get_text(): o["value"] for o in document.select("#filter-partner option")}
    basque_ecca = PartnerPage.objects.get(locale__language_code="eu", title="Fundación ECCA Social")
    assert partner_options["Fundación ECCA Social"] == str(basque_ecca.pk)
    topic_names = [o.get_text() for o in document.select("#filter-topic option")]
    assert "Gaitasun berdeak" in topic_names
    by_partner = listed(client, f"{index.url}?partner={basque_ecca.pk}")
    expected = ResourceDocument.objects.filter(authors__translation_key=basque_ecca.translation_key)
    assert set(by_partner) == {d.title for d in expected} and by_partner
    by_topic = listed(client, f"{index.url}?topic=gaitasun-berdeak")
    assert set(by_topic) == {
        d.title for d in ResourceDocument.objects.filter(topics__slug="green-skills")
    }
    assert listed(client, f"{index.url}?topic=green-skills") == by_topic  # old addresses
    # Publications are linked in the reader's language.
    parts = [a["href"] for a in soup(client.get(index.url)).select(".card--document p a")]
    assert parts and all(href.startswith("/eu/") for href in parts)


def test_text_filter(demo, client):
    url = library("es").url
    titles = listed(client, f"{url}?q=  COOPERATION  ")
    expected = ResourceDocument.objects.filter(
        Q(title__icontains="cooperation") | Q(description__icontains="cooperation")
    )
    assert titles and set(titles) == {document.title for document in expected}
    assert listed(client, f"{url}?q=zzzz-nothing-matches") == []


@pytest.mark.parametrize(
    "query",
    [
        "?language=fr",
        "?type=%3Cscript%3E",
        "?partner=abc",
        "?partner=999999",
        "?partner=-1",
        "?topic=%27%20OR%201%3D1",
        "?page=abc",
        "?page=99999",
        "?q=" + "x" * 1000,
        "?q=%00",
        "?language=es&language=xx",
    ],
)
def test_bad_filter_values_are_harmless(demo, client, query):
    response = client.get(library("es").url + query)
    assert response.status_code == 200
    assert soup(response).select_one(".results-count")


def test_bad_partner_filter_is_ignored_not_applied(demo, client):
    url = library("en").url
    assert listed(client, f"{url}?partner=999999") == listed(client, url)
