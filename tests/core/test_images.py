"""Images go out as AVIF and WebP with a JPEG (or PNG, for logos) fallback, each with a
`srcset` and `sizes`, and with width and height so that nothing shifts as they load (issue 14).
The first image of a page (an article's lead image, the home page's hero) loads at once; the
images below it (cards, body images, logos in lists) load lazily and decode off the main
thread."""

import pytest

from news.models import NewsPage
from partners.models import PartnerPage
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    settings.PAGE_CACHE_ENABLED = False


def assert_responsive(picture, fallback="image/jpeg"):
    types = [source["type"] for source in picture.select("source")]
    assert types == ["image/avif", "image/webp"], types
    for source in picture.select("source"):
        assert source["srcset"].count(" ") >= 3 and source["sizes"], source  # two widths at least
    img = picture.select_one("img")
    assert img["src"].endswith(".jpg" if fallback == "image/jpeg" else ".png")
    assert img["srcset"] and img["sizes"] and img["width"] and img["height"]
    return img


def is_lazy(img):
    return img.get("loading") == "lazy" and img.get("decoding") == "async"


def test_an_article_has_an_eager_lead_picture_and_lazy_cards(demo, client):
    article = (
        NewsPage.objects.live()
        .filter(locale__language_code="en", main_image__isnull=False)
        .order_by("path")
        .first()
    )
    document = soup(client.get(article.url))
    lead = assert_responsive(document.select_one("article.article figure picture"))
    assert not lead.get("loading") and lead["fetchpriority"] == "high"
    # The sidebar's pictures (partners' logos) wait for the reader to scroll.
    logos = document.select(".page-layout__aside picture")
    assert all(is_lazy(assert_responsive(logo, "image/png")) for logo in logos)


def test_the_home_page_hero_is_eager_and_everything_below_lazy(demo, client):
    document = soup(client.get("/en/"))
    pictures = document.select("main picture")
    hero = assert_responsive(pictures[0])
    assert not hero.get("loading")
    below = [picture.select_one("img") for picture in pictures[1:]]
    assert below and all(is_lazy(img) for img in below)
    logos = document.select(".partner-strip picture")
    assert logos and all(assert_responsive(logo, "image/png") for logo in logos)


def test_partner_logos_are_responsive_pictures(demo, client):
    partner = PartnerPage.objects.live().filter(locale__language_code="es", logo__isnull=False)
    document = soup(client.get(partner.order_by("path").first().url))
    assert not assert_responsive(document.select_one(".partner__logo picture"), "image/png").get(
        "loading"
    )
    cards = soup(client.get(partner.first().get_parent().url)).select(".card__logo picture")
    assert cards and all(is_lazy(assert_responsive(card, "image/png")) for card in cards)
