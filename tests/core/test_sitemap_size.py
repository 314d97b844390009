"""The sitemap costs the same however large the site: an index of bounded sections.

/sitemap.xml names the sections /sitemap-1.xml, /sitemap-2.xml, …; each holds at most
SITEMAP_SECTION_SIZE pages. The section size is set small here so that the demo fills several.
"""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from news.models import NewsIndexPage
from tests.core.test_sitemap import read_section, read_sitemap, sitemap_sections
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

SIZE = 20


@pytest.fixture
def small_sections(settings):
    settings.SITEMAP_SECTION_SIZE = SIZE
    # The page cache (core/page_cache.py) would answer repeated requests without a query.
    settings.PAGE_CACHE_ENABLED = False


def live_pages():
    return Page.objects.live().public().filter(depth__gt=1)


def add_translated_articles(count):
    """`count` more live articles in every language, each translated (so with alternates)."""
    english = NewsIndexPage.objects.get(locale__language_code="en")
    others = Locale.objects.exclude(language_code="en")
    for number in range(count):
        article = NewsPageFactory(
            parent=english,
            title=f"Sitemap size {number}",
            slug=f"sitemap-size-{number}",
            body=[("paragraph", RichText("<p>More news.</p>"))],
        )
        for locale in others:
            article.copy_for_translation(locale).save_revision().publish()


def queries(client, path):
    client.get(path)  # Wagtail caches the site's root paths on the first request
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def test_the_index_names_bounded_sections_that_list_every_page_once(demo, client, small_sections):
    sections = sitemap_sections(client)
    count = live_pages().count()
    assert count > 2 * SIZE  # several sections, the last one maybe partly filled
    assert sections == [
        f"http://testserver/sitemap-{number}.xml" for number in range(1, -(-count // SIZE) + 1)
    ]
    listed = [loc for section in sections for loc, _alternates in read_section(client, section)]
    assert all(len(read_section(client, section)) <= SIZE for section in sections)
    assert len(listed) == len(set(listed)) == count
    assert {f"http://testserver{page.url}" for page in live_pages()} == set(listed)


def test_small_sections_list_the_same_entries_as_one_large_one(demo, client, small_sections):
    in_small_sections = read_sitemap(client)
    with override_settings(SITEMAP_SECTION_SIZE=10_000):
        assert len(sitemap_sections(client)) == 1
        in_one_section = read_sitemap(client)
    assert in_small_sections == in_one_section  # every page with the same alternates
    assert sum("x-default" in alternates for alternates in in_one_section.values()) > SIZE


def test_each_section_lists_its_lastmod(demo, client, small_sections):
    for section in sitemap_sections(client):
        response = client.get(section.removeprefix("http://testserver"))
        assert response.content.count(b"<lastmod>") == response.content.count(b"<url>")
        assert "public" in response["Cache-Control"]


def test_drafts_and_private_pages_are_in_no_section(demo, client, small_sections):
    about = Page.objects.get(locale__language_code="en", slug="about")
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    draft = live_pages().filter(locale__language_code="es", depth__gt=2).last()
    draft.unpublish()
    listed = read_sitemap(client)
    assert len(listed) == live_pages().count()
    assert "http://testserver/en/about/" not in listed
    assert f"http://testserver{draft.url}" not in listed
    assert not [url for url in listed if url.startswith("http://testserver/en/about/")]


def test_queries_do_not_grow_with_more_articles(demo, client, small_sections):
    def costs():
        last = len(sitemap_sections(client))
        paths = ["/sitemap.xml", "/sitemap-1.xml", f"/sitemap-{last}.xml"]
        return [queries(client, path) for path in paths[:2]], queries(client, paths[2])

    before, _last_before = costs()
    pages_before = len(sitemap_sections(client))
    add_translated_articles(60)
    after, last_after = costs()
    assert len(sitemap_sections(client)) >= pages_before + 180 // SIZE
    assert after == before
    assert last_after == before[1]  # the last section costs what the first does


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-999.xml",
        "/sitemap-0.xml",
        "/sitemap-01.xml",
        "/sitemap--1.xml",
        "/sitemap-abc.xml",
        "/sitemap-1.5.xml",
        "/sitemap-.xml",
        f"/sitemap-{'9' * 5000}.xml",
    ],
)
def test_a_section_that_does_not_exist_is_not_found(demo, client, small_sections, path):
    assert client.get(path).status_code == 404


def test_a_section_without_its_extension_is_not_found(demo, client, small_sections):
    # The language middleware tries /en/sitemap-2/, which is no page either.
    assert client.get("/sitemap-2", follow=True).status_code == 404


def test_a_section_past_the_end_is_not_found(demo, client, small_sections):
    last = len(sitemap_sections(client))
    assert client.get(f"/sitemap-{last}.xml").status_code == 200
    assert client.get(f"/sitemap-{last + 1}.xml").status_code == 404
