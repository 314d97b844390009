import re

import pytest
from playwright.sync_api import expect

# live_server needs committed data; serialized rollback restores the root page, site and
# locales that migrations created, which a transactional test flushes away.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("home"),
]


def test_switching_to_euskara_lands_on_the_basque_home_page(
    demo, live_server, browser_page, screenshot
):
    page = browser_page
    page.goto(f"{live_server.url}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Vocational education that learns in both directions"
    )

    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Euskara"
    ).click()

    expect(page).to_have_url(f"{live_server.url}/eu/")
    expect(page.locator("html")).to_have_attribute("lang", "eu")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bi norabideetan ikasten duen lanbide-heziketa"
    )
    expect(page.locator(".site-footer__disclaimer")).to_contain_text("Europar Batasunak")
    screenshot(page, "home-eu")


def test_switcher_keeps_the_reader_on_the_same_page(demo, live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/en/about/")
    page.get_by_role("link", name="Euskara").click()
    expect(page).to_have_url(f"{live_server.url}/eu/proiektuari-buruz/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Proiektuari buruz")
    page.get_by_role("link", name="Español").click()
    expect(page).to_have_url(f"{live_server.url}/es/sobre-el-proyecto/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sobre el proyecto")


def test_keyboard_reader_can_skip_to_content_and_switch_language(demo, live_server, browser_page):
    page = browser_page
    page.goto(f"{live_server.url}/es/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Saltar al contenido principal")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/#main$"))

    page.goto(f"{live_server.url}/es/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hreflang") == "eu":
            break
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/eu/")


def test_home_page_reads_well_on_a_phone(demo, live_server, phone_page, screenshot):
    page = phone_page
    page.goto(f"{live_server.url}/es/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The languages sit behind the Menu control on a phone.
    expect(page.get_by_role("link", name="Euskara")).to_be_hidden()
    page.locator(".menu-toggle").first.click()
    expect(page.get_by_role("link", name="Euskara")).to_be_visible()
    no_sideways_scroll = page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert no_sideways_scroll
    screenshot(page, "home-es-phone")
