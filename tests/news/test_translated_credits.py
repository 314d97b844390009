"""Image credits are the page's own text, translated with it; the image's credit (written in
English) is the editor's starting point and, where a page has none, is marked as English."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, TranslationSource

from core.blocks import ImageWithCaptionBlock
from news.models import NewsPage
from tests.factories import ImageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

DEMO_CREDIT = {
    "en": "Generated demo image",
    "es": "Imagen de demostración generada",
    "eu": "Irudi generatua (demoa)",
}


def test_no_spanish_or_basque_page_shows_the_english_demo_credit(demo, client):
    """Before: "© Generated demo image" on the 28 articles of each language."""
    shown = {}
    for page in Page.objects.live().public().filter(depth__gt=1).select_related("locale"):
        language = page.locale.language_code
        html = client.get(page.url).content.decode()
        for code, credit in DEMO_CREDIT.items():
            if credit in html:
                shown.setdefault((language, code), 0)
                shown[(language, code)] += 1
    articles = NewsPage.objects.live().filter(locale__language_code="en").count()
    assert shown == {("en", "en"): articles, ("es", "es"): articles, ("eu", "eu"): articles}


def test_the_credit_is_marked_as_english_where_a_page_has_none_of_its_own(demo, client):
    spanish = NewsPage.objects.live().filter(locale__language_code="es").first()
    spanish.image_credit = ""
    spanish.save_revision().publish()
    credit = soup(client.get(spanish.url)).select_one(".article__figure .figure__credit span")
    assert credit.get_text() == spanish.main_image.credit
    assert credit["lang"] == "en"


def test_an_editors_empty_credit_takes_the_images_and_becomes_a_segment_to_translate(home, client):
    index = NewsIndexPageFactory(parent=home)
    image = ImageFactory(credit="Photo: Tknika")
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])
    data = nested_form_data(
        {
            "title": "Workshop in Donostia",
            "slug": "workshop-in-donostia",
            "date": "2026-06-01",
            "standfirst": "A workshop.",
            "main_image": image.pk,
            "image_caption": "",
            "image_credit": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Text.</p>")),
                    ("image", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}),
                ]
            ),
            "topic_links": inline_formset([]),
            "tag_links": inline_formset([]),
            "related_partner_links": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article = NewsPage.objects.get(slug="workshop-in-donostia")
    assert article.image_credit == "Photo: Tknika"
    assert article.body[1].value["credit"] == "Photo: Tknika"

    source, _created = TranslationSource.get_or_create_from_instance(article)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    credits = {s.context.path for s in segments if s.string.data == "Photo: Tknika"}
    assert "image_credit" in credits
    assert any(path.startswith("body.") for path in credits)


def test_an_image_block_marks_the_images_own_credit_as_english_on_other_languages(db):
    image = ImageFactory(credit="Generated demo image")
    block = ImageWithCaptionBlock()
    value = block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
    with translation.override("eu"):
        figure = soup_of(block.render(value))
    assert figure.select_one(".figure__credit span")["lang"] == "en"
    value = block.to_python(
        {"image": image.pk, "alt_text": "", "caption": "", "credit": "Irudi generatua"}
    )
    with translation.override("eu"):
        figure = soup_of(block.render(value))
    credit = figure.select_one(".figure__credit span")
    assert credit.get_text() == "Irudi generatua" and not credit.has_attr("lang")
    with translation.override("en"):
        value = block.to_python({"image": image.pk, "alt_text": "", "caption": "", "credit": ""})
        assert not soup_of(block.render(value)).select_one(".figure__credit span").has_attr("lang")


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(str(html), "html.parser")


def test_a_pages_own_credit_wins_over_the_images(news_index_with_article, client):
    article = news_index_with_article
    assert article.image_credit == "Photo: IHF"
    html = client.get(article.url).content.decode()
    assert "© <span>Photo: IHF</span>" in html


@pytest.fixture
def news_index_with_article(home):
    index = NewsIndexPageFactory(parent=home)
    return NewsPageFactory(
        parent=index, main_image=ImageFactory(credit="unused"), image_credit="Photo: IHF"
    )
