"""The partner map's world outline is a static file (issue 14): the partners page carries only
the view and the markers, so its HTML is a fraction of what it was with the outline inline."""

import re

import pytest

from partners.models import PartnerIndexPage, PartnerPage
from partners.world_outline import HEIGHT, OUTLINE, WIDTH
from tests.html import soup

pytestmark = pytest.mark.django_db

# The partners index of the demo content with the 35 KB outline inline, in bytes (commit
# 9d62844, under gunicorn with the production settings), and its map figure then (the outline's
# path alone was 34,851 bytes). After: about 30 KB, of which the figure is under 5 KB, even
# though the partner cards have since grown (AVIF/WebP srcsets).
BEFORE = {"en": 56_176, "es": 56_645, "eu": 56_546}
FIGURE_BEFORE = 39_500


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_partners_page_no_longer_carries_the_outline(demo, client, language):
    index = PartnerIndexPage.objects.get(locale__language_code=language)
    response = client.get(index.url, headers={"Accept-Encoding": "identity"})
    assert response.status_code == 200
    size = len(response.content)
    figure = soup(response).select_one(".partner-map")
    figure_size = len(str(figure).encode())
    print(f"partners index ({language}): {size} B (was {BEFORE[language]}), map {figure_size} B")
    # Only the view, the outline's address and the markers.
    assert figure_size < FIGURE_BEFORE / 6
    assert figure.select("path") == []
    assert size < BEFORE[language] * 0.75


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_the_map_shows_the_outline_and_every_located_partner(demo, client, language):
    index = PartnerIndexPage.objects.get(locale__language_code=language)
    document = soup(client.get(index.url))
    svg = document.select_one(".partner-map svg")
    # Named by its title; no role (the Nu HTML Checker refuses role="group" on <svg>, and
    # role="img" would hide the markers' links).
    assert svg.title.get_text() and not svg.has_attr("role")

    image = svg.select_one("image")
    assert image["aria-hidden"] == "true"
    assert (float(image["width"]), float(image["height"])) == (WIDTH, HEIGHT)
    outline = client.get(image["href"])
    assert outline.status_code == 200
    assert outline["Content-Type"].startswith("image/svg+xml")
    body = b"".join(outline.streaming_content) if outline.streaming else outline.content
    assert f'viewBox="0 0 {WIDTH} {HEIGHT}"'.encode() in body
    assert len(re.findall(rb"Z", body)) >= 100  # the land polygons

    partners = PartnerPage.objects.live().descendant_of(index)
    located = [partner for partner in partners if partner.has_location]
    markers = svg.select("a.partner-map__marker")
    on_map = []
    for marker in markers:
        assert marker["aria-label"] and marker.title.get_text() == marker["aria-label"]
        if marker["href"].startswith("#"):  # a cluster: its place in the list below the map
            on_map += [a["href"] for a in document.select(f"{marker['href']} li a")]
        else:
            on_map.append(marker["href"])
    assert sorted(on_map) == sorted(p.url for p in located)
    # The text alternative: every partner is also a card in the list below the map.
    cards = {a["href"] for a in document.select(".card--partner .card__title a")}
    assert {p.url for p in located} <= cards


def test_the_outline_is_a_static_file_of_the_project():
    from django.contrib.staticfiles import finders

    assert finders.find(OUTLINE)
