"""The demo site served once per test session for the browser tests that only read pages
(test_layout.py, test_page_weight.py): gunicorn with the production settings as a local trial
(plain http, media served), on a throwaway copy of the test database, its static files collected
with hashed names and brotli copies as a deployment has them, so the bytes a browser receives
are the production ones. No live server per test and no demo reloaded between tests.

The `demo_site` fixture (tests/browser/conftest.py) starts it; `site_browser` gives a test a
Chromium of its own (one browser per test, started after the test's database transaction, so
that Playwright's event loop never meets Django's connections).
"""

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import english_demo_home, running_in_ci
from tests.deploy.stack import Server, collect_static, copy_of_test_database, production_environment
from tests.public_pages import LANGUAGES, PublicPage, public_pages

# A word this long may not fit a 320 px column in a large heading: every page whose title has one
# is checked at 320 px as well (Basque compounds: "Prestatzaileentzako", "irakaskuntza-metodo").
LONG_WORD = 13

# The page types the design covers, in the order of the documentation: (file name, kind in
# tests/public_pages.py). The first page of each kind in English stands for it.
PAGE_TYPES = [
    ("home", "home"),
    ("standard-page", "standard page"),
    ("news-index", "news index"),
    ("news-article", "news article"),
    ("event-index", "event index"),
    ("event-page", "event"),
    ("partner-index", "partner index"),
    ("partner-page", "partner"),
    ("resource-library", "resource library"),
    ("publication-page", "publication"),
    ("search-results", "search"),
    ("404", "page not found"),
]


@dataclass
class DemoSite:
    url: str
    # language: [PublicPage], every page type (tests/public_pages.py)
    pages: dict
    # language: [PublicPage], the other pages whose titles have a long word
    long_titles: dict

    def page_types(self, language="en"):
        """[(file name, PublicPage)]: one page of each type in the documentation's order."""
        first = {}
        for page in self.pages[language]:
            first.setdefault(page.kind, page)
        return [(name, first[kind]) for name, kind in PAGE_TYPES]


def _long_titles(language, known):
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=2)
    found = []
    for page in pages.specific().order_by("path"):
        if page.url in known:
            continue
        words = page.title.replace("-", " ").split()
        if max((len(word) for word in words), default=0) > LONG_WORD:
            kind = f"{page.specific_class._meta.verbose_name} (long title)"
            found.append(PublicPage(kind, page.url))
    return found


@contextlib.contextmanager
def serve_demo(tmp_path, django_db_blocker):
    with django_db_blocker.unblock():
        if english_demo_home() is None:  # a transactional test emptied the database
            from django.core.management import call_command

            call_command("load_demo", stdout=io.StringIO())
        pages, long_titles = {}, {}
        for language in LANGUAGES:
            pages[language] = public_pages(language)
            long_titles[language] = _long_titles(language, {page.url for page in pages[language]})
    with copy_of_test_database(tmp_path, django_db_blocker) as db_url:
        env = production_environment(
            tmp_path,
            db_url,
            DJANGO_LOCAL_TRIAL="true",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            WAGTAILADMIN_BASE_URL="http://127.0.0.1",
            WEB_CONCURRENCY="2",
        )
        collect_static(env)
        with Server(env, Path(tmp_path) / "gunicorn.log") as server:
            yield DemoSite(f"http://127.0.0.1:{server.port}", pages, long_titles)


@contextlib.contextmanager
def launch_chromium():
    """Debian's Chromium through Playwright; skipped outside CI (failed in CI) without it."""
    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        reason = f"Chromium not found at {CHROMIUM}: apt-get install chromium."
        if running_in_ci():
            pytest.fail(f"{reason} CI must run the browser tests (.ci/run installs Chromium).")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
