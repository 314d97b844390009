"""A reader searches from the header, in their language, with the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("home", "news"),
]


def test_searching_from_the_header_in_spanish(demo, live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/es/noticias/")

    search_box = page.get_by_role("search").get_by_role("searchbox", name="Buscar en este sitio")
    search_box.focus()
    page.keyboard.type("cooperación")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/es/search/\?q=cooperaci%C3%B3n$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("cooperación")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    expect(results.first.locator("mark").first).to_be_visible()
    hrefs = results.locator("h3 a").evaluate_all("links => links.map(link => link.pathname)")
    assert hrefs and all(href.startswith("/es/") for href in hrefs)
    screenshot(page, "search-es")

    # The first result is a link: Enter on it opens the page.
    first_link = results.first.locator("h3 a")
    first_link.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/es/"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # An empty search keeps the reader on a useful page, in their language.
    page.goto(f"{live_server.url}/eu/")
    page.get_by_role("search").get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/eu/search/\?q=$"))
    expect(page.get_by_role("searchbox")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "eu")
