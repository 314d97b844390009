"""Pages, feeds, calendars and the sitemap tell shared caches how long to keep them and answer
conditional requests with 304, whether the page was just rendered or came from the cache
(issue 14)."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils.cache import get_max_age

from core import page_cache
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db


def addresses():
    news = NewsIndexPage.objects.get(locale__language_code="en")
    events = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    return {
        "home": "/en/",
        "news index": news.url,
        "article": news.get_children().live().first().url,
        "rss": news.url + news.reverse_subpage("rss_route"),
        "atom": news.url + news.reverse_subpage("atom_route"),
        "calendar": events.url + events.reverse_subpage("calendar_route"),
        "event calendar": event.url + event.reverse_subpage("ical_route"),
        "sitemap": "/sitemap.xml",
        "spanish home": "/es/",
    }


def test_public_responses_say_how_long_shared_caches_keep_them(demo, client):
    for kind, url in addresses().items():
        response = client.get(url)
        assert response.status_code == 200, kind
        control = {d.strip().split("=")[0] for d in response["Cache-Control"].split(",")}
        assert {"public", "max-age", "s-maxage"} <= control, (kind, response["Cache-Control"])
        assert get_max_age(response) > 0
        assert response.has_header("ETag") and response.has_header("Last-Modified"), kind


@pytest.mark.parametrize("from_cache", [False, True], ids=["fresh render", "cached"])
def test_conditional_requests_get_304(demo, client, from_cache):
    for kind, url in addresses().items():
        first = client.get(url)
        if not from_cache:
            _drop_entry(url)
        response = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert response.status_code == 304, (kind, "If-None-Match")
        assert response.get("X-Page-Cache") == ("hit" if from_cache else "miss"), kind
        assert not response.content
        if not from_cache:
            _drop_entry(url)
        response = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        assert response.status_code == 304, (kind, "If-Modified-Since")
        other = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
        assert other.status_code == 200 and other.content == first.content, kind


def _drop_entry(url):
    """Forget the stored page but not the version stamps: the next request renders afresh."""
    cache.delete(page_cache.entry_key(RequestFactory().get(url)))
