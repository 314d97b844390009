"""A news article: its page, metadata, related news, and how editors and translators handle it."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsPage, NewsPageTagLink, NewsPageTopic
from taxonomy.models import Topic
from tests.factories import (
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TagFactory,
    TopicFactory,
)
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


def test_article_has_open_graph_article_tags_and_news_article_json_ld(news_index, client):
    topic = TopicFactory(name="Green skills")
    article = NewsPageFactory(
        parent=news_index,
        title="Derio event",
        standfirst="Seventy people met.",
        main_image=ImageFactory(),
    )
    NewsPageTopic.objects.create(page=article, topic=topic)
    NewsPageTagLink.objects.create(page=article, tag=TagFactory(name="SECOVE", slug="secove"))
    article.save_revision().publish()
    document = soup(client.get(article.url))
    assert document.select_one('meta[property="og:type"]')["content"] == "article"
    assert document.select_one('meta[property="article:published_time"]')["content"].startswith(
        article.date.isoformat()
    )
    assert document.select_one('meta[property="article:tag"]')["content"] == "SECOVE"
    assert document.select_one('meta[property="article:section"]')["content"] == "Green skills"
    data = json.loads(document.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Derio event"
    assert data["datePublished"].startswith(article.date.isoformat())
    assert data["image"][0]["url"].startswith("http://testserver/media/images/")
    assert data["inLanguage"] == "en"


def test_json_ld_cannot_be_closed_by_page_text(news_index, client):
    article = NewsPageFactory(parent=news_index, title="</script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)" not in html
    ld = soup(client.get(article.url)).select_one('script[type="application/ld+json"]').string
    assert json.loads(ld)["headline"] == "</script><script>alert(1)</script>"


def test_related_news_shares_a_topic_or_tag_and_never_itself(news_index, client):
    topic = TopicFactory()
    article = NewsPageFactory(parent=news_index, title="Main")
    same_topic = NewsPageFactory(parent=news_index, title="Same topic")
    same_tag = NewsPageFactory(parent=news_index, title="Same tag")
    both = NewsPageFactory(parent=news_index, title="Both")  # listed once, not twice
    NewsPageFactory(parent=news_index, title="Unrelated")
    for page in (article, same_topic, both):
        NewsPageTopic.objects.create(page=page, topic=topic)
    tag, other_tag = TagFactory(), TagFactory()
    for page in (article, same_tag, both):
        NewsPageTagLink.objects.create(page=page, tag=tag)
        NewsPageTagLink.objects.create(page=page, tag=other_tag)
    related = [p.title for p in NewsPage.objects.get(pk=article.pk).get_related_news()]
    assert sorted(related) == ["Both", "Same tag", "Same topic"]
    document = soup(client.get(article.url))
    shown = [h.get_text(strip=True) for h in document.select(".related-news .sidebar-list__title")]
    assert sorted(shown) == ["Both", "Same tag", "Same topic"]


def test_editor_creates_an_article_that_appears_on_the_index(news_index, client, locales):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    topic = TopicFactory(name="Cooperation")
    tags = [TagFactory(name="Mobility"), TagFactory(name="Peer learning")]
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Partners meet in Udine",
            "slug": "partners-meet-in-udine",
            "date": "2026-05-14",
            "standfirst": "Trainers from both continents met in Udine.",
            "body": streamfield([("paragraph", rich_text("<p>A busy week.</p>"))]),
            "topic_links": inline_formset([{"topic": topic.pk}]),
            "related_partner_links": inline_formset([]),
            "tag_links": inline_formset([{"tag": tag.pk} for tag in tags]),
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    index = soup(client.get(news_index.url))
    assert [h.get_text(strip=True) for h in index.select(".card__title")] == [
        "Partners meet in Udine"
    ]
    article = client.get("/en/news/partners-meet-in-udine/")
    assert "A busy week." in article.content.decode()
    shown = soup(article).select(".article-facts__tags a")
    assert [a.get_text() for a in shown] == ["Mobility", "Peer learning"]


def test_translations_follow_the_sources_topics_after_sync(demo, locales):
    """Topics are a synchronised child relation: additions and removals reach every language."""
    article = NewsPage.objects.filter(locale=locales["en"]).first()
    assert article is not None, "the demo must hold news"
    spanish = article.get_translation(locales["es"])
    before = {link.topic.translation_key for link in spanish.topic_links.all()}
    assert before == {link.topic.translation_key for link in article.topic_links.all()}

    other = Topic.objects.filter(locale=locales["en"]).exclude(translation_key__in=before).first()
    article.topic_links = [NewsPageTopic(topic=other)]  # replaces every topic
    article.save_revision().publish()

    source, _created = TranslationSource.update_or_create_from_instance(article)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()

    for language in ("es", "eu"):
        translated = article.get_translation(locales[language])
        keys = {link.topic.translation_key for link in translated.topic_links.all()}
        assert keys == {other.translation_key}, language
        shown = [topic.name for topic in translated.get_topics()]
        assert shown == [other.get_translation(locales[language]).name]


@pytest.mark.parametrize(
    ("caption", "expected_alt"),
    [("", "Teachers at a workbench in Derio"), ("Teachers from Guatemala in Derio.", "")],
)
def test_the_lead_image_is_described_once(news_index, client, caption, expected_alt):
    image = ImageFactory(description="Teachers at a workbench in Derio")
    article = NewsPageFactory(parent=news_index, main_image=image, image_caption=caption)

    figure = soup(client.get(article.url)).select_one(".article__figure")

    assert figure.img["alt"] == expected_alt
    if caption:
        assert figure.figcaption.get_text(strip=True) == caption


def test_a_translations_lead_image_says_its_alt_text_is_in_english(demo, client):
    spanish = (
        NewsPage.objects.live()
        .filter(locale__language_code="es", main_image__isnull=False, image_caption="")
        .first()
        or NewsPage.objects.live().filter(locale__language_code="es").first()
    )
    spanish.image_caption = ""
    spanish.main_image = spanish.main_image or ImageFactory()
    spanish.save_revision().publish()

    image = soup(client.get(spanish.url)).select_one(".article__figure img")

    assert image["alt"] == spanish.main_image.description
    assert image["lang"] == "en"
