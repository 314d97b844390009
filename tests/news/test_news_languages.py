"""Each language's news stays in that language: listings, archives and related news."""

import pytest

from news.models import NewsIndexPage, NewsPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["es", "eu"])
def test_index_lists_only_its_languages_articles(demo, client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    own = {page.title for page in NewsPage.objects.filter(locale__language_code=language)}
    others = set(
        NewsPage.objects.exclude(locale__language_code=language).values_list("title", flat=True)
    )
    seen = []
    for number in (1, 2, 3):
        document = soup(client.get(f"{index.url}?page={number}"))
        links = document.select(".card--news .card__title a")
        assert all(link["href"].startswith(index.url) for link in links)
        seen += [link.get_text() for link in links]
    assert set(seen) == own
    assert not set(seen) & (others - own)


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_related_news_never_crosses_languages(demo, client, language):
    for article in NewsPage.objects.live().filter(locale__language_code=language)[:8]:
        related = soup(client.get(article.url)).select(".related-news .sidebar-list__title")
        assert related, article.url
        for link in related:
            assert link["href"].startswith(f"/{language}/")
            assert link["href"] != article.url


def test_topic_archive_names_the_topic_in_the_readers_language(demo, client):
    index = NewsIndexPage.objects.get(locale__language_code="eu")
    response = client.get(f"{index.url}topic/green-skills/", follow=True)
    assert response.redirect_chain == [("/eu/albisteak/gaia/gaitasun-berdeak/", 301)]
    document = soup(response)
    assert document.h1.get_text() == "Gaitasun berdeak gaiari buruzko albisteak"
    assert all(link["href"].startswith("/eu/") for link in document.select(".card__title a"))
