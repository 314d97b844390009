"""A reader on a news archive switches language and stays on the same archive, with the tags
and the archive's address in their language."""

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("home", "news"),
]


def test_a_reader_follows_a_tag_and_switches_language_on_the_archive(
    demo, live_server, browser_page, screenshot
):
    page = browser_page
    page.goto(f"{live_server.url}/es/noticias/la-red-secove-se-reune-en-derio/")
    page.locator(".article-facts").get_by_role("link", name="País Vasco").click()
    expect(page).to_have_url(f"{live_server.url}/es/noticias/etiqueta/pais-vasco/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("País Vasco")

    switcher = page.get_by_role("navigation", name="Elegir idioma")
    expect(switcher.locator("a[aria-current=page]")).to_have_attribute(
        "href", "/es/noticias/etiqueta/pais-vasco/"
    )
    switcher.get_by_role("link", name="Euskara").click()
    expect(page).to_have_url(f"{live_server.url}/eu/albisteak/etiketa/euskadi/")
    expect(page.locator("html")).to_have_attribute("lang", "eu")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Euskadi")
    screenshot(page, "tag-archive-eu")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/en/news/tag/basque-country/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Basque Country")

    # A later page of the listing stays a later page in the other language.
    page.goto(f"{live_server.url}/en/news/?page=2")
    page.get_by_role("link", name="Español").click()
    expect(page).to_have_url(f"{live_server.url}/es/noticias/?page=2")
    expect(page.locator(".pagination [aria-current=page]")).to_have_text("2")
