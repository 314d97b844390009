"""What search engines and social networks read in each page's <head>: a unique title and
description per language, a canonical URL, Open Graph and Twitter cards with a social image
of the right size, and hreflang alternates to the public translations only.

The demo content is crawled once for the module, as a crawler would: every URL in
/sitemap.xml plus the listing variants (later pages, topics, years, tags) in every language.
"""

import datetime
import io
import math
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection, transaction
from django.templatetags.static import static
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import Page, PageViewRestriction, Site

from core.models import StandardPage
from core.models.pages import META_DESCRIPTION_LENGTH
from core.seo import DEFAULT_SOCIAL_IMAGE, default_social_image_alt
from events.models import PAST_EVENTS_PER_PAGE, EventIndexPage
from news.models import NEWS_PER_PAGE, TAG_ADDRESS, TOPIC_ADDRESS, NewsIndexPage
from taxonomy.models import Tag, Topic
from tests.conftest import english_demo_home
from tests.core.test_sitemap import read_sitemap
from tests.factories import EventPageFactory, StandardPageFactory
from tests.html import archive_url, hreflang_links, soup, switcher_entries

pytestmark = pytest.mark.django_db

HOST = "http://testserver"


def absolute(path):
    return f"{HOST}{path}"


def page_label(language, number, total):
    with translation.override(language):
        return translation.gettext("Page %(number)s of %(total)s") % {
            "number": number,
            "total": total,
        }


def head_meta(document):
    """{property or name: content} of the <meta> tags in the head."""
    return {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in document.head.select("meta[content]")
        if tag.get("property") or tag.get("name")
    }


@dataclass
class Visit:
    """One crawled URL: what the page says about itself, and what the database says."""

    url: str  # as requested, query string included
    language: str
    expected_canonical: str
    title: str
    meta: dict
    canonical: str | None
    hreflang: dict
    is_listing_variant: bool
    listing_page: tuple | None = None  # (number, total) of a listing's later page
    page_title: str = ""  # of the page in the database (seo title or title)
    social_image: dict | None = None  # alt text and original size from the database
    image_response: dict = field(default_factory=dict)  # status, type, size of og:image


def listing_variants(index_pages):
    """The news listings' other addresses, derived from the articles in each language: later
    pages, every topic, year and tag with articles, and some with junk or first-page query
    strings. As (url, expected canonical, language, (page number, pages) or None)."""
    variants = []
    for index in index_pages:
        language = index.locale.language_code
        base = index.url
        articles = index.get_articles()
        pages = math.ceil(articles.count() / NEWS_PER_PAGE)
        assert pages >= 2, f"the demo news in {language} should fill two pages"
        for number in range(2, pages + 1):
            url = f"{base}?page={number}"
            variants.append((url, absolute(url), language, (number, pages)))
        variants += [
            (
                f"{base}?page=2&utm_source=newsletter",
                absolute(f"{base}?page=2"),
                language,
                (2, pages),
            ),
            (f"{base}?page=1", absolute(base), language, None),
            (f"{base}?page=abc", absolute(base), language, None),
            (f"{base}?page=9999", absolute(f"{base}?page={pages}"), language, (pages, pages)),
        ]
        keys = set(articles.values_list("topic_links__topic__translation_key", flat=True)) - {None}
        topics = Topic.objects.filter(locale=index.locale, translation_key__in=keys)
        assert topics, f"the demo news in {language} should have topics"
        for topic in topics:
            url = archive_url(index, "topic_route", topic=topic.slug)
            variants.append((url, absolute(url), language, None))
        variants.append((f"{url}?ref=footer", absolute(url), language, None))
        for year in index.get_years():
            url = f"{base}{year}/"
            variants.append((url, absolute(url), language, None))
        keys = set(articles.values_list("tag_links__tag__translation_key", flat=True)) - {None}
        tags = Tag.objects.filter(locale=index.locale, translation_key__in=keys, live=True)
        assert tags, f"the demo news in {language} should have tags"
        for tag in tags:
            url = archive_url(index, "tag_route", tag=tag.slug)
            variants.append((url, absolute(url), language, None))
    return variants


def visit(client, url, expected_canonical, language, page=None, listing_page=None):
    response = client.get(url)
    assert response.status_code == 200, url
    document = soup(response)
    canonical = document.head.select('link[rel="canonical"]')
    result = Visit(
        url=url,
        language=language,
        expected_canonical=expected_canonical,
        title=document.title.get_text() if document.title else "",
        meta=head_meta(document),
        canonical=canonical[0]["href"] if len(canonical) == 1 else None,
        hreflang=hreflang_links(document.head),
        is_listing_variant=page is None,
        listing_page=listing_page,
    )
    if page is not None:
        page = page.specific
        result.page_title = page.get_meta_title()
        with translation.override(language):
            card = page.get_social_card()
        if card is not None:
            result.social_image = {
                "alt": card.alt,
                "description": card.image.description,
                "width": card.image.width,
                "height": card.image.height,
                "padded": card.filter_spec.startswith("pad-"),
            }
    image_url = result.meta.get("og:image")
    if image_url and urlparse(image_url).path.startswith(settings.STATIC_URL):
        result.image_response = {"default": True}
    elif image_url:
        image_response = client.get(urlparse(image_url).path)
        result.image_response = {"status": image_response.status_code}
        if image_response.status_code == 200:
            content = b"".join(image_response.streaming_content)
            with Image.open(io.BytesIO(content)) as picture:
                result.image_response.update(
                    content_type=image_response["Content-Type"],
                    format=picture.format,
                    size=picture.size,
                )
    return result


@pytest.fixture(scope="module")
def crawl(django_db_setup, django_db_blocker):
    """Every URL of the sitemap and every news listing variant, in every language, visited
    once in a transaction that is rolled back (renditions made on the way included)."""
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        translation.override(settings.LANGUAGE_CODE),
    ):
        if english_demo_home() is None:  # a transactional test emptied the database
            from django.core.management import call_command

            call_command("load_demo", stdout=io.StringIO())
        cache.clear()
        client = Client()
        sitemap = read_sitemap(client)
        pages = {
            absolute(page.url): page
            for page in Page.objects.live().public().filter(depth__gt=1).specific()
        }
        visits = [
            visit(client, url, url, urlparse(url).path.split("/")[1], pages[url]) for url in sitemap
        ]
        index_pages = NewsIndexPage.objects.live().public().select_related("locale")
        for url, expected, language, listing_page in listing_variants(index_pages):
            visits.append(visit(client, url, expected, language, listing_page=listing_page))
        site_name = Site.objects.get(is_default_site=True).site_name
        request = RequestFactory().get("/")
        request._wagtail_site = Site.objects.get(is_default_site=True)
        transaction.set_rollback(True)
    cache.clear()
    return {"visits": visits, "sitemap": sitemap, "site_name": site_name, "request": request}


def test_the_crawl_covers_every_language_and_the_listing_variants(crawl):
    visits = crawl["visits"]
    assert {v.language for v in visits} == {code for code, _name in settings.LANGUAGES}
    for language, _name in settings.LANGUAGES:
        variants = [v for v in visits if v.language == language and v.is_listing_variant]
        assert any("?page=2" in v.url for v in variants)
        with translation.override(language):
            words = {f"/{TOPIC_ADDRESS}/", f"/{TAG_ADDRESS}/"}
        assert words == {word for word in words if any(word in v.url for v in variants)}, language
        assert any(v.url.rstrip("/").rsplit("/", 1)[-1].isdigit() for v in variants)
    assert len(visits) > len(crawl["sitemap"])


def test_titles_are_unique_per_language(crawl):
    """Different addresses (by canonical URL) never share a title in a language; the same
    address reached with a different query string has the same title."""
    by_title = defaultdict(set)
    by_canonical = defaultdict(set)
    for v in crawl["visits"]:
        assert v.title.strip(), v.url
        by_title[(v.language, v.title)].add(v.canonical)
        by_canonical[v.canonical].add(v.title)
    duplicates = {title: urls for title, urls in by_title.items() if len(urls) > 1}
    assert not duplicates
    assert all(len(titles) == 1 for titles in by_canonical.values())


def test_titles_name_the_page_then_the_site(crawl):
    site_name = crawl["site_name"]
    for v in crawl["visits"]:
        assert v.title == f"{v.meta['og:title']} · {site_name}", v.url
        assert v.meta["twitter:title"] == v.meta["og:title"], v.url
        if not v.is_listing_variant:
            assert v.meta["og:title"] == v.page_title, v.url


def test_descriptions_are_unique_and_never_empty(crawl):
    by_description = defaultdict(set)
    for v in crawl["visits"]:
        description = v.meta.get("description", "")
        assert description.strip(), v.url
        assert len(description) <= META_DESCRIPTION_LENGTH, v.url
        assert v.meta["og:description"] == v.meta["twitter:description"] == description
        by_description[(v.language, description)].add(v.canonical)
    duplicates = {text: urls for text, urls in by_description.items() if len(urls) > 1}
    assert not duplicates


def test_canonical_urls_are_absolute_and_drop_other_query_strings(crawl):
    for v in crawl["visits"]:
        assert v.canonical == v.expected_canonical, v.url
        assert v.meta["og:url"] == v.canonical, v.url


def test_later_pages_say_which_page_in_the_readers_language(crawl):
    later = [v for v in crawl["visits"] if v.listing_page]
    assert later
    for v in later:
        label = page_label(v.language, *v.listing_page)
        assert label in v.meta["og:title"], v.url
        assert label in v.meta["description"], v.url
    for v in crawl["visits"]:
        if v.listing_page is None:
            assert "?" not in v.canonical, v.url


def test_filtered_views_name_their_filter(crawl):
    topics = {(t.locale.language_code, t.slug): t.name for t in Topic.objects.all()}
    checked = 0
    for v in crawl["visits"]:
        path = urlparse(v.canonical).path
        parts = path.strip("/").split("/")
        if "topic" in parts:
            name = topics[(v.language, parts[-1])]
        elif parts[-1].isdigit() and len(parts[-1]) == 4:
            name = parts[-1]
        else:
            continue
        assert name in v.meta["og:title"], v.url
        assert name in v.meta["description"], v.url
        checked += 1
    assert checked


def test_open_graph_and_twitter_cards(crawl):
    """Every page, listing variants included, has a large card with an image and its alt
    text in the page's language: the page's own image, else the site's default card."""
    with_own_image = 0
    for v in crawl["visits"]:
        meta = v.meta
        for key in ("og:type", "og:site_name", "og:locale", "og:image", "og:image:alt"):
            assert meta.get(key), (v.url, key)
        for key in ("og:url", "og:image", "twitter:image"):
            parsed = urlparse(meta[key])
            assert parsed.scheme == "http" and parsed.netloc == "testserver", (v.url, key)
        assert meta["twitter:card"] == "summary_large_image", v.url
        assert meta["twitter:image"] == meta["og:image"], v.url
        assert meta["twitter:image:alt"] == meta["og:image:alt"], v.url
        if v.social_image is None:  # listing variants, and pages without an image
            assert meta["og:image"] == absolute(static(DEFAULT_SOCIAL_IMAGE)), v.url
            assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
            assert meta["og:image:type"] == "image/png", v.url
            with translation.override(v.language):
                assert meta["og:image:alt"] == default_social_image_alt(crawl["request"]), v.url
            continue
        with_own_image += 1
        assert meta["og:image:alt"] == v.social_image["alt"], v.url
        if v.language != settings.LANGUAGE_CODE:  # never the English description
            assert meta["og:image:alt"] != v.social_image["description"], v.url
        expected_type = "image/png" if meta["og:image"].endswith(".png") else "image/jpeg"
        assert meta["og:image:type"] == expected_type, v.url
    assert with_own_image


def test_the_default_card_is_a_1200_by_630_png():
    path = finders.find(DEFAULT_SOCIAL_IMAGE)
    assert path, DEFAULT_SOCIAL_IMAGE
    with Image.open(path) as picture:
        assert picture.format == "PNG"
        assert picture.size == (1200, 630)


def test_social_image_renditions_answer_with_the_right_size(crawl):
    checked = 0
    for v in crawl["visits"]:
        if v.social_image is None:
            assert v.image_response == {"default": True}, v.url
            continue
        response = v.image_response
        assert response["status"] == 200, v.meta["og:image"]
        assert response["content_type"] == v.meta["og:image:type"]
        assert response["format"] in ("JPEG", "PNG")
        width, height = response["size"]
        assert (int(v.meta["og:image:width"]), int(v.meta["og:image:height"])) == (width, height)
        original = v.social_image
        if original["padded"] or (original["width"] >= 1200 and original["height"] >= 630):
            assert (width, height) == (1200, 630), v.url
        else:  # Wagtail never enlarges a photo: the same shape, smaller
            assert abs(width / height - 1200 / 630) < 0.02, v.url
        checked += 1
    assert checked


def test_hreflang_matches_the_sitemap(crawl):
    """The head's alternates are the sitemap's: public live translations and x-default."""
    for v in crawl["visits"]:
        if v.canonical in crawl["sitemap"]:
            assert v.hreflang == crawl["sitemap"][v.canonical], v.url
            assert all(href.startswith(f"{HOST}/") for href in v.hreflang.values()), v.url
        else:  # a topic, a year, a later page: the other languages may have no such view
            assert v.hreflang == {}, v.url


# Pages changed on purpose, one test each (rolled back after).


def english_about(locales):
    return StandardPage.objects.get(locale=locales["en"], slug="about")


def test_hreflang_and_the_switcher_leave_out_restricted_translations(demo, client, locales):
    about = english_about(locales)
    spanish = about.get_translation(locales["es"])
    PageViewRestriction.objects.create(page=spanish, restriction_type="password", password="x")
    document = soup(client.get(about.url))
    public = about.get_translations(inclusive=True).live().public()
    expected = {page.locale.language_code for page in public}
    assert "es" not in expected
    assert set(hreflang_links(document.head)) == expected | {"x-default"}
    assert "es_ES" not in head_meta(document).values()  # og:locale:alternate
    # The switcher goes to the Spanish home page: the restricted page's address is private.
    assert switcher_entries(document)["es"] == (spanish.get_parent().url, True)


def test_a_restricted_ancestor_hides_the_translation_too(demo, client, locales):
    from partners.models import PartnerPage

    partner = PartnerPage.objects.live().filter(locale=locales["en"]).first()
    basque = partner.get_translation(locales["eu"])
    PageViewRestriction.objects.create(page=basque.get_parent(), restriction_type="login")
    document = soup(client.get(partner.url))
    public = partner.get_translations(inclusive=True).live().public()
    assert set(hreflang_links(document.head)) == {page.locale.language_code for page in public} | {
        "x-default"
    }
    assert "eu" not in hreflang_links(document.head)
    assert switcher_entries(document)["eu"] == ("/eu/", True)


def test_public_translations_cost_no_extra_query(demo, client, locales):
    about = english_about(locales)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(about.url).status_code == 200
        return len(captured)

    queries()  # Wagtail caches the site's root paths and renditions on the first request
    before = queries()
    for language in ("es", "eu"):
        PageViewRestriction.objects.create(
            page=about.get_translation(locales[language]), restriction_type="login"
        )
    queries()  # a new restriction drops the cached menu and footer (core/furniture.py)
    assert queries() == before


def test_a_page_without_summary_gets_a_generated_description(demo, client, locales, rf):
    site_name = Site.objects.get(is_default_site=True).site_name
    spanish_home = demo.get_translation(locales["es"])
    for parent in (demo, spanish_home):
        page = StandardPageFactory(parent=parent, title=f"No summary {parent.pk}", introduction="")
        document = soup(client.get(page.url))
        meta = head_meta(document)
        assert page.title in meta["description"] and site_name in meta["description"]
        assert meta["description"] == meta["og:description"]
        with translation.override(parent.locale.language_code):  # in the reader's language
            assert meta["description"] == page.get_meta_description(rf.get(page.url))


def test_editors_titles_and_descriptions_win(demo, client, locales):
    about = english_about(locales)
    about.seo_title = "About INNOVET LATAM, the project"
    about.search_description = "  What the project is,\n who runs it and why.  "
    about.save_revision().publish()
    document = soup(client.get(about.url))
    meta = head_meta(document)
    assert document.title.get_text().startswith("About INNOVET LATAM, the project · ")
    assert meta["og:title"] == "About INNOVET LATAM, the project"
    assert meta["description"] == "What the project is, who runs it and why."


def test_later_pages_of_past_events_have_their_own_title_and_canonical(demo, client):
    site_name = Site.objects.get(is_default_site=True).site_name
    for index in EventIndexPage.objects.live().select_related("locale"):
        language = index.locale.language_code
        first = soup(client.get(index.url))
        for number in range(PAST_EVENTS_PER_PAGE + 1):
            EventPageFactory(
                parent=index,
                title=f"Past event {language} {number}",
                start=timezone.now() - datetime.timedelta(days=10 + number),
            )
        total = math.ceil(index.get_past_events().count() / PAST_EVENTS_PER_PAGE)
        assert total >= 2
        second = soup(client.get(f"{index.url}?page=2&view=list"))
        label = page_label(language, 2, total)
        title = second.title.get_text()
        assert label in title and title.endswith(f" · {site_name}")
        assert index.title in title and title != first.title.get_text()
        canonical = second.head.select_one('link[rel="canonical"]')["href"]
        assert canonical == absolute(f"{index.url}?page=2")
        description = head_meta(second)["description"]
        assert label in description and description != head_meta(first)["description"]
        assert hreflang_links(second.head) == {}
