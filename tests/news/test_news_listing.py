"""The news index: order, pagination, archives and the queries it costs."""

import datetime

import pytest

from news.models import NEWS_PER_PAGE, NewsPageTagLink, NewsPageTopic
from tests.factories import NewsIndexPageFactory, NewsPageFactory, TagFactory, TopicFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


def titles(response):
    return [h.get_text(strip=True) for h in soup(response).select(".card__title")]


def make_articles(index, count, **fields):
    return [NewsPageFactory(parent=index, **fields) for _ in range(count)]


def test_listing_is_newest_first(news_index, client):
    old = NewsPageFactory(parent=news_index, title="Old", date=datetime.date(2024, 1, 5))
    new = NewsPageFactory(parent=news_index, title="New", date=datetime.date(2026, 5, 1))
    middle = NewsPageFactory(parent=news_index, title="Middle", date=datetime.date(2025, 3, 3))
    response = client.get(news_index.url)
    assert titles(response) == [new.title, middle.title, old.title]


def test_listing_shows_date_standfirst_image_and_topics(news_index, client, locales):
    from tests.factories import ImageFactory

    topic = TopicFactory(name="Vocational skills", slug="vocational-skills")
    article = NewsPageFactory(
        parent=news_index,
        date=datetime.date(2026, 3, 13),
        standfirst="Seventy people met in Derio.",
        main_image=ImageFactory(),
    )
    NewsPageTopic.objects.create(page=article, topic=topic)
    card = soup(client.get(news_index.url)).select_one(".card--news")
    assert card.select_one("time")["datetime"] == "2026-03-13"
    assert card.select_one("time").get_text() == "March 13, 2026"
    assert card.select_one(".card__summary").get_text() == "Seventy people met in Derio."
    assert card.select_one("picture img")
    assert [li.get_text() for li in card.select(".topic-list li")] == ["Vocational skills"]


@pytest.mark.parametrize(
    ("query", "expected_page"),
    [("", 1), ("?page=2", 2), ("?page=abc", 1), ("?page=0", 1), ("?page=-4", 1), ("?page=9999", 3)],
)
def test_pagination_edges(news_index, client, query, expected_page):
    make_articles(news_index, NEWS_PER_PAGE * 2 + 5)
    response = client.get(news_index.url + query)
    assert response.status_code == 200
    document = soup(response)
    current = document.select_one(".pagination a[aria-current]")
    assert current.get_text(strip=True).endswith(str(expected_page))
    expected_count = 5 if expected_page == 3 else NEWS_PER_PAGE
    assert len(document.select(".card--news")) == expected_count


def test_pages_do_not_repeat_articles(news_index, client):
    make_articles(news_index, NEWS_PER_PAGE + 3)
    first = titles(client.get(news_index.url))
    second = titles(client.get(news_index.url + "?page=2"))
    assert len(first) == NEWS_PER_PAGE and len(second) == 3
    assert not set(first) & set(second)


def test_tag_archive(news_index, client):
    tagged = NewsPageFactory(parent=news_index, title="Tagged")
    tag = TagFactory(name="Peer review", slug="peer-review")
    NewsPageTagLink.objects.create(page=tagged, tag=tag)
    NewsPageFactory(parent=news_index, title="Untagged")
    response = client.get(f"{news_index.url}tag/peer-review/")
    assert response.status_code == 200
    assert titles(response) == ["Tagged"]
    assert soup(response).h1.get_text() == "News tagged “Peer review”"
    assert client.get(f"{news_index.url}tag/no-such-tag/").status_code == 404


def test_topic_archive_is_paginated(news_index, client):
    topic = TopicFactory(name="Mentoring", slug="mentoring")
    for article in make_articles(news_index, NEWS_PER_PAGE + 1):
        NewsPageTopic.objects.create(page=article, topic=topic)
    NewsPageFactory(parent=news_index, title="Elsewhere")
    response = client.get(f"{news_index.url}topic/mentoring/")
    assert soup(response).h1.get_text() == "News about Mentoring"
    assert len(titles(response)) == NEWS_PER_PAGE
    assert len(titles(client.get(f"{news_index.url}topic/mentoring/?page=2"))) == 1
    assert "Elsewhere" not in titles(client.get(f"{news_index.url}topic/mentoring/?page=2"))
    assert client.get(f"{news_index.url}topic/nothing/").status_code == 404


def test_year_archive(news_index, client):
    NewsPageFactory(parent=news_index, title="In 2025", date=datetime.date(2025, 6, 1))
    NewsPageFactory(parent=news_index, title="In 2024", date=datetime.date(2024, 6, 1))
    response = client.get(f"{news_index.url}2025/")
    assert titles(response) == ["In 2025"]
    assert soup(response).h1.get_text() == "News from 2025"
    years = [a.get_text() for a in soup(client.get(news_index.url)).select(".archive-years a")]
    assert years[:2] == ["2025", "2024"]
    assert client.get(f"{news_index.url}1999/").status_code == 404
    assert client.get(f"{news_index.url}99999/").status_code == 404


def test_query_count_does_not_grow_with_articles(news_index, client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import ImageFactory

    topic = TopicFactory()
    tag = TagFactory()

    def add(count):
        for article in make_articles(news_index, count, main_image=ImageFactory()):
            NewsPageTopic.objects.create(page=article, topic=topic)
            NewsPageTagLink.objects.create(page=article, tag=tag)

    add(5)
    client.get(news_index.url)  # renditions are created on the first view
    with CaptureQueriesContext(connection) as five:
        client.get(news_index.url)
    queries_for_five = len(five.captured_queries)  # before later requests reset the log
    add(45)
    client.get(news_index.url)
    with django_assert_max_num_queries(queries_for_five):
        response = client.get(news_index.url)
    assert len(titles(response)) == NEWS_PER_PAGE


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_a_year_out_of_range_is_not_found(demo, client, language):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code=language)
    assert client.get(f"{index.url}0000/").status_code == 404
