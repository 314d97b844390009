"""Security headers on every kind of response (issue 15; core/security_headers.py; "Response
headers" in docs/security.md): the public policy without inline code or nonce, the admin's
policy, frames denied except the admin's preview, documents sandboxed, and a stored page
served with the headers of a fresh one."""

import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from publications.models import ResourceDocument
from tests.public_pages import LANGUAGES, public_pages
from tests.test_settings_safety import documented_environment

pytestmark = pytest.mark.django_db

# The headers every response carries, whatever its kind.
COMMON = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
DOCUMENT_CSP = "default-src 'none'; sandbox"
# Inline code the public policy would block: <script> other than JSON-LD data, <style>, style=""
# and event-handler attributes, javascript: links.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\btype=\"application/ld\+json\")[^>]*>\s*[^<\s]")
INLINE_CODE = re.compile(r"<style\b|\sstyle=|\son[a-z]+=|javascript:", re.IGNORECASE)


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_common(response):
    for name, value in COMMON.items():
        assert response.get(name) == value, (name, response.get(name))
    policy = response.get("Permissions-Policy", "")
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy, policy


def assert_public_policy(response):
    assert_common(response)
    csp = directives(response)
    assert csp["default-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    for directive in ("script-src", "style-src"):
        assert csp[directive] == ["'self'"], (directive, csp[directive])
    assert "nonce-" not in response["Content-Security-Policy"]


def test_public_pages_get_the_strict_policy_and_have_no_inline_code(demo, client):
    for language in LANGUAGES:
        for page in public_pages(language):
            response = client.get(page.url)
            assert response.status_code == page.status, page
            assert_public_policy(response)
            assert response["X-Frame-Options"] == "DENY", page
            html = response.content.decode()
            assert not INLINE_SCRIPT.search(html), (page, INLINE_SCRIPT.search(html))
            assert not INLINE_CODE.search(html), (page, INLINE_CODE.search(html))


def test_a_stored_page_is_served_with_the_headers_of_a_fresh_one(demo, client):
    miss = client.get("/en/")
    hit = client.get("/en/")
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    for name in [*COMMON, "Content-Security-Policy", "Permissions-Policy", "X-Frame-Options"]:
        assert hit[name] == miss[name], name


@pytest.mark.parametrize(
    "url", ["/en/no-such-page/", "/en/news/feed/rss/", "/sitemap.xml", "/robots.txt"]
)
def test_404_feeds_and_sitemaps_get_the_public_policy(demo, client, url):
    response = client.get(url)
    assert response.status_code == (404 if "no-such" in url else 200)
    assert_public_policy(response)


def test_static_files_get_the_public_policy(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert_public_policy(response)


def test_documents_are_sandboxed(client):
    document = ResourceDocument(title="Report")
    document.file.save("report.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
    document._set_document_file_metadata()
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert_common(response)


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("headers", "headers@example.org", "pw")
    client.force_login(user)
    return client


def test_the_admin_gets_its_own_policy_and_is_never_framed(editor):
    response = editor.get("/admin/")
    assert response.status_code == 200
    assert_common(response)
    csp = directives(response)
    admin = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
    assert csp["script-src"] == admin["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_preview_may_be_framed_by_the_admin_only(demo, editor):
    # Without a form posted first, the preview view answers its "preview not available" page.
    response = editor.get(f"/admin/pages/{demo.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_a_page_shown_in_the_admin_gets_the_policy_of_its_readers(demo, editor):
    """Wagtail renders a revision (and the preview) through the middleware again with the page's
    public address: the page keeps the public policy, under the admin's address too."""
    revision = demo.save_revision()
    response = editor.get(f"/admin/pages/{demo.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert_public_policy(response)


def production(**environ):
    """Settings of config.settings.production under the documented environment, read in a new
    process."""
    code = (
        "import json, config.settings.production as s; print(json.dumps([s.SECURE_HSTS_SECONDS,"
        " s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD, s.X_FRAME_OPTIONS]))"
    )
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=documented_environment(**environ),
        capture_output=True,
        text=True,
    )
    assert output.returncode == 0, output.stderr
    return output.stdout.strip().splitlines()[-1]


def test_hsts_preload_is_on_in_production_unless_turned_off():
    assert production() == '[31536000, true, true, "DENY"]'
    assert production(HSTS_PRELOAD="false") == '[31536000, true, false, "DENY"]'


def test_deploy_check_has_nothing_to_say_about_headers():
    env = documented_environment()
    output = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    report = output.stdout + output.stderr
    for check in ("security.W004", "security.W005", "security.W019", "security.W021"):
        assert check not in report, report
