import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_home_shows_the_latest_three_articles_of_its_language(demo, client, language):
    latest = NewsPage.objects.live().filter(locale__language_code=language).order_by("-date")[:3]
    document = soup(client.get(f"/{language}/"))
    cards = document.select(".latest-news .card__title a")
    assert [a.get_text() for a in cards] == [article.title for article in latest]
    assert all(a["href"].startswith(f"/{language}/") for a in cards)


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_home_shows_the_next_events_and_links_to_every_section_it_samples(demo, client, language):
    upcoming = (
        EventPage.objects.live()
        .filter(locale__language_code=language, end__gte=timezone.now())
        .order_by("start")[:3]
    )
    assert upcoming, "the demo has upcoming events"
    document = soup(client.get(f"/{language}/"))
    titles = [a.get_text() for a in document.select(".upcoming-events .card__title a")]
    assert titles == [event.title for event in upcoming]
    more = {
        section: document.select_one(f".{section} .more-link")["href"]
        for section in ("latest-news", "upcoming-events", "partner-strip")
    }
    home = HomePage.objects.get(locale__language_code=language)
    assert more == {
        "latest-news": NewsIndexPage.objects.child_of(home).get().url,
        "upcoming-events": EventIndexPage.objects.child_of(home).get().url,
        "partner-strip": PartnerIndexPage.objects.child_of(home).get().url,
    }


def test_header_menu_opens_without_javascript(demo, client):
    """On a phone the "Menu" link opens #site-menu by :target (static/js/menu.js makes it a
    button); the search form, the languages and the main menu are all inside it."""
    document = soup(client.get("/es/"))
    toggle = document.select_one(".site-header a.menu-toggle")
    assert toggle["href"] == "#site-menu" and toggle.get_text(strip=True) == "Menú"
    menu = document.select_one("#site-menu")
    assert menu.select_one("form[role=search]") and menu.select_one(".language-switcher")
    assert menu.select_one("nav.main-menu")
    assert menu.select_one(".menu-close a")["href"] == "#site-header"
    assert document.select_one("header#site-header")
    assert document.select_one('script[src$=".js"]')["src"].startswith("/static/js/menu")
