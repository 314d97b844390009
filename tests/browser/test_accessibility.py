"""axe-core in Chromium over every public page type in every language: zero violations of
WCAG 2.1 A and AA, on a desktop screen (1366 px: every page of the list) and on a phone (390 px:
one page of each type).

The pages come from the demo content (tests/public_pages.py). A failure lists every violation of
every page (rule, impact, what to fix and where) and saves a screenshot in test-artifacts/.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.public_pages import LANGUAGES, add_untranslated_page, public_pages

# live_server needs committed data; serialized rollback restores the root page, site and
# locales that migrations created, which a transactional test flushes away.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Only the violations come back in full, which makes each run about a third faster.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
DESKTOP = {"viewport": {"width": 1366, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

axe = Axe()


def describe(violation):
    lines = [
        f"  {violation['id']} [{violation['impact']}] {violation['help']}",
        f"    {violation['helpUrl']}",
    ]
    for node in violation["nodes"]:
        target = " ".join(str(part) for part in node["target"])
        summary = " ".join(node.get("failureSummary", "").split())
        lines.append(f"    - {target}: {summary}")
    return lines


def check(page, base_url, public_page, viewport, screenshot):
    """The problems of one page as lines of text, none when it passes."""
    response = page.goto(base_url + public_page.url)
    problems = []
    if response.status != public_page.status:
        problems.append(f"  status {response.status}, expected {public_page.status}")
    results = axe.run(page, options=AXE_OPTIONS)
    for violation in results.response["violations"]:
        problems += describe(violation)
    if problems:
        name = public_page.url.strip("/").replace("/", "-").replace("?", "-").replace("=", "-")
        path = screenshot(page, f"axe-{viewport.replace(' ', '')}-{name}")
        problems = [f"{public_page} ({viewport}; screenshot {path.name})", *problems]
    return problems


def test_every_page_type_in_every_language_has_no_wcag_violations(
    demo, live_server, chromium, screenshot
):
    # One test for the three languages: each browser test reloads the demo content first,
    # which costs more than axe's run over a whole language. One context per screen.
    desktop = chromium.new_context(**DESKTOP).new_page()
    phone = chromium.new_context(**PHONE).new_page()
    problems = []
    for language in LANGUAGES:
        pages = [*public_pages(language), add_untranslated_page(language)]
        assert len(pages) >= 20, language
        for public_page in pages:
            problems += check(desktop, live_server.url, public_page, "1366 px", screenshot)
        # The phone: the first page of each type.
        phone_pages = {public_page.kind: public_page for public_page in reversed(pages)}
        for public_page in phone_pages.values():
            problems += check(phone, live_server.url, public_page, "390 px", screenshot)

    report = "\n".join(problems)
    assert not problems, f"axe-core found WCAG 2.1 AA violations:\n{report}"
