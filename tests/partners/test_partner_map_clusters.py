"""Issue 17: the partner map clusters nearby pins into numbered markers, with a list of who is
where; each partner without a logo shows a monogram; an acronym the name already says is not
repeated ("IHF asbl", not "IHF asbl (IHF)")."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from partners.map import cluster
from partners.models import PartnerIndexPage, PartnerPage, acronym_in_title, monogram
from tests.html import soup

SPAIN = {"en": "Spain", "es": "España", "eu": "Espainia"}


@pytest.mark.parametrize(
    ("title", "acronym", "expected"),
    [
        ("IHF asbl", "IHF", "IHF"),
        ("Grupo Social CESAP", "CESAP", "CESAP"),
        ("Universidad Popular de Guatemala", "", "UPG"),  # "de" is left out
        ("Asociación Civil Fe y Alegría", "", "ACF"),
        ("GAIA", "", "GAIA"),
        ("IAL FVG", "", "IAL"),
        ("Nexmachina", "", "NE"),
        ("A Very Long Organisation Name", "AVLONGNAME", "VLO"),  # too long an acronym
    ],
)
def test_monogram_letters(title, acronym, expected):
    assert monogram(title, acronym) == expected


@pytest.mark.parametrize(
    ("title", "acronym", "contained"),
    [
        ("IHF asbl", "IHF", True),
        ("Fundación ECCA Social", "ecca", True),  # whatever the case
        ("Grupo Social CESAP", "CESAP", True),
        ("Universidad Popular de Guatemala", "UPG", False),
        ("Asociación de Servicios Educativos y Culturales", "ASEC", False),
        ("Tecnalia", "TEC", False),  # a word, not part of one
    ],
)
def test_acronym_in_title(title, acronym, contained):
    assert acronym_in_title(title, acronym) is contained


def fake(title, code, x, y, role="partner"):
    country = SimpleNamespace(code=code, name={"ES": "Spain", "PT": "Portugal"}[code])
    return (SimpleNamespace(title=title, country=country, role=role, city="", place=""), (x, y))


def test_pins_of_a_country_within_a_fifth_of_the_view_share_a_marker():
    located = [fake("A", "ES", 100, 100), fake("B", "ES", 110, 95), fake("C", "ES", 60, 120)]
    places = cluster(located, view_width=300)
    assert [place.count for place in places] == [3]
    assert (places[0].x, places[0].y) == (90, 105)  # the centre of its pins


def test_far_apart_pins_stay_apart_and_overlapping_ones_merge_across_borders():
    located = [fake("A", "ES", 0, 0), fake("B", "ES", 200, 0), fake("C", "PT", 3, 2)]
    places = sorted(cluster(located, view_width=300), key=lambda place: place.x)
    assert [sorted(p.title for p in place.partners) for place in places] == [["A", "C"], ["B"]]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_spains_nine_partners_are_one_numbered_marker_listing_them_all(demo, client, language):
    index = PartnerIndexPage.objects.get(locale__language_code=language)
    document = soup(client.get(index.url))
    spanish = PartnerPage.objects.live().descendant_of(index).filter(country="ES")
    assert spanish.count() == 9
    clusters = document.select(".partner-map svg a.partner-map__marker--cluster")
    (marker,) = [m for m in clusters if m.select_one(".partner-map__count").get_text() == "9"]
    assert marker["aria-label"].startswith(f"{SPAIN[language]}: 9 ")
    assert marker.select_one(".partner-map__label").get_text() == SPAIN[language]
    place = document.select_one(marker["href"])
    assert place.name == "li" and SPAIN[language] in place.get_text()
    with translation.override(language):
        count = translation.ngettext("%(counter)s partner", "%(counter)s partners", 9)
    assert place.select_one(".partner-places__count").get_text(strip=True) == count % {"counter": 9}
    links = sorted(a["href"] for a in place.select(".partner-places__partners a"))
    assert links == sorted(partner.url for partner in spanish)
    # Every located partner is in exactly one place of the list.
    listed = [a["href"] for a in document.select(".partner-places__partners a")]
    assert len(listed) == len(set(listed)) == 15
    # Single partners are markers of their own, labelled where there is room.
    markers = document.select(".partner-map svg a.partner-map__marker")
    singles = [m for m in markers if "partner-map__marker--cluster" not in m["class"]]
    assert {m.select_one(".partner-map__label").get_text() for m in singles} == {"IHF", "IAL FVG"}


@pytest.mark.django_db
def test_monograms_replace_missing_logos_everywhere(demo, client):
    index = PartnerIndexPage.objects.get(locale__language_code="es")
    document = soup(client.get(index.url))
    partners = {p.url: p for p in PartnerPage.objects.live().descendant_of(index)}
    for card in document.select(".card--partner"):
        partner = partners[card.select_one(".card__title a")["href"]]
        logo = card.select_one(".card__logo .partner-logo")
        assert "partner-logo--medium" in logo["class"]
        if partner.logo_id:
            assert logo.select_one("picture img")["alt"] == ""
        else:
            assert logo.get_text() == partner.monogram
            assert f"monogram--{partner.role}" in logo["class"]
            assert logo["aria-hidden"] == "true"
    cesap = PartnerPage.objects.get(locale=index.locale, title="Grupo Social CESAP")
    page = soup(client.get(cesap.url))
    assert page.select_one(".partner__identity .monogram.partner-logo--large").get_text() == "CESAP"


@pytest.mark.django_db
def test_acronyms_are_not_repeated(demo, client):
    index = PartnerIndexPage.objects.get(locale__language_code="en")
    document = soup(client.get(index.url))
    titles = {
        card.select_one(".card__title a").get_text(): card.select_one(".card__acronym")
        for card in document.select(".card--partner")
    }
    assert titles["IHF asbl"] is None
    assert titles["Grupo Social CESAP"] is None
    assert titles["Universidad Popular de Guatemala"].get_text() == "(UPG)"
    ihf = PartnerPage.objects.get(locale=index.locale, title="IHF asbl")
    page = soup(client.get(ihf.url))
    assert page.h1.get_text(strip=True) == "IHF asbl"
    facts = page.select_one(".page-layout__aside .facts")
    assert "IHF" in facts.get_text()  # the acronym is still a key fact
