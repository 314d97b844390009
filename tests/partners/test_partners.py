import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from news.models import NewsPage, NewsPageRelatedPartner
from partners.models import PartnerIndexPage, PartnerPage
from tests.factories import ImageFactory, PartnerIndexPageFactory, PartnerPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_index(home):
    return PartnerIndexPageFactory(parent=home)


# The coordinator's section and the country groups (the map's list of places is a section too).
GROUPS = ".partner-coordinators, .partner-group"


def card_titles(section):
    return [a.get_text(strip=True) for a in section.select(".card__title a")]


def test_coordinator_first_then_partners_grouped_by_country(partner_index, client):
    PartnerPageFactory(parent=partner_index, title="Zeta school", country="ES")
    PartnerPageFactory(parent=partner_index, title="Lead", country="BE", role="coordinator")
    PartnerPageFactory(parent=partner_index, title="Alpha school", country="ES")
    PartnerPageFactory(parent=partner_index, title="Friend", country="ES", role="associated")
    PartnerPageFactory(parent=partner_index, title="Caracas group", country="VE")
    PartnerPageFactory(parent=partner_index, title="Udine institute", country="IT")
    document = soup(client.get(partner_index.url))
    sections = document.select(GROUPS)
    headings = [section.h2.get_text(strip=True) for section in sections]
    assert headings == ["Coordinator", "Italy", "Spain", "Venezuela"]
    assert card_titles(sections[0]) == ["Lead"]
    # Full partners before associated partners, then by name.
    assert card_titles(sections[2]) == ["Alpha school", "Zeta school", "Friend"]


def test_demo_partners_in_each_language(demo, client):
    expected = {
        "en": ("Belgium", "Spain"),
        "es": ("Bélgica", "España"),
        "eu": ("Belgika", "Espainia"),
    }
    for language, (belgium, spain) in expected.items():
        index = PartnerIndexPage.objects.get(locale__language_code=language)
        document = soup(client.get(index.url))
        headings = [section.h2.get_text(strip=True) for section in document.select(GROUPS)]
        with translation.override(language):
            assert headings[0] == translation.gettext("Coordinator")
        first_card = document.select_one(".partner-coordinators .card--partner")
        assert first_card.select_one(".card__title a").get_text() == "IHF asbl"
        assert belgium in first_card.select_one(".card__meta").get_text()
        assert spain in headings
        assert len(document.select(".card--partner")) == 15


def test_every_partner_is_on_the_map_with_a_working_link(demo, client):
    for language in ("en", "es", "eu"):
        index = PartnerIndexPage.objects.get(locale__language_code=language)
        document = soup(client.get(index.url))
        svg = document.select_one(".partner-map svg")
        assert svg["viewbox"] or svg["viewBox"]
        markers = svg.select("a.partner-map__marker")
        partners = PartnerPage.objects.live().descendant_of(index)
        # A marker links to its partner's page, or a cluster's to its place in the list below
        # the map, which links to each partner there.
        reached = []
        for marker in markers:
            assert marker["aria-label"]
            assert marker.select_one("circle")
            if marker["href"].startswith("#"):
                place = document.select_one(marker["href"])
                reached += [a["href"] for a in place.select(".partner-places__partners a")]
            else:
                reached.append(marker["href"])
        assert sorted(reached) == sorted(p.url for p in partners)
        for url in reached:
            assert client.get(url).status_code == 200


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_map_markers_sit_inside_the_view(demo, client, language):
    index = PartnerIndexPage.objects.get(locale__language_code=language)
    svg = soup(client.get(index.url)).select_one(".partner-map svg")
    left, top, width, height = (float(v) for v in svg["viewbox"].split())
    for circle in svg.select("circle"):
        assert left <= float(circle["cx"]) <= left + width
        assert top <= float(circle["cy"]) <= top + height
    for label in svg.select(".partner-map__label"):
        assert left <= float(label["x"]) <= left + width
        assert top <= float(label["y"]) <= top + height


def test_partner_page_lists_related_news_of_its_own_language(demo, client, locales):
    for language in ("en", "es", "eu"):
        partner = PartnerPage.objects.get(locale=locales[language], title="IAL FVG")
        document = soup(client.get(partner.url))
        links = [a["href"] for a in document.select(".related .card__title a")]
        expected = NewsPage.objects.live().filter(
            locale=locales[language],
            related_partner_links__partner__translation_key=partner.translation_key,
        )
        assert links, language
        assert sorted(links) == sorted(
            {page.url for page in expected} | {e.url for e in partner.get_related_events()}
        )
        assert all(link.startswith(f"/{language}/") for link in links)


def test_partner_json_ld(demo, client):
    partner = PartnerPage.objects.get(locale__language_code="es", title="IHF asbl")
    data = json.loads(
        soup(client.get(partner.url)).select_one('script[type="application/ld+json"]').string
    )
    assert data["@type"] == "Organization"
    assert data["name"] == "IHF asbl"
    assert data["address"]["addressCountry"] == "BE"
    assert data["location"]["geo"]["latitude"] == float(partner.latitude)


def test_index_queries_do_not_grow_with_partners(
    partner_index, client, django_assert_max_num_queries
):
    for _ in range(3):
        PartnerPageFactory(parent=partner_index, logo=ImageFactory())
    client.get(partner_index.url)
    with CaptureQueriesContext(connection) as three:
        client.get(partner_index.url)
    queries_for_three = len(three.captured_queries)
    for number in range(30):
        PartnerPageFactory(
            parent=partner_index, logo=ImageFactory(), country=["IT", "GT", "VE"][number % 3]
        )
    client.get(partner_index.url)
    with django_assert_max_num_queries(queries_for_three):
        response = client.get(partner_index.url)
    assert len(soup(response).select(".card--partner")) == 33


def test_home_strip_shows_partner_logos(demo, client):
    """A logo where the partner has one (the demo's coordinator), else its monogram, each
    named by the partner's name."""
    document = soup(client.get("/eu/"))
    links = document.select(".partner-strip__list a")
    assert len(links) == 15
    assert all(a["href"].startswith("/eu/bazkideak/") for a in links)
    assert links[0].select_one("img")["alt"] == "IHF asbl"
    monograms = document.select(".partner-strip .monogram")
    assert len(monograms) == 14
    assert all(m["role"] == "img" and m["aria-label"] for m in monograms)


def test_demo_logos_are_marked_as_placeholders(demo):
    partners = PartnerPage.objects.filter(locale__language_code="en", logo__isnull=False)
    assert [partner.title for partner in partners] == ["IHF asbl"]  # the others: monograms
    for partner in partners:
        assert partner.logo.title.startswith("Placeholder logo")
        assert partner.logo.collection.name.startswith("Placeholder")


def test_related_partners_follow_the_source_after_sync(demo, locales):
    from wagtail_localize.models import Translation, TranslationSource

    article = NewsPage.objects.get(locale=locales["en"], slug="partner-meeting-in-caracas")
    ecca = PartnerPage.objects.get(locale=locales["en"], title="Fundación ECCA Social")
    article.related_partner_links = [NewsPageRelatedPartner(partner=ecca)]
    article.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(article)
    for translation_ in Translation.objects.filter(source=source):
        translation_.save_target(publish=False)
        translation_.get_target_instance().get_latest_revision().publish()
    for language in ("es", "eu"):
        translated = NewsPage.objects.get(pk=article.get_translation(locales[language]).pk)
        assert [p.title for p in translated.related_partners] == ["Fundación ECCA Social"]
        assert translated.related_partners[0].locale == locales[language]
        partner_page = ecca.get_translation(locales[language])
        assert translated in list(partner_page.get_related_news())


def test_partner_without_coordinates_is_listed_but_not_mapped(home, client):
    index = PartnerIndexPageFactory(parent=home)
    PartnerPageFactory(parent=index, latitude=None, longitude=None)
    response = client.get(index.url)
    assert response.status_code == 200
    assert soup(response).select(".partner-map") == []


def test_partner_news_cards_show_topics_without_a_query_per_card(demo, client, locales):
    """The partner page's news cards come from NewsPage.objects.for_listing(), like every
    news listing: topics in the reader's language, images and renditions prefetched."""
    from news.models import NewsIndexPage, NewsPageTopic
    from taxonomy.models import Topic
    from tests.factories import NewsPageFactory

    partner = PartnerPage.objects.get(locale=locales["es"], title="IAL FVG")
    index = NewsIndexPage.objects.get(locale=locales["es"])
    topic = Topic.objects.filter(locale=locales["es"], live=True).first()

    def add_articles(count):
        for _ in range(count):
            article = NewsPageFactory(parent=index, main_image=ImageFactory())
            article.topic_links = [NewsPageTopic(topic=topic)]
            article.related_partner_links = [NewsPageRelatedPartner(partner=partner)]
            article.save_revision().publish()

    add_articles(1)
    client.get(partner.url)
    with CaptureQueriesContext(connection) as one:
        client.get(partner.url)
    add_articles(4)
    client.get(partner.url)
    with CaptureQueriesContext(connection) as five:
        response = client.get(partner.url)
    assert len(five.captured_queries) == len(one.captured_queries)
    cards = soup(response).select(".related .card--news")
    assert len(cards) == 6
    assert all(card.select_one(".topic-list") for card in cards)
    assert any(topic.name in card.select_one(".topic-list").get_text() for card in cards)
