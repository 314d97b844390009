"""The Content-Security-Policy enforced in Chromium (issue 15): every public page type and the
admin's screens (page editors with their preview, the translation editor, snippets, images,
documents, reports) work without a single violation of the policy they are sent.

Violations are read twice: Chromium's console ("Refused to ...") and the
`securitypolicyviolation` events of each document and frame (the admin's preview included).
"""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Locale, Page

from tests.public_pages import add_untranslated_page, public_pages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "csp-walk-2026"
# Each document and frame reports its violations to the console, where the test reads them.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
        + ` at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
});
"""
PROBLEMS = ("Content Security Policy", "CSP violation", "Permissions-Policy")


class Walk:
    """A browser tab that remembers every policy problem, with the screen it happened on."""

    def __init__(self, browser, base_url):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.page = self.context.new_page()
        self.base_url = base_url
        self.screen = None
        self.problems = []
        self.page.on("console", self.console)

    def console(self, message):
        if any(marker in message.text for marker in PROBLEMS):
            self.problems.append(f"{self.screen}: {message.text}")

    def visit(self, screen, path, status=200, idle=False):
        self.screen = screen
        response = self.page.goto(self.base_url + path)
        assert response.status == status, (screen, path, response.status)
        csp = response.header_value("Content-Security-Policy")
        assert csp and "'unsafe-eval'" not in csp, (screen, csp)
        # Editors and choosers render in JavaScript after the load event.
        self.page.wait_for_load_state("networkidle" if idle else "load")
        return response


def admin_screens(user):
    """(screen, path) of the admin's screens the browser tests use, with one editor of each page
    type in English and the translation editor of its Spanish translation."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from taxonomy.models import Topic

    english, spanish = (
        Locale.objects.get(language_code="en"),
        Locale.objects.get(language_code="es"),
    )
    home = Page.objects.get(depth=2, locale=english)
    screens = [("dashboard", "/admin/"), ("explorer", f"/admin/pages/{home.pk}/")]
    seen = set()
    for page in Page.objects.filter(locale=english, depth__gte=2).specific().order_by("path"):
        kind = type(page).__name__
        if kind not in seen:
            seen.add(kind)
            screens.append((f"editor: {kind}", f"/admin/pages/{page.pk}/edit/"))
            translation = page.get_translation_or_none(spanish)
            if translation is not None and kind in {"NewsPage", "HomePage"}:
                screens.append(
                    (f"translation editor: {kind}", f"/admin/pages/{translation.pk}/edit/")
                )
    screens.append(("add child page", f"/admin/pages/{home.pk}/add_subpage/"))
    topic = Topic.objects.filter(locale=english).first()
    spanish_topic = topic.get_translation(spanish)
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    screens += [
        ("page search", "/admin/pages/search/?q=news"),
        ("history", f"/admin/pages/{home.pk}/history/"),
        ("snippets", "/admin/snippets/"),
        ("snippet editor", f"/admin/snippets/taxonomy/topic/edit/{topic.pk}/"),
        ("snippet translation editor", f"/admin/snippets/taxonomy/topic/edit/{spanish_topic.pk}/"),
        ("images", "/admin/images/"),
        ("image editor", f"/admin/images/{image.pk}/"),
        ("image upload", "/admin/images/multiple/add/"),
        ("documents", "/admin/documents/"),
        ("document editor", f"/admin/documents/edit/{document.pk}/"),
        ("document upload", "/admin/documents/multiple/add/"),
        ("translation status", "/admin/reports/translation-status/"),
        ("workflow report", "/admin/reports/workflow/"),
        ("users", "/admin/users/"),
        ("account", "/admin/account/"),
    ]
    return screens


def test_no_page_breaks_its_content_security_policy(demo, chromium, live_server):
    user = get_user_model().objects.create_superuser("csp", "csp@example.org", PASSWORD)
    pages = [*public_pages("en"), add_untranslated_page("en")]
    screens = admin_screens(user)
    walk = Walk(chromium, live_server.url)

    for public_page in pages:
        walk.visit(str(public_page), public_page.url, status=public_page.status)

    walk.visit("login", "/admin/login/")
    walk.page.locator("#id_username").fill("csp")
    walk.page.locator("#id_password").fill(PASSWORD)
    walk.page.locator("form button[type=submit]").click()
    expect(walk.page).to_have_url(f"{live_server.url}/admin/")
    for screen, path in screens:
        walk.visit(screen, path, idle="editor" in screen)
        if screen.startswith("editor: "):  # the live preview, in its frame
            walk.page.locator("[data-side-panel-toggle=preview]").click()
            frame = walk.page.frame_locator("iframe#w-preview-iframe")
            try:
                expect(frame.locator("main#main")).to_be_visible()
            except AssertionError as error:
                raise AssertionError(
                    f"{screen}: no preview\n" + "\n".join(walk.problems)
                ) from error
            walk.page.wait_for_load_state("networkidle")

    walk.context.close()
    assert not walk.problems, "\n".join(walk.problems)
