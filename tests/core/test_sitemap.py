"""Search engines find every public page in every language, with its other languages."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def fetch_xml(client, url):
    response = client.get(urlparse(url).path)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def sitemap_sections(client):
    """The section addresses that the sitemap index /sitemap.xml names."""
    index = fetch_xml(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['s']}}}sitemapindex"
    return [sitemap.find("s:loc", NS).text for sitemap in index.findall("s:sitemap", NS)]


def read_section(client, url):
    """[(loc, {hreflang: href})] of one section, in its order."""
    root = fetch_xml(client, url)
    assert root.tag == f"{{{NS['s']}}}urlset"
    return [
        (
            entry.find("s:loc", NS).text,
            {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", NS)},
        )
        for entry in root.findall("s:url", NS)
    ]


def read_sitemap(client):
    """{loc: {hreflang: href}} of every page the sitemap lists, following the index into its
    sections."""
    return {
        loc: alternates
        for section in sitemap_sections(client)
        for loc, alternates in read_section(client, section)
    }


def sitemap_text(client):
    """The index and all its sections as one text, to look for an address in."""
    texts = [client.get("/sitemap.xml").content.decode()]
    texts += [client.get(urlparse(url).path).content.decode() for url in sitemap_sections(client)]
    return "\n".join(texts)


def test_sitemap_lists_every_live_page_with_all_its_languages(demo, client):
    entries = read_sitemap(client)
    live = Page.objects.live().public().filter(depth__gt=1)
    assert len(entries) == live.count()
    for page in live:
        url = f"http://testserver{page.url}"
        assert url in entries, page
        alternates = entries[url]
        assert alternates[page.locale.language_code] == url
        translations = page.get_translations(inclusive=True).live().public()
        assert {code for code in alternates if code != "x-default"} == {
            translation.locale.language_code for translation in translations
        }
        if len(alternates) > 1:
            english = translations.get(locale__language_code="en")
            assert alternates["x-default"] == f"http://testserver{english.url}"


def test_every_url_in_the_sitemap_answers_200(demo, client):
    for url in read_sitemap(client):
        assert client.get(urlparse(url).path).status_code == 200, url


def test_drafts_and_private_pages_stay_out(demo, client):
    about = Page.objects.get(locale__language_code="en", slug="about")
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    # The restriction reaches the translations (core/restrictions.py); Basque lifts its own.
    PageViewRestriction.objects.filter(
        page__translation_key=about.translation_key, page__locale__language_code="eu"
    ).delete()
    about_es = about.get_translation(about.locale.__class__.objects.get(language_code="es"))
    about_es.unpublish()
    entries = read_sitemap(client)
    assert "http://testserver/en/about/" not in entries
    assert f"http://testserver{about_es.url}" not in entries
    basque = next(url for url in entries if url.endswith("/eu/proiektuari-buruz/"))
    assert set(entries[basque]) == {"eu"}


def test_sitemap_queries_do_not_grow_with_pages(demo, client, settings):
    settings.PAGE_CACHE_ENABLED = False  # a cached copy would cost no query at all

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap.xml")
            client.get("/sitemap-1.xml")
        return len(captured)

    queries()  # Wagtail caches the site's root paths on the first request
    before = queries()
    from core.models import StandardPage

    for n in range(10):
        demo.add_child(instance=StandardPage(title=f"Extra {n}", slug=f"extra-{n}"))
    queries()
    assert queries() == before


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    # Search pages say noindex themselves; a Disallow would hide that from crawlers.
    assert not [line for line in lines if "/search/" in line]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
