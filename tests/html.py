"""Reading rendered pages in tests the way a browser or a crawler would."""

from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def hreflang_links(document):
    return {
        link["hreflang"]: link["href"]
        for link in document.select('link[rel="alternate"][hreflang]')
    }


def archive_url(index, route, **kwargs):
    """The address of a routable page's view (`topic_route`, `tag_route`, `year_route`) in the
    index's language, whose routes have words in that language (/es/noticias/tema/…)."""
    with translation.override(index.locale.language_code):
        return index.url + index.reverse_subpage(route, kwargs=kwargs)


def switcher_entries(document):
    """{language code: (href, is_fallback)} from the language switcher."""
    return {
        link["hreflang"]: (link["href"], "language-switcher__fallback" in link.get("class", []))
        for link in document.select(".language-switcher a")
    }
