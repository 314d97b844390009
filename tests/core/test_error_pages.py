"""The 404 and 500 pages help the reader on: the site's search and the main sections, in the
reader's language. The 500 page (and the 503 and 400 pages, drawn by the same template) asks
nothing of the database: its sections are the menu's as the cache last kept them."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from tests.html import soup

pytestmark = pytest.mark.django_db

SECTIONS = {
    "en": ["/en/about/", "/en/partners/", "/en/news/", "/en/events/", "/en/resources/"],
    "es": [
        "/es/sobre-el-proyecto/",
        "/es/socios/",
        "/es/noticias/",
        "/es/eventos/",
        "/es/recursos/",
    ],
    "eu": [
        "/eu/proiektuari-buruz/",
        "/eu/bazkideak/",
        "/eu/albisteak/",
        "/eu/ekitaldiak/",
        "/eu/baliabideak/",
    ],
}


def onward(document):
    """The error page's search form action and its section links."""
    form = document.select_one("main form[role=search]")
    links = [a["href"] for a in document.select("main .error-page__sections a")]
    return form["action"] if form else None, links


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_404_page_offers_search_and_the_main_sections_in_the_address_language(
    demo, client, language
):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == language
    with translation.override(language):
        assert document.h1.get_text(strip=True) == translation.gettext("Page not found")
        assert document.select_one("#error-search-title").get_text() == translation.gettext(
            "Search this site"
        )
    action, links = onward(document)
    assert action == f"/{language}/search/"
    assert links[: len(SECTIONS[language])] == SECTIONS[language]
    # Its search form is named, so two search landmarks (header and page) tell apart.
    assert document.select_one("main form[role=search]")["aria-labelledby"] == "error-search-title"


def test_404_page_for_an_unknown_language_speaks_the_readers(demo, client):
    response = client.get("/fr/quelque-chose/", HTTP_ACCEPT_LANGUAGE="eu")
    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == "eu"
    action, links = onward(document)
    assert action == "/eu/search/"
    assert links[:5] == SECTIONS["eu"]


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_500_page_offers_search_and_the_remembered_sections_without_the_database(
    demo, client, language
):
    client.get(f"/{language}/")  # builds the menu, which the cache keeps for the error pages
    with translation.override(language), CaptureQueriesContext(connection) as queries:
        document = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert queries.captured_queries == []
    assert document.html["lang"] == language
    action, links = onward(document)
    assert action == f"/{language}/search/"
    assert links[: len(SECTIONS[language])] == SECTIONS[language]
    assert document.select_one("main a.button")["href"] == f"/{language}/"


def test_500_page_without_a_cache_still_offers_search_and_home(demo):
    cache.clear()
    with translation.override("es"), CaptureQueriesContext(connection) as queries:
        document = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert queries.captured_queries == []
    assert onward(document) == ("/es/search/", [])
    assert document.select_one("main a.button")["href"] == "/es/"


def test_500_page_for_a_failing_view_is_in_the_address_language(demo, client, monkeypatch):
    from home.models import HomePage

    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    client.get("/eu/albisteak/")  # builds the menu (the home page itself must not be cached)
    monkeypatch.setattr(HomePage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/eu/")
    assert response.status_code == 500
    document = soup(response)
    assert document.html["lang"] == "eu"
    assert onward(document)[0] == "/eu/search/"
    assert onward(document)[1][:5] == SECTIONS["eu"]
