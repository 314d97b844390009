"""Keyboard only, in Chromium: the skip link, a visible focus indicator on every Tab stop, and the
main menu and language switcher reachable and usable with Tab and Enter, on a desktop screen
and on a phone."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from core.models import StandardPage
from tests.public_pages import public_pages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# What the focused element is and how it looks. `window.unfocusedStyles` holds each focusable
# element's look before anything had focus, for comparison.
DESCRIBE_FOCUS = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const region = element.closest(".skip-link") ? "skip link"
        : element.closest(".language-switcher") ? "language switcher"
        : element.closest(".main-menu") ? "main menu"
        : element.closest("header") ? "header"
        : element.closest("main") ? "main"
        : element.closest("footer") ? "footer" : "elsewhere";
    return {
        isBody: element === document.body,
        element: element.outerHTML.slice(0, 160),
        href: element.getAttribute("href"),
        hreflang: element.getAttribute("hreflang"),
        region: region,
        focusVisible: element.matches(":focus-visible"),
        unfocused: window.unfocusedStyles ? window.unfocusedStyles.get(element) || null : null,
        focused: [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow],
        onScreen: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth
            && box.width > 0 && box.height > 0,
    };
}"""
REMEMBER_UNFOCUSED_STYLES = """() => {
    window.unfocusedStyles = new Map();
    const focusable = "a[href], button, input, select, textarea, [tabindex]";
    for (const element of document.querySelectorAll(focusable)) {
        const style = getComputedStyle(element);
        window.unfocusedStyles.set(
            element, [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow]
        );
    }
}"""


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(DESCRIBE_FOCUS)


def tab_until(page, wanted, limit=40):
    """Tab until the focused element is what `wanted(stop)` looks for; the Tab stops on the way."""
    stops = []
    while not stops or not wanted(stops[-1]):
        assert len(stops) < limit, f"Not reached in {limit} Tab stops: {stops}"
        stops.append(tab(page))
    return stops


def tab_through(page, limit=200):
    """Every Tab stop of the page, in order, until focus leaves the page or comes round again."""
    stops = []
    for _ in range(limit):
        stop = tab(page)
        if stop["isBody"] or (stops and stop["element"] == stops[0]["element"]):
            return stops
        stops.append(stop)
    raise AssertionError(f"Still tabbing after {limit} stops on {page.url}")


def focus_problem(stop):
    outline_style, outline_width, _colour, shadow = stop["focused"]
    outlined = outline_style != "none" and float(outline_width.removesuffix("px")) >= 2
    if not stop["focusVisible"]:
        return "has keyboard focus but does not match :focus-visible"
    if stop["focused"] == stop["unfocused"]:
        return "looks the same focused as unfocused (outline and box-shadow)"
    if not (outlined or shadow != "none"):
        return f"has no outline of 2px or more and no box-shadow when focused: {stop['focused']}"
    if not stop["onScreen"]:
        return "is focused but not on the screen"
    return None


def english_menu_page():
    """A standard page of the English menu (About) and its Spanish translation."""
    page = (
        StandardPage.objects.live()
        .filter(locale__language_code="en", show_in_menus=True)
        .order_by("path")
        .first()
    )
    return page, page.get_translation(Locale.objects.get(language_code="es"))


@pytest.mark.demo_apps("home")
def test_first_tab_stop_is_the_skip_link_and_enter_moves_focus_to_main(
    demo, live_server, browser_page, phone_page
):
    about, _spanish = english_menu_page()
    for page in (browser_page, phone_page):
        page.goto(live_server.url + about.url)
        skip_link = page.locator(".skip-link")
        expect(skip_link).not_to_be_in_viewport()

        first = tab(page)
        assert first["region"] == "skip link", first
        expect(skip_link).to_be_focused()
        expect(skip_link).to_be_in_viewport(ratio=1)
        expect(skip_link).to_have_text("Skip to main content")

        page.keyboard.press("Enter")
        expect(page.locator("main")).to_be_focused()
        assert page.url.endswith(f"{about.url}#main")
        # The next Tab carries on from the content, not from the top of the page again.
        after = tab(page)
        assert after["region"] in {"main", "footer"}, after


@pytest.mark.demo_apps("home", "partners", "publications")
def test_focus_is_visible_on_every_tab_stop(demo, live_server, browser_page, phone_page):
    """On each page type with something new to focus (the header's search form, cards, the
    partner map, buttons, the library's filters), every Tab stop looks different focused than
    unfocused. (News and events add only more links and buttons of the same kinds; leaving them
    out of the demo keeps this test fast.)"""
    kinds = ["home", "partner index", "partner", "publication", "resource library"]
    pages = {public_page.kind: public_page for public_page in reversed(public_pages("en"))}
    problems = []
    for page, kind in [(browser_page, kind) for kind in kinds] + [(phone_page, "home")]:
        page.goto(live_server.url + pages[kind].url)
        page.evaluate(REMEMBER_UNFOCUSED_STYLES)
        stops = tab_through(page)
        assert len(stops) > 10, (kind, stops)
        for stop in stops:
            problem = focus_problem(stop)
            if problem:
                problems.append(f"{pages[kind].url}: {stop['element']} {problem}")
    assert not problems, "Tab stops without a visible focus indicator:\n" + "\n".join(problems)


def open_phone_menu(page):
    """On a phone the search, the languages and the menu sit behind the Menu control: Tab to it
    and press Enter (a link to #site-menu without JavaScript, a button with it). Nothing on a
    wide screen, where the control is hidden."""
    if not page.locator(".menu-toggle").first.is_visible():
        return
    tab_until(page, lambda stop: 'class="menu-toggle' in stop["element"])
    page.keyboard.press("Enter")
    expect(page.locator("#site-menu .main-menu a").first).to_be_visible()


@pytest.mark.demo_apps("home")
def test_menu_and_language_switcher_work_with_the_keyboard_alone(
    demo, live_server, browser_page, phone_page
):
    about, spanish = english_menu_page()
    for page in (browser_page, phone_page):
        page.goto(live_server.url + about.url)
        switcher = page.locator(".language-switcher a").evaluate_all(
            "links => links.map(link => link.getAttribute('href'))"
        )
        menu = page.locator(".main-menu a").evaluate_all(
            "links => links.map(link => link.getAttribute('href'))"
        )
        assert len(switcher) == 3 and len(menu) > 1

        open_phone_menu(page)
        stops = tab_until(page, lambda stop: stop["region"] in {"main", "footer"})
        assert [s["href"] for s in stops if s["region"] == "language switcher"] == switcher
        assert [s["href"] for s in stops if s["region"] == "main menu"] == menu
        assert all(stop["onScreen"] for stop in stops), [s for s in stops if not s["onScreen"]]

        page.goto(live_server.url + about.url)
        open_phone_menu(page)
        tab_until(
            page, lambda stop: stop["region"] == "language switcher" and stop["hreflang"] == "es"
        )
        expect(page.locator(":focus")).to_have_text("Español")
        page.keyboard.press("Enter")
        expect(page).to_have_url(live_server.url + spanish.url)
        expect(page.locator("html")).to_have_attribute("lang", "es")
        expect(page.get_by_role("heading", level=1)).to_have_text(spanish.title)

        # Enter on a menu link follows it, too.
        open_phone_menu(page)
        stop = tab_until(
            page, lambda stop: stop["region"] == "main menu" and stop["href"] != spanish.url
        )[-1]
        page.keyboard.press("Enter")
        expect(page).to_have_url(live_server.url + stop["href"])
        expect(page.locator("html")).to_have_attribute("lang", "es")
