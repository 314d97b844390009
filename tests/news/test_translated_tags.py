"""Tags and topics in the reader's language: names, addresses (translated slugs and archive
words), old addresses that redirect, drafts that fall back to English marked as such, and
translations that follow the source's tags."""

import json

import pytest
from django.conf import settings
from django.utils import translation
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from news.models import NewsIndexPage, NewsPage, NewsPageTagLink
from taxonomy.models import Tag, Topic
from tests.factories import TagFactory
from tests.html import archive_url, soup

pytestmark = pytest.mark.django_db

DERIO = {  # the demo's first article, its tags and its address in each language
    "en": "/en/news/secove-network-meets-in-derio/",
    "es": "/es/noticias/la-red-secove-se-reune-en-derio/",
    "eu": "/eu/albisteak/secove-sarea-derion-bildu-da/",
}


def tag_links(response):
    """(name, href, lang) of the tags an article shows."""
    document = soup(response)
    for term in document.select(".article-facts dt"):
        if term.get_text().startswith(("Tags", "Etiquetas", "Etiketak")):
            links = term.find_next_sibling("dd").select("a")
            return [(a.get_text(), a["href"], a.get("lang")) for a in links]
    return []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "es",
            [
                ("SECOVE", "/es/noticias/etiqueta/secove/", None),
                ("País Vasco", "/es/noticias/etiqueta/pais-vasco/", None),
                (
                    "Centros de excelencia (CoVE)",
                    "/es/noticias/etiqueta/centros-de-excelencia-cove/",
                    None,
                ),
            ],
        ),
        (
            "eu",
            [
                ("SECOVE", "/eu/albisteak/etiketa/secove/", None),
                ("Euskadi", "/eu/albisteak/etiketa/euskadi/", None),
                (
                    "Bikaintasun zentroak (CoVE)",
                    "/eu/albisteak/etiketa/bikaintasun-zentroak-cove/",
                    None,
                ),
            ],
        ),
    ],
)
def test_an_article_shows_its_tags_in_the_readers_language(demo, client, language, expected):
    assert tag_links(client.get(DERIO[language])) == expected


def test_every_tag_and_topic_link_of_every_article_leads_to_an_archive_in_its_language(
    demo, client
):
    checked = 0
    articles = [
        article
        for language in ("en", "es", "eu")
        for article in NewsPage.objects.live().filter(locale__language_code=language)[:6]
    ]
    for article in articles:
        language = article.locale.language_code
        document = soup(client.get(article.url))
        for link in document.select(".article-facts a[href*='/']"):
            href = link["href"]
            if not href.startswith(article.index.url) or href.count("/") != 5:
                continue
            response = client.get(href)
            assert response.status_code == 200, href
            assert soup(response).html["lang"] == language
            heading = soup(response).h1.get_text()
            assert link.get_text() in heading, (href, heading)
            checked += 1
    assert checked >= 3 * 6 * 2


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/es/noticias/tag/peer-learning/", "/es/noticias/etiqueta/aprendizaje-entre-pares/"),
        ("/es/noticias/etiqueta/peer-learning/", "/es/noticias/etiqueta/aprendizaje-entre-pares/"),
        ("/eu/albisteak/tag/basque-country/", "/eu/albisteak/etiketa/euskadi/"),
        ("/es/noticias/topic/green-skills/", "/es/noticias/tema/competencias-verdes/"),
        ("/eu/albisteak/topic/teacher-training/", "/eu/albisteak/gaia/irakasleen-prestakuntza/"),
        # Another language's slug, and a later page of the archive, kept.
        (
            "/eu/albisteak/gaia/competencias-verdes/?page=2",
            "/eu/albisteak/gaia/gaitasun-berdeak/?page=2",
        ),
        ("/en/news/topic/competencias-verdes/?ref=x", "/en/news/topic/green-skills/"),
    ],
)
def test_old_addresses_redirect_permanently_to_the_translated_slug(demo, client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/tag/peer-learning/",
        "/en/news/topic/green-skills/",
        "/es/noticias/etiqueta/aprendizaje-entre-pares/",
        "/eu/albisteak/gaia/gaitasun-berdeak/",
    ],
)
def test_an_archive_at_its_own_address_answers_without_redirect(demo, client, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/es/noticias/etiqueta/no-such-tag/",
        "/es/noticias/tema/no-such-topic/",
        "/es/noticias/tag/no-such-tag/",
        "/es/noticias/etiqueta/%C3%B1/",
        "/es/noticias/etiqueta/a%00b/",
    ],
)
def test_unknown_or_malformed_terms_are_a_404_page(demo, client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert soup(response).h1


def test_a_tag_whose_translation_is_a_draft_shows_in_english_marked_as_such(demo, client, locales):
    english = Tag.objects.get(locale=locales["en"], slug="basque-country")
    spanish = english.get_translation(locales["es"])
    spanish.live = False
    spanish.save(update_fields=["live"])

    shown = tag_links(client.get(DERIO["es"]))
    assert ("Basque Country", "/es/noticias/etiqueta/basque-country/", "en") in shown
    archive = client.get("/es/noticias/etiqueta/basque-country/")
    assert archive.status_code == 200
    heading = soup(archive).h1
    assert heading.select_one('span[lang="en"]').get_text() == "Basque Country"
    assert soup(archive).title.get_text().startswith(heading.get_text())
    assert "País Vasco" not in archive.content.decode()
    # The draft's Spanish address leads to the published (English) tag.
    response = client.get("/es/noticias/etiqueta/pais-vasco/")
    assert response.status_code == 301
    assert response["Location"] == "/es/noticias/etiqueta/basque-country/"


def test_translations_follow_the_sources_tags_after_sync(demo, locales):
    """Tags are a synchronised child relation: additions and removals reach every language."""
    article = NewsPage.objects.get(locale=locales["en"], slug="secove-network-meets-in-derio")
    before = {link.tag.translation_key for link in article.tag_links.all()}
    other = Tag.objects.filter(locale=locales["en"]).exclude(translation_key__in=before).first()
    article.tag_links = [NewsPageTagLink(tag=other)]  # replaces every tag
    article.save_revision().publish()

    source, _created = TranslationSource.update_or_create_from_instance(article)
    for translation_ in Translation.objects.filter(source=source):
        translation_.save_target(publish=False)
        translation_.get_target_instance().get_latest_revision().publish()

    for language in ("es", "eu"):
        translated = NewsPage.objects.get(pk=article.get_translation(locales[language]).pk)
        keys = {link.tag.translation_key for link in translated.tag_links.all()}
        assert keys == {other.translation_key}, language
        assert [tag.name for tag in translated.tag_list] == [
            other.get_translation(locales[language]).name
        ]


def test_a_translator_translates_a_tags_name_and_address(demo, locales):
    tag = TagFactory(name="Dual training", slug="dual-training")
    source, _created = TranslationSource.get_or_create_from_instance(tag)
    translation_ = Translation.objects.create(source=source, target_locale=locales["es"])
    typed = {"Dual training": "Formación dual", "dual-training": "Formación Dual"}
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["es"],
            context=segment.context,
            data=typed[segment.string.data],
        )
    translation_.save_target(publish=True)
    spanish = tag.get_translation(locales["es"])
    assert (spanish.name, spanish.slug) == ("Formación dual", "formacion-dual")

    # A second tag whose translator types the same address gets a unique one.
    other = TagFactory(name="Dual training (2)", slug="dual-training-2", locale=locales["es"])
    other.slug = "formacion-dual"
    other.save()
    assert other.slug == "formacion-dual-2"


def test_a_slug_left_untranslated_is_made_from_the_translated_name(demo, locales):
    topic = Topic.objects.create(name="Work-based learning", slug="wbl", locale=locales["en"])
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    translation_ = Translation.objects.create(source=source, target_locale=locales["eu"])
    name = source.stringsegment_set.select_related("string", "context").get(
        string__data="Work-based learning"
    )
    StringTranslation.objects.create(
        translation_of=name.string,
        locale=locales["eu"],
        context=name.context,
        data="Lanean oinarritutako ikaskuntza",
    )
    translation_.save_target(publish=True)  # the slug segment is published in English
    basque = topic.get_translation(locales["eu"])
    assert basque.slug == "lanean-oinarritutako-ikaskuntza"
    topic.save()  # the English slug stays the editor's
    topic.refresh_from_db()
    assert topic.slug == "wbl"


def test_topic_slugs_are_translated_and_unique_in_each_language(demo, locales):
    for language in ("es", "eu"):
        topics = Topic.objects.filter(locale=locales[language])
        slugs = [topic.slug for topic in topics]
        assert len(slugs) == len(set(slugs)) == 6
        english = {
            topic.translation_key: topic.slug
            for topic in Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        }
        assert all(topic.slug != english[topic.translation_key] for topic in topics), language


def test_archive_words_are_in_the_readers_language(demo):
    words = {}
    for index in NewsIndexPage.objects.live().select_related("locale"):
        with translation.override(index.locale.language_code):
            words[index.locale.language_code] = (
                index.reverse_subpage("topic_route", kwargs={"topic": "x"}),
                index.reverse_subpage("tag_route", kwargs={"tag": "x"}),
            )
    assert words == {
        "en": ("topic/x/", "tag/x/"),
        "es": ("tema/x/", "etiqueta/x/"),
        "eu": ("gaia/x/", "etiketa/x/"),
    }
    spanish = NewsIndexPage.objects.get(locale__language_code="es")
    assert archive_url(spanish, "year_route", year="2026") == "/es/noticias/2026/"


def test_json_ld_and_open_graph_name_the_tags_in_the_readers_language(demo, client):
    document = soup(client.get(DERIO["eu"]))
    tags = [meta["content"] for meta in document.select('meta[property="article:tag"]')]
    assert tags == ["SECOVE", "Euskadi", "Bikaintasun zentroak (CoVE)"]
    data = json.loads(document.select_one('script[type="application/ld+json"]').string)
    assert data["keywords"] == tags


def test_an_editor_creates_a_tag_in_the_admin_and_its_slug_is_made_from_the_name(demo, client):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    editor = get_user_model().objects.create_superuser("tag-editor", "t@example.org", "pw")
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_taxonomy_tag:list")).status_code == 200
    response = client.post(
        reverse("wagtailsnippets_taxonomy_tag:add"),
        {"name": "Dual training", "slug": "", "action-publish": "publish"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    tag = Tag.objects.get(name="Dual training")
    assert (tag.slug, tag.live, tag.locale.language_code) == ("dual-training", True, "en")
