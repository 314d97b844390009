"""schema.org JSON-LD of every page type that has some, over the demo in every language, with
the properties Google recommends: NewsArticle, Event, the publication (Report or Book),
partners' Organization, and the home page's Organization + WebSite with a SearchAction.
Everything in the page's language (`inLanguage`), every URL absolute."""

import json
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from events.models import EventPage
from home.models import HomePage
from news.models import NewsPage
from partners.models import PartnerPage
from publications.models import PublicationPage
from tests.factories import EventPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
HOST = "http://testserver"


def json_ld(client, url):
    """The page's JSON-LD blocks, parsed (the test fails on invalid JSON)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return [
        json.loads(script.string)
        for script in soup(response).select('script[type="application/ld+json"]')
    ]


def one(client, url):
    blocks = json_ld(client, url)
    assert len(blocks) == 1, (url, blocks)
    assert blocks[0]["@context"] == "https://schema.org"
    return blocks[0]


def live(model, language):
    return model.objects.live().public().filter(locale__language_code=language)


def assert_absolute(url):
    parsed = urlparse(url)
    assert parsed.scheme == "http" and parsed.netloc == "testserver", url


def assert_image(image):
    assert image["@type"] == "ImageObject"
    assert_absolute(image["url"])
    assert image["width"] >= 1200 and image["height"] >= 630


def assert_consortium(organisation, language):
    assert organisation["@type"] == "Organization"
    assert organisation["name"]
    assert organisation["url"] == f"{HOST}/{language}/"
    assert_absolute(organisation["logo"]["url"])
    assert organisation["logo"]["width"] >= 112


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_articles_have_author_publisher_image_and_dates(demo, client, language):
    articles = list(live(NewsPage, language).order_by("-date")[:3])
    assert articles
    for article in articles:
        data = one(client, article.url)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == article.title
        assert data["inLanguage"] == language
        assert data["mainEntityOfPage"]["@id"] == f"{HOST}{article.url}"
        for organisation in data["author"]:
            assert_consortium(organisation, language)
        assert_consortium(data["publisher"], language)
        assert data["image"]
        for image in data["image"]:
            assert_image(image)
        assert data["datePublished"].startswith(article.date.isoformat())
        assert data["dateModified"] >= data["datePublished"][:10]


@pytest.mark.parametrize("language", LANGUAGES)
def test_events_have_image_organizer_with_url_status_mode_and_location(demo, client, language):
    events = list(live(EventPage, language))
    assert events
    for event in events:
        data = one(client, event.url)
        assert data["@type"] == "Event"
        assert data["inLanguage"] == language
        assert data["name"] == event.title
        assert data["startDate"] and data["endDate"]
        assert data["eventStatus"] == "https://schema.org/EventScheduled"
        online = "https://schema.org/OnlineEventAttendanceMode"
        offline = "https://schema.org/OfflineEventAttendanceMode"
        assert data["eventAttendanceMode"] == (online if event.is_online else offline)
        expected = "VirtualLocation" if event.is_online else "Place"
        assert data["location"]["@type"] == expected
        if not event.is_online:
            assert data["location"]["name"] and data["location"]["address"]
        for image in data["image"]:
            assert_image(image)
        assert data["organizer"]
        for organizer in data["organizer"]:
            assert organizer["@type"] == "Organization" and organizer["name"]
            assert_absolute(organizer["url"])
        if event.registration_url:
            assert data["offers"]["url"] == event.registration_url
        else:
            assert "offers" not in data


def test_an_event_organised_by_a_partner_names_its_page_and_website(demo, client, locales):
    from events.models import EventIndexPage, EventPageRelatedPartner

    index = EventIndexPage.objects.get(locale=locales["es"])
    partner = live(PartnerPage, "es").first()
    partner.website = "https://partner.example.org/"
    partner.save_revision().publish()
    event = EventPageFactory(parent=index, organiser=f"Organizado por {partner.title}")
    EventPageRelatedPartner.objects.create(page=event, partner=partner)
    data = one(client, event.url)
    assert data["organizer"] == [
        {
            "@type": "Organization",
            "name": partner.title,
            "url": f"{HOST}{partner.url}",
            "sameAs": ["https://partner.example.org/"],
        }
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_publication_is_a_report_by_its_partners_with_its_files(demo, client, language):
    publication = live(PublicationPage, language).first()
    data = one(client, publication.url)
    assert data["@type"] == ("Book" if publication.isbn else "Report")
    assert data["name"] == publication.title
    assert data["inLanguage"] == language
    assert data["datePublished"] == publication.date.isoformat()
    assert data["license"].startswith("https://creativecommons.org/licenses/")
    assert_consortium(data["publisher"], language)
    with translation.override(language):
        authors = publication.authors
    assert [author["name"] for author in data["author"]] == [page.title for page in authors]
    for author in data["author"]:
        assert author["@type"] == "Organization"
        assert author["url"].startswith(f"{HOST}/{language}/")
    for image in data["image"]:
        assert_image(image)
    files = data["encoding"]
    assert files and data["associatedMedia"] == files
    with translation.override(language):
        downloads = publication.get_downloads()
    assert len(files) == len(downloads)
    for media in files:
        assert media["@type"] == "MediaObject"
        assert media["contentUrl"].startswith(f"{HOST}/documents/")
        assert (
            media["encodingFormat"] in ("application/pdf", "application/epub+zip")
            or "/" in (media["encodingFormat"])
        )
        assert media["contentSize"].split()[-1] in ("B", "KB", "MB")
    assert {media["inLanguage"] for media in files if "inLanguage" in media} <= {"en", "es", "eu"}
    # The file in the reader's language comes first where there is one.
    if any(document.language == language for document in downloads):
        assert files[0]["inLanguage"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_partners_are_organizations_with_logo_address_and_website(demo, client, language):
    partners = list(live(PartnerPage, language))
    assert partners
    for partner in partners[:5]:
        data = one(client, partner.url)
        assert data["@type"] == "Organization"
        assert data["name"] == partner.title
        assert data["url"] == f"{HOST}{partner.url}"
        assert data["address"]["addressCountry"] == partner.country.code
        if partner.logo:
            assert_absolute(data["logo"]["url"])
            assert data["logo"]["width"] <= 400
        assert_consortium({**data["memberOf"], "logo": {"url": HOST, "width": 512}}, language)
    partner = partners[0]
    partner.website = "https://www.example.org/"
    partner.save_revision().publish()
    assert one(client, partner.url)["sameAs"] == ["https://www.example.org/"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_has_the_organization_and_the_website_with_its_search(demo, client, language):
    home = live(HomePage, language).get()
    data = one(client, home.url)
    by_type = {node["@type"]: node for node in data["@graph"]}
    assert set(by_type) == {"Organization", "WebSite"}
    assert_consortium(by_type["Organization"], language)
    website = by_type["WebSite"]
    assert website["url"] == f"{HOST}/{language}/"
    assert website["inLanguage"] == language
    assert website["publisher"] == {"@id": by_type["Organization"]["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["query-input"] == "required name=search_term_string"
    template = action["target"]["urlTemplate"]
    with translation.override(language):
        search = reverse("search")
    assert template == f"{HOST}{search}?q={{search_term_string}}"
    # The template is an address the search page answers.
    response = client.get(urlparse(template.replace("{search_term_string}", "cooperation")).path)
    assert response.status_code == 200


def test_json_ld_escapes_what_could_close_the_script(demo, client, locales):
    from events.models import EventIndexPage

    index = EventIndexPage.objects.get(locale=locales["en"])
    event = EventPageFactory(parent=index, summary="</script><script>alert(1)</script> & more")
    html = client.get(event.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert one(client, event.url)["description"].startswith("</script><script>")
