"""The page cache and its purge on Redis (Django's RedisCache, failing open), as production runs
it when REDIS_URL is set. The round trip needs a Redis server at REDIS_TEST_URL (.ci/run starts
one): the rest of the suite keeps the in-memory cache. Redis down is a slower site, not a 500."""

import os

import pytest
from django.core.cache import caches
from django.test import override_settings

from news.models import NewsIndexPage, NewsPage
from tests.conftest import running_in_ci

pytestmark = pytest.mark.django_db

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL")


@pytest.fixture
def redis_cache():
    if not REDIS_TEST_URL:
        reason = "REDIS_TEST_URL is not set: no Redis server to test the page cache against"
        if running_in_ci():
            pytest.fail(reason)
        print(f"skipped: {reason}")
        pytest.skip(reason)
    backend = {
        "BACKEND": "core.cache_backends.TolerantRedisCache",
        "LOCATION": REDIS_TEST_URL,
        "KEY_PREFIX": "consortium-test",
    }
    with override_settings(CACHES={"default": backend}):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def test_cache_and_purge_round_trip_on_redis(demo, client, redis_cache):
    assert type(redis_cache).__name__ == "TolerantRedisCache"
    index = NewsIndexPage.objects.get(locale__language_code="en")
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    for url in (article.url, index.url):
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"
    assert redis_cache.get("pc:gen") is not None  # the stamps live in Redis

    article.title = "Published on Redis"
    article.save_revision().publish()
    for url in (article.url, index.url):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Published on Redis" in response.content.decode(), url


def test_with_redis_down_pages_are_served_uncached_and_publishing_works(demo, client):
    closed = {
        "BACKEND": "core.cache_backends.TolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:1",
    }
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    with override_settings(CACHES={"default": closed}):
        for url in ("/en/", article.url, "/sitemap.xml"):
            for _attempt in range(2):
                response = client.get(url)
                assert response.status_code == 200, url
                assert response.get("X-Page-Cache") != "hit", url
        article.title = "Published with Redis down"
        article.save_revision().publish()
        assert "Published with Redis down" in client.get(article.url).content.decode()
