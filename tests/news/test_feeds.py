import calendar

import feedparser
import pytest

from news.models import FEED_ITEM_COUNT, NewsIndexPage, NewsPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_feed_holds_the_languages_latest_articles(demo, client, language, kind):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == language
    expected = list(index.get_articles()[:FEED_ITEM_COUNT])
    assert len(feed.entries) == min(
        FEED_ITEM_COUNT, NewsPage.objects.live().filter(locale__language_code=language).count()
    )
    assert [entry.title for entry in feed.entries] == [article.title for article in expected]
    first = feed.entries[0]
    assert first.link == f"http://testserver{expected[0].url}"
    assert calendar.timegm(first.published_parsed) == expected[0].published_at.timestamp()
    enclosure = [link for link in first.links if link.rel == "enclosure"][0]
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.type == "image/jpeg"


def test_feeds_are_linked_from_head(demo, client):
    index = NewsIndexPage.objects.get(locale__language_code="es")
    for url in (index.url, index.get_children().live().first().url):
        links = soup(client.get(url)).select('link[rel="alternate"][type$="+xml"]')
        assert [link["href"] for link in links] == [
            f"{index.url}feed/rss/",
            f"{index.url}feed/atom/",
        ]
