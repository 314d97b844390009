"""The news feeds read as XML hold what their specifications require: Atom (RFC 4287) an id,
title, updated and author on the feed (so every entry has one), and on each entry an id,
title, updated and an alternate link; RSS 2.0 a channel with title, link and description, and
each item a title or description."""

import xml.etree.ElementTree as ET

import pytest

from core.site import site_name
from news.models import NewsIndexPage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_xml(client, index, kind):
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200
    return ET.fromstring(response.content), response.wsgi_request


def text(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_atom_feed_has_an_author_and_every_required_element(demo, client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    root, request = feed_xml(client, index, "atom")
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert text(root, f"{ATOM}{name}"), name
    author = root.find(f"{ATOM}author")
    assert author is not None, "atom:author on the feed (RFC 4287 4.1.1)"
    assert text(author, f"{ATOM}name") == site_name(request)
    home = index.get_parent()
    assert text(author, f"{ATOM}uri") == f"http://testserver{home.url}"
    assert [link.get("rel") for link in root.findall(f"{ATOM}link")].count("self") == 1
    entries = root.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert text(entry, f"{ATOM}{name}"), name
        rels = [link.get("rel", "alternate") for link in entry.findall(f"{ATOM}link")]
        assert rels.count("alternate") == 1
        # Without content, an entry needs a summary (RFC 4287 4.1.1.1).
        assert text(entry, f"{ATOM}summary") or entry.find(f"{ATOM}content") is not None


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_rss_feed_has_every_required_element(demo, client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    root, request = feed_xml(client, index, "rss")
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description", "language"):
        assert text(channel, name), name
    assert text(channel, "language") == language
    items = channel.findall("item")
    assert items
    for item in items:
        assert text(item, "title") or text(item, "description")
        assert text(item, "link").startswith("http://testserver/")
        assert text(item, "guid")
        # RSS's <author> is an e-mail address: the name goes in dc:creator.
        assert text(item, "{http://purl.org/dc/elements/1.1/}creator") == site_name(request)
