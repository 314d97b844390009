"""A page of search results costs the same however many pages match: ten are read at a time."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.rich_text import RichText

from news.models import NewsIndexPage
from tests.factories import NewsPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

WORD = "quetzalcoatlforum"
PER_PAGE = 10


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # The page cache (core/page_cache.py) would answer a repeated request without a query.
    settings.PAGE_CACHE_ENABLED = False


def add_matching_articles(language, count, start=0):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    for number in range(start, start + count):
        NewsPageFactory(
            parent=index,
            title=f"Forum report {number}",
            slug=f"forum-report-{number}",
            body=[("paragraph", RichText(f"<p>The {WORD} met again, number {number}.</p>"))],
        )


def search(client, language="en", **params):
    response = client.get(f"/{language}/search/", {"q": WORD, **params})
    assert response.status_code == 200
    return soup(response)


def result_links(document):
    return [link["href"] for link in document.select(".search-result__title a")]


def queries(client, language="en", **params):
    search(client, language, **params)  # template loading, site root paths
    with CaptureQueriesContext(connection) as captured:
        search(client, language, **params)
    return len(captured)


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_a_page_of_results_costs_the_same_with_few_or_many_matches(demo, client, language):
    add_matching_articles(language, 3)
    few = queries(client, language), queries(client, language, page=2)
    assert len(result_links(search(client, language))) == 3

    add_matching_articles(language, 60, start=3)
    many = queries(client, language), queries(client, language, page=2)
    assert len(result_links(search(client, language))) == PER_PAGE

    assert many == few


def test_page_two_shows_the_next_ten(demo, client):
    add_matching_articles("en", 25)
    first = result_links(search(client))
    second = result_links(search(client, page=2))
    third = search(client, page=3)
    assert len(first) == len(second) == PER_PAGE
    assert not set(first) & set(second)
    assert len(result_links(third)) == 5
    assert third.select_one("ol.search-results")["start"] == "21"
    assert "25" in third.select_one(".results-count").get_text()
    assert third.select_one(".pagination a[rel=prev]")
    assert not third.select_one(".pagination a[rel=next]")


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("abc", 1),
        ("", 1),
        ("0", 1),
        ("-3", 1),
        ("2.5", 1),
        ("9" * 5000, 1),  # longer than Python turns into an int
        ("3", 3),
        ("4", 3),
        ("999999999999", 3),
    ],
)
def test_a_page_number_that_is_not_one_gives_the_first_or_last_page(demo, client, page, shown):
    add_matching_articles("en", 25)
    document = search(client, page=page)
    current = document.select_one(".pagination [aria-current=page]")
    assert current.get_text(strip=True) == str(shown)
    assert len(result_links(document)) == (5 if shown == 3 else PER_PAGE)
