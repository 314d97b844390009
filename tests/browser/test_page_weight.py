"""The home page's weight budget, in Chromium on the demo served by gunicorn with the production
settings (tests/browser/demo_site.py): in every language, on a phone (390 px) and on a desktop
screen (1366 px), with an empty cache,

- everything transferred (bodies as sent, with their headers): under 150 KB;
- the HTML, CSS and JavaScript compressed: under 60 KB. Counted as the larger of the bytes sent
  and the body gzipped here (level 6), so that the figure does not depend on the server's
  compression.

A failure lists every resource with its type and sizes.
"""

import gzip

import pytest

from tests.public_pages import LANGUAGES

pytestmark = pytest.mark.django_db

ALL_BUDGET = 150 * 1024
TEXT_BUDGET = 60 * 1024
TEXT_TYPES = ("text/html", "text/css", "javascript")
SCREENS = {
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}


def weigh(browser, url, screen):
    """[(address, content type, bytes on the wire, body size, compressed text size)]."""
    context = browser.new_context(**SCREENS[screen])
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    rows = []
    for response in responses:
        sizes = response.request.sizes()
        body = response.body() if response.status < 300 else b""
        content_type = response.headers.get("content-type", "").split(";")[0]
        sent = max(sizes["responseBodySize"], 0)
        wire = sent + sizes["responseHeadersSize"]
        text = 0
        if any(kind in content_type for kind in TEXT_TYPES):
            text = max(sent, len(gzip.compress(body, 6)))
        rows.append((response.url, content_type, wire, len(body), text))
    context.close()
    return rows


def test_home_page_weight_in_every_language(demo_site, site_browser):
    problems, figures = [], []
    for language in LANGUAGES:
        for screen in SCREENS:
            rows = weigh(site_browser, f"{demo_site.url}/{language}/", screen)
            total = sum(row[2] for row in rows)
            text = sum(row[4] for row in rows)
            figures.append(f"{language} {screen}: {total / 1024:.1f} KB, text {text / 1024:.1f} KB")
            if total >= ALL_BUDGET or text >= TEXT_BUDGET:
                problems.append(
                    f"/{language}/ on a {screen}: {total / 1024:.1f} KB in all (budget 150),"
                    f" HTML + CSS + JS {text / 1024:.1f} KB compressed (budget 60):"
                )
                problems += [
                    f"  {url.replace(demo_site.url, '')} {kind}: {wire} B sent, {size} B body"
                    + (f", {compressed} B compressed" if compressed else "")
                    for url, kind, wire, size, compressed in rows
                ]
    print("\n".join(figures))
    assert not problems, "\n".join(problems)
