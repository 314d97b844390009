"""An image whose original file is gone (a restore without the media folder, a storage
outage) costs the page that image, never the page: pages, feeds and JSON-LD answer 200."""

import os

import pytest
from wagtail.images import get_image_model

from news.models import NewsPage
from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def originals_gone(settings):
    """Every original image file moved away and no rendition left to fall back on."""
    settings.PAGE_CACHE_ENABLED = False
    Image = get_image_model()
    moved = []
    for image in Image.objects.all():
        path = image.file.path
        if os.path.exists(path):
            os.rename(path, path + ".gone")
            moved.append(path)
    Image.get_rendition_model().objects.all().delete()
    yield
    for path in moved:
        os.rename(path + ".gone", path)


def test_pages_and_feeds_answer_without_their_image_files(demo, client, originals_gone):
    article = NewsPage.objects.live().filter(main_image__isnull=False).first()
    partner = PartnerPage.objects.live().filter(logo__isnull=False).first()
    news_index = article.get_parent().specific
    urls = [
        article.url,
        partner.url,
        partner.get_parent().url,
        news_index.url,
        news_index.url + "feed/rss/",
        news_index.url + "feed/atom/",
        "/en/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    assert '"logo"' not in client.get(partner.url).content.decode()
