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
    markers = page.locator(".partner-map a")
    expect(markers).to_have_count(15)
    expect(page.locator(".card--partner").first).to_be_visible()
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    screenshot(page, "partners-es-phone")

    page.get_by_role("link", name=re.compile(r"^Universidad Popular de Guatemala \(")).click()
    expect(page).to_have_url(re.compile(r"/es/socios/[^/]+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Universidad Popular de Guatemala")


def test_map_markers_are_reachable_by_keyboard(demo, live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/partners/")
    first_marker = page.locator(".partner-map a").first
    first_marker.focus()
    expect(first_marker).to_be_focused()
    label = first_marker.get_attribute("aria-label")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text(label.split(" (")[0])
