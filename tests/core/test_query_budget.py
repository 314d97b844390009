"""Cold renders stay within a query budget (issue 14): at most 15 SQL queries for every page
type in every language and at most 5 for a 404 page, with the page cache off and the menu and
footer cached (they are shared by every page). Listings, archives and related cards read a
bounded number of rows, so the counts stay the same when every language has many more
articles, each with an image, topics and tags."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.models import StandardPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, NewsPageTagLink, NewsPageTopic
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import PublicationPage, ResourceIndexPage
from taxonomy.models import Tag, Topic
from tests.factories import ImageFactory
from tests.html import archive_url

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 15
NOT_FOUND_BUDGET = 5
MORE_ARTICLES = 60
SEARCH_WORDS = {"en": "model", "es": "modelo", "eu": "eredua"}


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def first(model, code):
    return model.objects.live().filter(locale__language_code=code).order_by("path").first()


def urls_of(code):
    """{page type: address} of one page of each type in the language `code`."""
    news = first(NewsIndexPage, code)
    article = first(NewsPage, code)
    topic = Topic.objects.get(
        translation_key=article.topic_links.first().topic.translation_key,
        locale__language_code=code,
    )
    tag = Tag.objects.get(
        translation_key=article.tag_links.first().tag.translation_key,
        locale__language_code=code,
    )
    return {
        "home": first(HomePage, code).url,
        "standard page": first(StandardPage, code).url,
        "news index": news.url,
        "news index, page 2": f"{news.url}?page=2",
        "topic archive": archive_url(news, "topic_route", topic=topic.slug),
        "tag archive": archive_url(news, "tag_route", tag=tag.slug),
        "year archive": archive_url(news, "year_route", year=str(article.date.year)),
        "article": article.url,
        "events index": first(EventIndexPage, code).url,
        "event": first(EventPage, code).url,
        "partners index": first(PartnerIndexPage, code).url,
        "partner": first(PartnerPage, code).url,
        "library": first(ResourceIndexPage, code).url,
        "publication": first(PublicationPage, code).url,
        "search": f"/{code}/search/?q={SEARCH_WORDS[code]}",
        "404": f"/{code}/no-such-page/",
        "404 below a page": f"{news.url}no-such-article/",
    }


def query_counts(client, urls):
    """{page type: queries of a second request}: the first one warms the menu and footer
    cache and makes the image renditions."""
    counts = {}
    for kind, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        expected = 404 if kind.startswith("404") else 200
        assert response.status_code == expected, (url, response.status_code)
        counts[kind] = len(queries.captured_queries)
    return counts


def over_budget(counts):
    return {
        kind: count
        for kind, count in counts.items()
        if count > (NOT_FOUND_BUDGET if kind.startswith("404") else PAGE_BUDGET)
    }


def add_articles(code, count):
    """`count` more live articles in the language, each with an image, the first article's
    topics and tags (so that they are related news of it and fill its archives) and a date in
    its year."""
    index = first(NewsIndexPage, code)
    article = first(NewsPage, code)
    topics = [link.topic for link in article.topic_links.all()]
    tags = [link.tag for link in article.tag_links.all()]
    image = ImageFactory()
    locale = Locale.objects.get(language_code=code)
    for number in range(count):
        page = NewsPage(
            title=f"More news {number}",
            slug=f"more-news-{number}",
            standfirst="One more article for the query budget.",
            date=article.date - datetime.timedelta(days=number % 20),
            main_image=image,
            locale=locale,
        )
        page.topic_links = [NewsPageTopic(topic=topic) for topic in topics]
        page.tag_links = [NewsPageTagLink(tag=tag) for tag in tags]
        index.add_child(instance=page)


@pytest.mark.parametrize("code", ["en", "es", "eu"])
def test_every_page_type_stays_within_the_query_budget(demo, client, code):
    counts = query_counts(client, urls_of(code))
    assert not over_budget(counts), counts


@pytest.mark.parametrize("code", ["en", "es", "eu"])
def test_query_counts_do_not_grow_with_more_articles(demo, client, code):
    urls = urls_of(code)
    before = query_counts(client, urls)
    add_articles(code, MORE_ARTICLES)
    after = query_counts(client, urls)
    grown = {kind: (before[kind], after[kind]) for kind in urls if after[kind] > before[kind]}
    assert not grown, grown
    assert not over_budget(after), after
