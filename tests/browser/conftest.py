"""Real Chromium (Debian's), driven by Playwright. Never downloads a browser.

Outside CI a missing Chromium skips these tests with the reason; in CI it fails them.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import running_in_ci

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made from
# the test itself are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


def _unavailable(reason):
    if running_in_ci():
        pytest.fail(f"{reason} CI must run the browser tests (.ci/run installs Chromium).")
    pytest.skip(reason)


@pytest.fixture
def chromium(transactional_db, live_server):
    """A fresh Chromium per test, started after the database and live server are ready.

    Playwright's sync API keeps an event loop running while it is open, and Django's
    connections are looked up per async context: a browser kept open across tests would make
    the next test's database set-up (the serialized rollback that restores the root page,
    site and locales) run on another connection object.
    """
    if not Path(CHROMIUM).exists():
        _unavailable(f"Chromium not found at {CHROMIUM}: apt-get install chromium.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone_page(chromium):
    context = chromium.new_context(
        viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save a screenshot under test-artifacts/ (for docs and for a look after a failure)."""

    def take(page, name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def docs_screenshot():
    """A screenshot for the documentation: saved under test-artifacts/, and copied into
    docs/images/ when UPDATE_DOCS_SCREENSHOTS=1 (`make screenshots`)."""

    def take(page, name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path))
        if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1":
            target = DOCS_IMAGES / f"{name}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
        return path

    return take


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo served by gunicorn (production settings, local trial) for the whole session, for
    the tests that only read pages: tests/browser/demo_site.py. Mark their module
    `pytest.mark.django_db` so that they run before the transactional tests empty the database."""
    from tests.browser.demo_site import serve_demo

    with serve_demo(tmp_path_factory.mktemp("demo-site"), django_db_blocker) as site:
        yield site


@pytest.fixture
def site_browser(db, demo_site):
    """A Chromium of the test's own for `demo_site`, closed before the test's transaction ends."""
    from tests.browser.demo_site import launch_chromium

    with launch_chromium() as browser:
        yield browser
