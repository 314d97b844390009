import pytest

from news.models import NewsPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_home_shows_the_latest_three_articles_of_its_language(demo, client, language):
    latest = NewsPage.objects.live().filter(locale__language_code=language).order_by("-date")[:3]
    document = soup(client.get(f"/{language}/"))
    cards = document.select(".latest-news .card__title a")
    assert [a.get_text() for a in cards] == [article.title for article in latest]
    assert all(a["href"].startswith(f"/{language}/") for a in cards)
