"""Social cards: the `pad` image operation fits a logo or a cover whole into 1200×630, and
each page type's card (default, padded logo, padded cover, photo) says what it shows in the
page's language. The whole-site crawl (every page has an image and alt) is in test_seo.py."""

import io
from urllib.parse import urlparse

import pytest
from django.templatetags.static import static
from django.utils import translation
from PIL import Image, ImageChops

from core.image_operations import MARGIN
from core.seo import DEFAULT_SOCIAL_IMAGE
from events.models import EventPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerPage
from publications.models import PublicationPage
from tests.factories import ImageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "eu"]


def png(size, colour=(200, 30, 30, 255), mode="RGBA"):
    """A PNG of one colour on a transparent ground, with a 1-pixel black frame that must
    survive whole."""
    picture = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else (255, 255, 255))
    inner = Image.new(mode, (size[0] - 2, size[1] - 2), colour[: len(mode)])
    frame = Image.new(mode, size, (0, 0, 0, 255)[: len(mode)])
    frame.paste(inner, (1, 1))
    picture.paste(frame, (0, 0))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def content_box(picture, ground):
    """The box of pixels that differ from the plain ground."""
    ground_image = Image.new("RGB", picture.size, ground)
    return ImageChops.difference(picture.convert("RGB"), ground_image).getbbox()


@pytest.mark.parametrize(
    "size", [(1600, 200), (300, 900), (400, 210), (1200, 630), (3000, 3000), (50, 40)]
)
def test_pad_fits_the_whole_image_inside_1200_by_630(size):
    from django.core.files.base import ContentFile

    image = ImageFactory(file=ContentFile(png(size), name="logo.png"))
    rendition = image.get_rendition("pad-1200x630-ffffff|format-png")
    assert (rendition.width, rendition.height) == (1200, 630)
    with rendition.file.open("rb"), Image.open(rendition.file) as picture:
        assert picture.size == (1200, 630)
        left, top, right, bottom = content_box(picture, (255, 255, 255))
    # Nothing cut: the frame is whole, the shape kept, clear of the edges.
    assert left >= 1200 * MARGIN - 1 and right <= 1200 * (1 - MARGIN) + 1
    assert top >= 630 * MARGIN - 1 and bottom <= 630 * (1 - MARGIN) + 1
    width, height = right - left, bottom - top
    assert abs(width / height - size[0] / size[1]) < 0.05 * size[0] / size[1]
    # Centred, and a small image enlarged at most twice.
    assert abs((left + right) / 2 - 600) <= 1 and abs((top + bottom) / 2 - 315) <= 1
    assert width <= max(size[0] * 2, 1) + 1


def test_pad_rejects_a_malformed_spec():
    from wagtail.images.exceptions import InvalidFilterSpecError
    from wagtail.images.models import Filter

    for spec in ("pad-1200x630", "pad-0x630-fff", "pad-1200x630-nothex"):
        with pytest.raises(InvalidFilterSpecError):
            Filter(spec=spec).operations  # noqa: B018


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    document = soup(response)
    return {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in document.head.select("meta[content]")
    }


def served_image(client, url):
    response = client.get(urlparse(url).path)
    assert response.status_code == 200, url
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_cards_are_padded_logos_with_alt_in_the_pages_language(demo, client, language):
    partner = PartnerPage.objects.live().filter(locale__language_code=language).first()
    assert partner.logo and not partner.social_image
    meta = head(client, partner.url)
    with translation.override(language):
        assert meta["og:image:alt"] == translation.gettext("Logo of %(name)s") % {
            "name": partner.title
        }
    if language != "en":
        assert not meta["og:image:alt"].startswith("Logo of")
    assert meta["og:image:type"] == "image/png"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    with served_image(client, meta["og:image"]) as picture:
        assert picture.size == (1200, 630) and picture.format == "PNG"
        box = content_box(picture, (255, 255, 255))
    logo = partner.logo
    assert box[0] > 0 and box[2] < 1200 and box[1] > 0 and box[3] < 630  # the whole logo
    shown = (box[2] - box[0]) / (box[3] - box[1])
    assert abs(shown - logo.width / logo.height) < 0.05 * logo.width / logo.height


@pytest.mark.parametrize("language", LANGUAGES)
def test_publication_card_is_the_whole_cover_with_alt_in_the_pages_language(demo, client, language):
    publication = PublicationPage.objects.live().filter(locale__language_code=language).first()
    assert publication.cover_image
    meta = head(client, publication.url)
    with translation.override(language):
        expected = translation.gettext("Cover of %(title)s") % {"title": publication.title}
    assert meta["og:image:alt"] == expected
    assert "/images/" in meta["og:image"] and ".pad-1200x630-" in meta["og:image"]
    with served_image(client, meta["og:image"]) as picture:
        assert picture.size == (1200, 630) and picture.format == "JPEG"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_without_an_image_show_the_default_card(demo, client, language):
    event = EventPage.objects.live().filter(locale__language_code=language).first()
    index = NewsIndexPage.objects.live().get(locale__language_code=language)
    article = index.get_articles().first()
    for url in (event.url, index.url, f"{index.url}{article.date.year}/"):
        meta = head(client, url)
        assert meta["og:image"] == f"http://testserver{static(DEFAULT_SOCIAL_IMAGE)}", url
        assert meta["twitter:card"] == "summary_large_image"
        alt = meta["og:image:alt"]
        with translation.override(language):
            assert (
                translation.gettext(
                    "%(site_name)s: the project's logo and name, and the EU emblem"
                ).split(":")[1]
                in alt
            )
        if language != "en":
            assert "logo and name" not in alt


@pytest.mark.parametrize("language", ["es", "eu"])
def test_news_photos_never_carry_the_english_description(demo, client, language):
    articles = NewsPage.objects.live().filter(
        locale__language_code=language, main_image__isnull=False
    )[:5]
    assert articles
    for article in articles:
        meta = head(client, article.url)
        assert meta["og:image:alt"] != article.main_image.description
        assert meta["og:image:alt"] in (article.image_caption, article.title)
        assert ".fill-1200x630." in meta["og:image"]
