"""The layout in Chromium, on the demo served by gunicorn with the production settings
(tests/browser/demo_site.py):

- every page type at 1366 and 390 px: a screenshot of the first screen (into docs/images/pages/
  with UPDATE_DOCS_SCREENSHOTS=1, `make screenshots`), nothing wider than the screen, and on
  the phone the H1 within the first screen;
- at 320 px (WCAG 1.4.10, reflow), in English, Spanish and Basque: no element sticks out of the
  screen and no heading, paragraph, list item or other box holds text wider than itself, on
  every page type and on every page whose title has a long word;
- the phone's menu button opens and closes the menu with and without JavaScript, and the menu's
  links can be reached with the keyboard.

A failure names the page, the element (its tag and classes, three levels) and the widths, and
leaves a screenshot in test-artifacts/.
"""

import os

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS, DOCS_IMAGES
from tests.public_pages import LANGUAGES

# Read-only: the pages come from demo_site's own copy of the database. The mark puts the module
# among the database tests, which run before the transactional ones empty the database.
pytestmark = pytest.mark.django_db

DESKTOP = {"viewport": {"width": 1366, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
NARROW = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}
WIDTHS = {1366: DESKTOP, 390: PHONE}

# Elements that stick out of the screen, and text blocks (headings, paragraphs, list items, any
# box with text of its own) whose text is wider than their box.
# An element inside a scrolling box (a wide table), an SVG or a cropping box that itself stays
# on screen is contained; an element wholly off screen (the skip link) is hidden on purpose.
FIND_OVERFLOW = """() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const problems = [];
    if (root.scrollWidth > width) {
        problems.push(`the page is ${root.scrollWidth} px wide in a ${width} px screen`);
    }
    const TEXT = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "P", "LI", "DT", "DD", "TD", "TH",
        "FIGCAPTION", "BLOCKQUOTE", "SUMMARY", "LABEL", "LEGEND", "CITE", "ADDRESS"]);
    const name = (element) => {
        const parts = [];
        for (let e = element; e && e !== document.body && parts.length < 3; e = e.parentElement) {
            const classes = [...e.classList].slice(0, 2).map((c) => "." + c).join("");
            parts.unshift(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + classes);
        }
        return parts.join(" > ");
    };
    const text = (element) => JSON.stringify(
        element.textContent.trim().replace(/\\s+/g, " ").slice(0, 50));
    const ownText = (element) => [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
    const contained = (element) => {
        for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
            if (e instanceof SVGElement || getComputedStyle(e).overflowX !== "visible") {
                const box = e.getBoundingClientRect();
                return box.left >= -1 && box.right <= width + 1;
            }
        }
        return false;
    };
    for (const element of document.body.querySelectorAll("*")) {
        const style = getComputedStyle(element);
        if (style.display === "none" || style.visibility === "hidden") continue;
        const box = element.getBoundingClientRect();
        if (box.width < 1 || box.height < 1 || box.right <= 0 || box.left >= width) continue;
        if ((box.right > width + 1 || box.left < -1) && !contained(element)) {
            problems.push(`${name(element)} ${text(element)} spans ${Math.round(box.left)}`
                + `–${Math.round(box.right)} px`);
        } else if ((TEXT.has(element.tagName) || (style.display !== "inline" && ownText(element)))
                   && element.clientWidth > 2 && style.textOverflow !== "ellipsis"
                   && element.scrollWidth > element.clientWidth + 1
                   && !["auto", "scroll"].includes(style.overflowX)) {
            problems.push(`${name(element)} ${text(element)}: text ${element.scrollWidth} px wide`
                + ` in a ${element.clientWidth} px box`);
        }
        if (problems.length > 8) break;
    }
    return problems;
}"""

H1_BOTTOM = """() => {
    const h1 = document.querySelector("h1");
    return h1 ? h1.getBoundingClientRect().bottom : null;
}"""


def artifact(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path.name


def slug(url):
    return url.strip("/").replace("/", "-").replace("?", "-").replace("=", "-")


def test_every_page_type_at_1366_and_390_px(demo_site, site_browser):
    """One context per width, every page type: a screenshot, no overflow, the H1 on screen."""
    update_docs = os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1"
    problems = []
    for width, options in WIDTHS.items():
        context = site_browser.new_context(**options)
        page = context.new_page()
        for name, public_page in demo_site.page_types("en"):
            response = page.goto(demo_site.url + public_page.url)
            found = []
            if response.status != public_page.status:
                found.append(f"status {response.status}, expected {public_page.status}")
            found += page.evaluate(FIND_OVERFLOW)
            if width == 390:
                bottom = page.evaluate(H1_BOTTOM)
                if bottom is None or bottom >= options["viewport"]["height"]:
                    found.append(f"the H1's bottom is at {bottom} px, below the first screen (844)")
            ARTIFACTS.mkdir(exist_ok=True)
            shot = ARTIFACTS / f"page-{name}-{width}.png"
            page.screenshot(path=str(shot))
            if update_docs:
                target = DOCS_IMAGES / "pages" / f"{name}-{width}.png"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(shot.read_bytes())
            if found:
                problems += [f"{name} at {width} px ({public_page.url}; {shot.name}):"]
                problems += [f"  {line}" for line in found]
        context.close()
    assert not problems, "\n".join(problems)


def test_nothing_overflows_at_320_px_in_any_language(demo_site, site_browser):
    context = site_browser.new_context(**NARROW)
    page = context.new_page()
    problems, checked = [], 0
    for language in LANGUAGES:
        seen = set()
        for public_page in [*demo_site.pages[language], *demo_site.long_titles[language]]:
            if public_page.url in seen:
                continue
            seen.add(public_page.url)
            page.goto(demo_site.url + public_page.url)
            checked += 1
            found = page.evaluate(FIND_OVERFLOW)
            if found:
                shot = artifact(page, f"overflow-320-{slug(public_page.url)}")
                problems += [f"{public_page} at 320 px ({shot}):", *(f"  {f}" for f in found)]
    context.close()
    assert checked >= 3 * len(demo_site.page_types()), checked
    assert not problems, "Horizontal overflow at 320 px (WCAG 1.4.10):\n" + "\n".join(problems)


def menu_links_reachable_by_tab(page):
    """Tab from the opened menu's start through every link of the main menu: each one takes focus
    and is on screen when it has it."""
    hrefs = page.locator("#site-menu .main-menu a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert hrefs, "no links in #site-menu .main-menu"
    reached = set()
    for _ in range(60):
        page.keyboard.press("Tab")
        focus = page.evaluate(
            """() => {
                const e = document.activeElement, box = e.getBoundingClientRect();
                return {href: e.getAttribute("href"), inMenu: !!e.closest(".main-menu"),
                        onScreen: box.width > 0 && box.bottom > 0 && box.top < innerHeight
                                  && box.left >= 0 && box.right <= innerWidth};
            }"""
        )
        if focus["inMenu"]:
            assert focus["onScreen"], f"menu link {focus['href']} has focus off screen"
            reached.add(focus["href"])
        if reached >= set(hrefs):
            return
    raise AssertionError(f"Tab reached {sorted(reached)} of the menu's links {hrefs}")


def test_phone_menu_button_without_javascript(demo_site, site_browser):
    context = site_browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    url = demo_site.page_types("en")[1][1].url  # a standard page
    page.goto(demo_site.url + url)
    toggle = page.locator(".menu-toggle").first
    menu = page.locator("#site-menu")
    first_link = page.locator("#site-menu .main-menu a").first
    expect(toggle).to_be_visible()
    expect(first_link).to_be_hidden()
    assert page.evaluate(H1_BOTTOM) < 844

    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(first_link).to_be_visible()
    assert not page.evaluate(FIND_OVERFLOW)
    menu_links_reachable_by_tab(page)

    # The panel's own "Close the menu" link (C1: `.menu-close a`).
    close = page.locator("#site-menu a.menu-close, #site-menu .menu-close a")
    if close.count():
        close.first.click()
        expect(first_link).to_be_hidden()
        toggle.click()
        expect(first_link).to_be_visible()
    # A menu link leads to its page.
    href = first_link.get_attribute("href")
    first_link.click()
    page.wait_for_load_state()
    assert page.url.endswith(href), (page.url, href)
    context.close()


def test_phone_menu_button_with_javascript(demo_site, site_browser):
    context = site_browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(demo_site.url + demo_site.page_types("en")[1][1].url)
    toggle = page.locator(".menu-toggle").first
    first_link = page.locator("#site-menu .main-menu a").first
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()

    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(first_link).to_be_visible()
    menu_links_reachable_by_tab(page)

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()
    expect(toggle).to_be_focused()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()

    # On a desktop screen there is no menu button: the menu shows.
    page.set_viewport_size(DESKTOP["viewport"])
    expect(toggle).to_be_hidden()
    expect(first_link).to_be_visible()
    context.close()
