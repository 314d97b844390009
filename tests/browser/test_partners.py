import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("home", "partners"),
]


def test_partner_map_and_cards_on_a_phone(demo, live_server, phone_page, screenshot):
    page = phone_page
    page.goto(f"{live_server.url}/es/socios/")
    map_svg = page.locator(".partner-map svg")
    expect(map_svg).to_be_visible()
    box = map_svg.bounding_box()
    assert box["width"] <= 375 and box["height"] > 120
    # Five places: Guatemala (2), Venezuela (2) and Spain (9) as numbered clusters, Belgium
    # and Italy as single pins.
    expect(page.locator(".partner-map a")).to_have_count(5)
    expect(page.locator(".partner-map__marker--cluster")).to_have_count(3)
    expect(page.locator(".card--partner").first).to_be_visible()
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    screenshot(page, "partners-es-phone")

    # A cluster's marker leads to its place in the list below the map, and from there on.
    page.get_by_role("link", name=re.compile(r"^Ciudad de Guatemala, Guatemala: 2 socios")).click()
    expect(page).to_have_url(re.compile(r"#partner-place-\d+$"))
    place = page.locator(".partner-places__place:target")
    expect(place).to_be_in_viewport()
    place.get_by_role("link", name="Universidad Popular de Guatemala").click()
    expect(page).to_have_url(re.compile(r"/es/socios/[^/]+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Universidad Popular de Guatemala")


def test_map_markers_are_reachable_by_keyboard(demo, live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/partners/")
    marker = page.locator(".partner-map a:not(.partner-map__marker--cluster)").first
    marker.focus()
    expect(marker).to_be_focused()
    # The focus shows: a ring in the focus colour around the pin.
    ring = marker.locator(".partner-map__ring")
    assert ring.evaluate("ring => getComputedStyle(ring).stroke") != "none"
    label = marker.get_attribute("aria-label")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(label.split(" (")[0])


def test_partner_pages_fill_the_width_without_overflow(demo, live_server, chromium, screenshot):
    """The index's groups share rows; the partner page has its key facts beside the profile on
    a desk and after it on a phone; nothing overflows at 320 px in any language."""
    for width in (1366, 390, 320):
        context = chromium.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for language, path in (("en", "partners"), ("es", "socios"), ("eu", "bazkideak")):
            for url in (f"/{language}/{path}/", f"/{language}/{path}/ihf-asbl/"):
                page.goto(live_server.url + url)
                assert page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
                ), (width, url)
        if width == 1366:
            page.goto(f"{live_server.url}/en/partners/")
            # Guatemala (two partners) and Italy (one) share a row.
            tops = page.locator(".partner-group h2").evaluate_all(
                "hs => Object.fromEntries(hs.map(h => [h.textContent, h.offsetTop]))"
            )
            assert tops["Guatemala"] == tops["Italy"]
            screenshot(page, "partners-en-desktop")
            page.goto(f"{live_server.url}/en/partners/ihf-asbl/")
            main = page.locator(".page-layout__main").bounding_box()
            aside = page.locator(".page-layout__aside").bounding_box()
            assert aside["x"] > main["x"] + main["width"] and abs(aside["y"] - main["y"]) < 2
            screenshot(page, "partner-en-desktop")
        context.close()
