"""Language prefixes, the language switcher and its fallbacks, bad language input."""

import pytest

from core.models import StandardPage
from tests.factories import StandardPageFactory
from tests.html import soup, switcher_entries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-ES,es;q=0.9,en;q=0.5", "/es/"),
        ("eu,es;q=0.8", "/eu/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(demo, client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_path_redirects_into_a_language(demo, client):
    response = client.get("/about/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"
    assert client.get("/en/about/").status_code == 200


@pytest.mark.parametrize("path", ["/fr/", "/fr/about/", "/pt-br/", "/en/no-such-page/"])
def test_unknown_language_or_page_is_a_404_page(demo, client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_404_page_speaks_the_language_of_its_prefix(demo, client):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == "es"
    assert document.h1.get_text(strip=True) == "Página no encontrada"
    assert document.select_one("main a.button")["href"] == "/es/"


def test_junk_query_strings_are_harmless(demo, client):
    for query in ("?page=abc", "?page=-1", "?page=99999", "?q=%00", "?lang=xx"):
        assert client.get(f"/es/{query}").status_code == 200


def test_switcher_falls_back_to_home_for_an_untranslated_page(demo, client):
    page = StandardPageFactory(parent=demo, title="Only in English", slug="only-english")
    response = client.get(page.url)
    document = soup(response)
    entries = switcher_entries(document)
    assert entries["en"] == ("/en/only-english/", False)
    assert entries["es"] == ("/es/", True)
    assert entries["eu"] == ("/eu/", True)
    notes = [note.get_text(strip=True) for note in document.select(".language-switcher__note")]
    assert notes == ["(not translated yet: home page)"] * 2
    # Untranslated languages are not advertised to search engines.
    assert {link["hreflang"] for link in document.select('link[rel="alternate"]')} == {
        "en",
        "x-default",
    }


def test_switcher_falls_back_when_the_translation_is_a_draft(demo, client, locales):
    about = StandardPage.objects.get(locale=locales["en"], slug="about")
    basque = about.get_translation(locales["eu"])
    basque.unpublish()
    entries = switcher_entries(soup(client.get("/en/about/")))
    assert entries["es"] == ("/es/sobre-el-proyecto/", False)
    assert entries["eu"] == ("/eu/", True)


def test_language_names_are_shown_in_their_own_language(demo, client):
    for prefix in ("/en/", "/es/", "/eu/"):
        names = [
            span.get_text(strip=True)
            for span in soup(client.get(prefix)).select(".language-switcher a span[lang]")
        ]
        assert names == ["English", "Español", "Euskara"]


def test_current_language_is_marked(demo, client):
    document = soup(client.get("/eu/"))
    current = document.select(".language-switcher a[aria-current]")
    assert [link["hreflang"] for link in current] == ["eu"]


@pytest.mark.parametrize(
    "url",
    ["/en/%00/", "/es/noticias/tag/%00/", "/es/noticias/topic/a%00b/", "/eu/%00bazkideak/"],
)
def test_nul_bytes_in_the_path_are_a_404_page(demo, client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert soup(response).h1


@pytest.mark.parametrize(
    "query",
    ["?page=%00", "?q=%00", "?topic=%00", "?partner=%00", "?language=es%00", "?%00=1"],
)
def test_nul_bytes_in_the_query_are_ignored(demo, client, query):
    for url in ("/es/recursos/", "/es/noticias/", "/es/eventos/", "/es/socios/"):
        assert client.get(url + query).status_code == 200, url + query
