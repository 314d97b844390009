"""The language switcher on archive views (a year, a topic, a tag, a later page of a listing)
leads to the same archive in each language, marks the page itself with aria-current, and
costs no query per language."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory
from tests.html import soup, switcher_entries

pytestmark = pytest.mark.django_db


def current_links(document):
    return [link["href"] for link in document.select(".language-switcher a[aria-current]")]


@pytest.mark.parametrize(
    "urls",
    [
        {"en": "/en/news/2026/", "es": "/es/noticias/2026/", "eu": "/eu/albisteak/2026/"},
        {"en": "/en/news/?page=2", "es": "/es/noticias/?page=2", "eu": "/eu/albisteak/?page=2"},
        {
            "en": "/en/news/topic/green-skills/",
            "es": "/es/noticias/tema/competencias-verdes/",
            "eu": "/eu/albisteak/gaia/gaitasun-berdeak/",
        },
        {
            "en": "/en/news/topic/teacher-training/?page=1",
            "es": "/es/noticias/tema/formacion-del-profesorado/",
            "eu": "/eu/albisteak/gaia/irakasleen-prestakuntza/",
        },
        {
            "en": "/en/news/tag/peer-learning/",
            "es": "/es/noticias/etiqueta/aprendizaje-entre-pares/",
            "eu": "/eu/albisteak/etiketa/parekoen-arteko-ikaskuntza/",
        },
        {
            "en": "/en/news/tag/basque-country/",
            "es": "/es/noticias/etiqueta/pais-vasco/",
            "eu": "/eu/albisteak/etiketa/euskadi/",
        },
    ],
    ids=["year", "later page", "topic", "topic, first page", "tag", "tag 2"],
)
def test_every_language_links_to_the_same_archive(demo, client, urls):
    expected = {code: (url.removesuffix("?page=1"), False) for code, url in urls.items()}
    for language, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        document = soup(response)
        assert switcher_entries(document) == expected, url
        # The reader's own language is the page itself, and only it is current.
        assert current_links(document) == [expected[language][0]]
        for code, (href, _fallback) in expected.items():
            assert client.get(href).status_code == 200, href
            assert code in href.split("/")[1]


def test_query_strings_other_than_the_page_number_stay_behind(demo, client):
    entries = switcher_entries(soup(client.get("/en/news/?page=2&utm_source=x")))
    assert entries["es"] == ("/es/noticias/?page=2", False)
    entries = switcher_entries(soup(client.get("/en/news/?page=abc")))
    assert entries["es"] == ("/es/noticias/", False)


def test_a_year_missing_in_a_language_falls_back_to_its_news_page(demo, client, locales):
    index = NewsIndexPage.objects.get(locale=locales["en"])
    NewsPageFactory(parent=index, title="Only in English", date=datetime.date(2011, 5, 1))
    document = soup(client.get("/en/news/2011/"))
    entries = switcher_entries(document)
    assert entries == {
        "en": ("/en/news/2011/", False),
        "es": ("/es/noticias/", True),
        "eu": ("/eu/albisteak/", True),
    }
    notes = [note.get_text(" ", strip=True) for note in document.select(".language-switcher__note")]
    assert notes == [
        "(not in this language yet: Noticias )",
        "(not in this language yet: Albisteak )",
    ]
    assert document.select_one('.language-switcher__note span[lang="eu"]').get_text() == "Albisteak"
    assert client.get("/es/noticias/2011/").status_code == 404


def test_aria_current_marks_the_page_itself_on_ordinary_pages(demo, client):
    for url in (
        "/es/",
        "/eu/albisteak/",
        "/en/about/",
        "/es/noticias/la-red-secove-se-reune-en-derio/",
    ):
        assert current_links(soup(client.get(url))) == [url]


def test_archive_switcher_costs_no_query_per_language(demo, client, locales):
    """The archive's languages come from the query that finds the archive, not from one
    query per language: hiding the Basque articles of 2026 changes no query count."""

    def queries(url):
        client.get(url)  # renditions and the site's root paths are cached on the first view
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    listing = queries("/en/news/")
    year = queries("/en/news/2026/")
    topic = queries("/en/news/topic/green-skills/")
    tag = queries("/en/news/tag/peer-learning/")
    # One query finds the year's languages (it replaced the old check that the year has
    # articles), one the topic or tag and its translations.
    assert year <= listing + 1
    assert topic <= listing + 1
    assert tag <= listing + 1

    for article in NewsPage.objects.live().filter(locale=locales["eu"], date__year=2026):
        article.unpublish()
    assert queries("/en/news/2026/") == year
    assert switcher_entries(soup(client.get("/en/news/2026/")))["eu"] == ("/eu/albisteak/", True)
