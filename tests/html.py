"""Reading rendered pages in tests the way a browser or a crawler would."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def hreflang_links(document):
    return {
        link["hreflang"]: link["href"]
        for link in document.select('link[rel="alternate"][hreflang]')
    }


def switcher_entries(document):
    """{language code: (href, is_fallback)} from the language switcher."""
    return {
        link["hreflang"]: (link["href"], "language-switcher__fallback" in link.get("class", []))
        for link in document.select(".language-switcher a")
    }
