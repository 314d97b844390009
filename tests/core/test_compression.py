"""Pages are compressed by the site itself (issue 14): brotli when the reader accepts it, gzip
otherwise, as they are when nothing is accepted; the decompressed bytes are the page."""

import gzip

import brotli
import pytest
from django.test import override_settings
from django.urls import reverse

from core.compression import negotiate
from news.models import NewsPage

pytestmark = pytest.mark.django_db

BROWSER = "gzip, deflate, br, zstd"


@pytest.mark.parametrize(
    ("accept_encoding", "expected"),
    [
        ("", "identity"),
        ("identity", "identity"),
        ("gzip", "gzip"),
        ("gzip, deflate", "gzip"),
        ("br", "br"),
        (BROWSER, "br"),
        ("gzip;q=1.0, br;q=0.5", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0, br;q=0", "identity"),
        ("*", "br"),
        ("br;q=0, *;q=0.1", "gzip"),
        ("BR ; q=0.8, GZIP;q=0.7", "br"),
        ("deflate, compress", "identity"),
        ("gzip;q=abc, br;q=", "identity"),
    ],
)
def test_negotiate_follows_q_values_and_prefers_brotli_on_a_tie(accept_encoding, expected):
    assert negotiate(accept_encoding) == expected


def test_negotiate_without_brotli_falls_back_to_gzip():
    assert negotiate(BROWSER, allow_brotli=False) == "gzip"
    assert negotiate("br", allow_brotli=False) == "identity"


def article_url():
    return NewsPage.objects.live().filter(locale__language_code="es").first().url


def get(client, url, accept_encoding=None):
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding is not None else {}
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response


def vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",")}


@pytest.mark.parametrize("page_cache", [True, False], ids=["page-cache", "no-page-cache"])
def test_pages_come_in_brotli_gzip_or_identity_as_accepted(demo, client, page_cache):
    with override_settings(PAGE_CACHE_ENABLED=page_cache):
        for url in ["/en/", "/eu/", article_url()]:
            identity = get(client, url)
            assert "Content-Encoding" not in identity, url
            assert "accept-encoding" in vary(identity), url
            assert b"<html" in identity.content

            # Twice each: the second may come from the page cache, which keeps one per encoding.
            for _ in range(2):
                br = get(client, url, BROWSER)
                assert br["Content-Encoding"] == "br", url
                assert "accept-encoding" in vary(br)
                assert int(br["Content-Length"]) == len(br.content)
                assert brotli.decompress(br.content) == identity.content, url

                gz = get(client, url, "gzip, deflate")
                assert gz["Content-Encoding"] == "gzip", url
                assert "accept-encoding" in vary(gz)
                assert gzip.decompress(gz.content) == identity.content, url

                plain = get(client, url, "deflate")
                assert "Content-Encoding" not in plain
                assert plain.content == identity.content

            assert len(br.content) < len(gz.content) < len(identity.content) / 3, url


def test_feeds_and_the_sitemap_are_compressed_too(demo, client):
    feed = NewsPage.objects.live().filter(locale__language_code="en").first().get_parent()
    for url in [feed.url + "feed/rss/", "/sitemap.xml"]:
        identity = get(client, url)
        response = get(client, url, BROWSER)
        assert response["Content-Encoding"] == "br", url
        assert brotli.decompress(response.content) == identity.content


def test_small_and_binary_responses_are_left_alone(demo, client):
    robots = get(client, "/robots.txt", BROWSER)
    if len(robots.content) < 200:
        assert "Content-Encoding" not in robots
    response = client.get("/static/images/logo.svg", headers={"Accept-Encoding": BROWSER})
    # WhiteNoise answers static files itself (pre-compressed by collectstatic in production).
    assert response.status_code == 200


def test_an_etag_of_a_compressed_page_answers_its_conditional_request(demo, client):
    url = article_url()
    for accept in [BROWSER, "gzip", ""]:
        response = get(client, url, accept)
        etag = response.get("ETag")
        if etag is None:
            pytest.skip("no ETag on pages")
        again = client.get(url, headers={"Accept-Encoding": accept, "If-None-Match": etag})
        assert again.status_code == 304, accept
        assert not again.content


def test_a_response_with_a_csrf_token_gets_gzip_with_breach_padding_not_brotli(client):
    """The sign-in form carries a CSRF token (and varies on Cookie): no brotli, and gzip with
    Django's random padding, so two copies of the same page differ in size or bytes."""
    url = reverse("wagtailadmin_login")
    first = client.get(url, headers={"Accept-Encoding": BROWSER})
    assert "cookie" in vary(first)
    assert first["Content-Encoding"] == "gzip"
    assert b'name="csrfmiddlewaretoken"' in gzip.decompress(first.content)
    bodies = {client.get(url, headers={"Accept-Encoding": "gzip"}).content[:120] for _ in range(4)}
    assert len(bodies) > 1
