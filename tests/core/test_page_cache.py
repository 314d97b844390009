"""Anonymous readers get whole pages from the cache; editors, previews and sessions never do;
publishing, unpublishing, moving, deleting or translating a page, or changing the footer,
shows at once on every page that shows it; a draft changes nothing (issue 14)."""

import http.server
import re
import threading

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.models import SiteFooter, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def cached(response):
    return response.get("X-Page-Cache") == "hit"


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def sitemap_text(client):
    """The sitemap, with its sections if it is an index."""
    index = text(client, "/sitemap.xml")
    sections = re.findall(r"<loc>https?://[^/]+(/sitemap-\d+\.xml)</loc>", index)
    return index + "".join(text(client, section) for section in sections)


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def news_index(demo):
    return NewsIndexPage.objects.get(locale__language_code="en")


def article_form(title, body, slug="cache-test-article", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-12-02",
            "standfirst": "A standfirst for the cache test.",
            "body": streamfield([("paragraph", rich_text(f"<p>{body}</p>"))]),
            "topic_links": inline_formset([]),
            "related_partner_links": inline_formset([]),
            "tag_links": inline_formset([]),
            **extra,
        }
    )


def add_article(editor, news_index, title, body, slug="cache-test-article"):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = article_form(title, body, slug, **{"action-publish": "publish"})
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(slug=slug, locale__language_code="en")


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert cached(client.get(url)), url


# Served from the cache ---------------------------------------------------------------------


def test_a_second_anonymous_request_runs_no_query(demo, client):
    for url in ("/en/", "/en/news/", "/es/", "/en/news/feed/rss/", "/sitemap.xml"):
        first = client.get(url)
        assert first.status_code == 200 and first["X-Page-Cache"] == "miss", url
        with CaptureQueriesContext(connection) as queries:
            second = client.get(url)
        assert cached(second), url
        assert len(queries) == 0, (url, [q["sql"] for q in queries.captured_queries])
        assert second.content == first.content
        assert not second.cookies


def test_query_strings_and_languages_are_stored_apart(demo, client):
    assert client.get("/en/news/").content != client.get("/en/news/?page=2").content
    english = client.get("/en/")
    spanish = client.get("/es/")
    assert cached(client.get("/en/")) and cached(client.get("/es/"))
    assert english.content != spanish.content


def test_editors_and_sessions_never_get_a_cached_page(demo, client, editor):
    warm(client, "/en/")
    response = editor.get("/en/")
    assert response.status_code == 200 and not cached(response)
    assert "private" in response["Cache-Control"]
    assert not cached(editor.get("/en/"))

    stranger = Client()
    stranger.cookies[settings.SESSION_COOKIE_NAME] = "not-a-real-session"
    response = stranger.get("/en/")
    assert response.status_code == 200 and not cached(response)
    assert "private" in response["Cache-Control"]

    with_credentials = Client(HTTP_AUTHORIZATION="Basic ZWRpdG9yOnB3")
    assert not cached(with_credentials.get("/en/"))


def test_previews_are_never_cached(demo, client, editor):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    warm(client, about.url)
    url = reverse("wagtailadmin_pages:view_draft", args=[about.pk])
    for _attempt in range(2):
        response = editor.get(url)
        assert response.status_code == 200 and not cached(response)
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    # Nor is the anonymous answer to a preview address (the admin's login redirect).
    assert not cached(client.get(url)) and not cached(client.get(url))


def test_a_response_that_sets_a_cookie_is_not_stored(demo, client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for _attempt in range(2):
        response = client.get(about.url)
        assert response.status_code == 200
        assert "csrftoken" in response.cookies  # the password form posts
        assert not cached(response)
        assert "private" in response["Cache-Control"]


def test_not_found_pages_are_not_stored(demo, client):
    for _attempt in range(2):
        response = client.get("/en/no-such-page/")
        assert response.status_code == 404 and not cached(response)


# Purged on change --------------------------------------------------------------------------


def test_publishing_in_the_admin_shows_at_once_everywhere(demo, client, editor, news_index):
    home, feed = "/en/", news_index.url + news_index.reverse_subpage("rss_route")
    warm(client, home, news_index.url, feed, "/sitemap.xml")
    sitemap_before = sitemap_text(client)

    article = add_article(editor, news_index, "Cache test: first words", "First body.")
    for url in (home, news_index.url, feed):
        assert "Cache test: first words" in text(client, url), url
    assert f"{article.url}<" in sitemap_text(client)
    assert f"{article.url}<" not in sitemap_before
    warm(client, article.url, home, news_index.url, feed)

    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = article_form("Cache test: new words", "New body.", **{"action-publish": "publish"})
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    assert "New body." in text(client, article.url)
    for url in (home, news_index.url, feed):
        page = text(client, url)
        assert "Cache test: new words" in page and "first words" not in page, url


def test_a_draft_saved_in_the_admin_purges_nothing(demo, client, editor, news_index):
    article = add_article(editor, news_index, "Cache test: published", "Published body.")
    warm(client, article.url, news_index.url, "/en/", "/sitemap.xml")
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    response = editor.post(url, article_form("Cache test: draft", "Draft body."))
    assert response.status_code == 302, response.content.decode()[:2000]
    for address in (article.url, news_index.url, "/en/", "/sitemap.xml"):
        response = client.get(address)
        assert cached(response), address
        assert "Cache test: draft" not in response.content.decode()


def test_unpublishing_and_deleting_remove_the_page_everywhere(demo, client, editor, news_index):
    article = add_article(editor, news_index, "Cache test: short-lived", "Soon gone.")
    feed = news_index.url + news_index.reverse_subpage("atom_route")
    warm(client, article.url, news_index.url, "/en/", feed)

    response = editor.post(reverse("wagtailadmin_pages:unpublish", args=[article.pk]), {})
    assert response.status_code == 302
    assert client.get(article.url).status_code == 404
    for url in (news_index.url, "/en/", feed):
        assert "Cache test: short-lived" not in text(client, url), url

    article = add_article(editor, news_index, "Cache test: deleted", "Soon deleted.", "deleted")
    warm(client, article.url, news_index.url, "/en/")
    response = editor.post(reverse("wagtailadmin_pages:delete", args=[article.pk]), {})
    assert response.status_code == 302
    assert not Page.objects.filter(pk=article.pk).exists()
    assert client.get(article.url).status_code == 404
    for url in (news_index.url, "/en/"):
        assert "Cache test: deleted" not in text(client, url), url


def test_moving_a_page_moves_it_in_the_cache(demo, client):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    other = StandardPageFactory(parent=about.get_parent(), title="Elsewhere", slug="elsewhere")
    team = StandardPageFactory(parent=about, title="Our team", slug="our-team")
    old_url = team.url
    warm(client, old_url, about.url, other.url)

    team.move(other, pos="last-child")
    moved = StandardPage.objects.get(pk=team.pk)
    response = client.get(old_url)  # Wagtail's automatic redirect to the new address
    assert not cached(response) and response.status_code == 301
    assert response["Location"] == moved.url
    assert moved.url != old_url and "Our team" in text(client, moved.url)


def test_a_published_translation_shows_at_once_in_its_language(
    demo, client, django_capture_on_commit_callbacks
):
    english = NewsPage.objects.live().filter(locale__language_code="en").first()
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    index = spanish.get_parent()
    warm(client, spanish.url, index.url, "/es/", english.url)

    source = TranslationSource.objects.get_for_instance(english)
    translation = Translation.objects.get(source=source, target_locale=spanish.locale)
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=spanish.locale,
        context=segment.context,
        defaults={"data": "Prueba de caché: título nuevo"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    for url in (spanish.url, index.url):
        assert "Prueba de caché: título nuevo" in text(client, url), url
    # The English page's language switcher names the Spanish page: it is purged too.
    assert not cached(client.get(english.url))


def test_a_published_footer_shows_at_once_and_a_draft_does_not(demo, client):
    warm(client, "/en/", "/en/news/", "/es/")
    footer = SiteFooter.objects.get(locale__language_code="en")
    footer.organisation = "Cache test office (draft)"
    footer.save_revision()
    response = client.get("/en/news/")
    assert cached(response) and "Cache test office" not in response.content.decode()

    footer.organisation = "Cache test office"
    footer.save_revision().publish()
    for url in ("/en/", "/en/news/"):
        assert "Cache test office" in text(client, url), url
    assert not cached(client.get("/es/"))  # the Spanish footer stands in English where missing


# The frontend cache --------------------------------------------------------------------------


@pytest.fixture
def purge_listener():
    """A stand-in for Varnish on a loopback port: it records the PURGE requests it receives."""
    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append(f"http://{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 18110), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:18110",
    }
    with override_settings(WAGTAILFRONTENDCACHE={"varnish": backend}):
        yield received
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_same_addresses_from_the_frontend_cache(
    demo, news_index, purge_listener, django_capture_on_commit_callbacks
):
    article = NewsPage.objects.live().filter(locale__language_code="en").first()
    spanish = article.get_translation(Locale.objects.get(language_code="es"))
    article.standfirst = "Sent to the CDN too."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    paths = {url.split("/", 3)[3] for url in purge_listener}
    for url in (article.url, spanish.url, news_index.url, "/en/", "/es/", "/sitemap.xml"):
        assert url.lstrip("/") in paths, (url, sorted(paths))
    for route in ("rss_route", "atom_route"):
        assert (news_index.url + news_index.reverse_subpage(route)).lstrip("/") in paths


def test_partner_pages_follow_the_news_that_name_them_and_the_news_their_names(demo, client):
    from news.models import NewsPageRelatedPartner
    from partners.models import PartnerPage

    partner = PartnerPage.objects.live().filter(locale__language_code="en").first()
    article = (
        NewsPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(related_partner_links__partner__translation_key=partner.translation_key)
        .order_by("-date")
        .first()
    )
    warm(client, partner.url, article.url)
    article.title = "Cache test: naming a partner"
    article.related_partner_links = [NewsPageRelatedPartner(partner=partner)]
    article.save_revision().publish()
    assert "Cache test: naming a partner" in text(client, partner.url)
    assert partner.title in text(client, article.url)

    warm(client, partner.url, article.url)
    partner.title = "Cache test partner"
    partner.save_revision().publish()
    assert "Cache test partner" in text(client, article.url)

    warm(client, partner.url, article.url)
    article = NewsPage.objects.get(pk=article.pk)
    article.related_partner_links = []
    article.save_revision().publish()
    assert "Cache test: naming a partner" not in text(client, partner.url)
