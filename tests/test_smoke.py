"""Every live page of the demo, in every language, renders with its language furniture."""

import pytest
from wagtail.models import Page

from tests.html import archive_url, hreflang_links, soup, switcher_entries

pytestmark = pytest.mark.django_db


def test_every_live_page_in_every_language(demo, client):
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific()
    assert {page.locale.language_code for page in pages} == {"en", "es", "eu"}
    checked = 0
    for page in pages:
        url = page.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        document = soup(response)
        language = page.locale.language_code
        assert document.html["lang"] == language, url
        assert url.startswith(f"/{language}/")

        # hreflang alternates: every live translation plus x-default (the English one).
        translations = {
            p.locale.language_code: p.get_url()
            for p in Page.objects.live().filter(translation_key=page.translation_key)
        }
        alternates = hreflang_links(document)
        assert alternates.pop("x-default").endswith(translations["en"]), url
        assert {code: href.split("testserver", 1)[1] for code, href in alternates.items()} == (
            translations
        ), url

        # The switcher links each language to this same page, none as a fallback.
        entries = switcher_entries(document)
        assert list(entries) == ["en", "es", "eu"]
        assert {code: href for code, (href, _fb) in entries.items()} == translations, url
        assert not any(fallback for _href, fallback in entries.values()), url

        assert document.select_one('link[rel="canonical"]')["href"].endswith(url)
        assert document.select_one('meta[name="description"]')["content"]
        assert document.select_one('meta[property="og:title"]')["content"]
        checked += 1
    assert checked == len(pages) > 12


def test_every_archive_feed_and_calendar_in_every_language(demo, client):
    from events.models import EventIndexPage, EventPage
    from news.models import NewsIndexPage, NewsPage

    for index in NewsIndexPage.objects.live():
        articles = NewsPage.objects.live().descendant_of(index)
        routes = {f"{year}/" for year in articles.values_list("date__year", flat=True)}
        for article in articles:
            for route, terms in (
                ("tag_route", article.tag_list),
                ("topic_route", article.get_topics()),
            ):
                kwarg = route.removesuffix("_route")
                routes |= {
                    archive_url(index, route, **{kwarg: term.slug}).removeprefix(index.url)
                    for term in terms
                }
        routes |= {"feed/rss/", "feed/atom/", "?page=2", "?page=abc"}
        for route in sorted(routes):
            response = client.get(index.url + route)
            assert response.status_code == 200, index.url + route
            if not route.startswith("feed"):
                assert soup(response).html["lang"] == index.locale.language_code
    from publications.models import ResourceDocument

    for document in ResourceDocument.objects.all():
        response = client.get(document.url)
        assert response.status_code == 200, document.url
        assert response["Content-Type"] == "application/pdf"
    for index in EventIndexPage.objects.live():
        assert client.get(f"{index.url}ical/").status_code == 200
        for event in EventPage.objects.live().child_of(index):
            assert client.get(f"{event.url}ical/").status_code == 200
