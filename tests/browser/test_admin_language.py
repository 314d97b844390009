"""Translators and editors work in their own language on every admin screen of their path.

One Chromium, one live server, one demo load: Spanish and Basque translators and editors whose
admin language is Basque and Spanish sign in once each and walk their screens (dashboard,
explorer, page and translation editors, start and sync translation, PO upload, reports,
workflow, account). Every visible text is classified against the gettext catalogues the way a
reviewer would read it:

- in the user's language: it is the translation of a catalogue entry in that language;
- English interface: it is an English msgid (or a known piece of English UI text that
  upstream writes without gettext: dates, "English" inside a sentence, "57 Pages");
- content (page titles, segments, user names...): neither, and not counted.

Each screen's coverage is printed (`pytest -s`, or the terminal summary on failure); any
English interface string fails the test.
"""

import io
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from tests.workflow.admin_screens import fresh_catalog

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.demo_apps("news"),
]

PASSWORD = "aurrera-2026"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "admin-language"
PLACEHOLDER = re.compile(r"%\([a-zA-Z_0-9]+\)[sdif]|%[sdif]|\{[a-zA-Z_0-9]*\}|<[^>]+>")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# English UI text that upstream writes without gettext, so no catalogue lists it.
KNOWN_ENGLISH = [
    re.compile(rf"\b\d{{1,2}} ({MONTHS}) \d{{4}}\b"),  # strftime("%d %B %Y")
    re.compile(rf"\b({MONTHS}) \d{{1,2}}, \d{{4}}\b"),
    re.compile(r"^\d+ (Pages?|Items?|Results?)$"),
    re.compile(r"\bEnglish\b.*\S|\S.*\bEnglish\b"),  # "English" inside a sentence
    re.compile(r"^\S+ to \S+ translation$"),  # wagtail-localize's editor, in its JavaScript
    re.compile(r"\bNone$"),  # Python's None where a name was missing
]
# A language named on its own (a locale picker, a column of languages) is neither.
LANGUAGE_NAMES = {"English", "Español", "Euskara"}
# Lower case then upper case with no space between: "Publicar enEspañol".
JOINED_WORDS = re.compile(r"\b(en|con|with|in|to|a)([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")

COLLECT_TEXT = """() => {
  const skip = 'script, style, template, noscript, [contenteditable], .Draftail-Editor, '
    + '[data-w-zone-target], .w-field__input .tagit';
  const own = document.documentElement.lang;
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.replace(/\\s+/g, ' ').trim();
    const element = node.parentElement;
    if (!text || !element || element.closest(skip)) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const marked = element.closest('[lang]');
    if (marked && marked.lang && marked.lang !== own) continue;  // content in another language
    found.push(text);
  }
  for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (input.placeholder.trim() && input.checkVisibility()) found.push(input.placeholder.trim());
  }
  const labels = [];
  for (const control of document.querySelectorAll('button, a, [role=button], label, h1, h2')) {
    if (control.checkVisibility()) labels.push(control.innerText.replace(/\\s+/g, ' ').trim());
  }
  return { texts: found, labels };
}"""


@dataclass
class Fragments:
    """Strings of a language: whole texts, and patterns for those with placeholders."""

    exact: set = field(default_factory=set)
    patterns: list = field(default_factory=list)  # (longest literal, compiled regex)

    def add(self, text):
        text = " ".join(str(text).split())
        if not any(character.isalpha() for character in text):
            return
        if not PLACEHOLDER.search(text):
            self.exact.add(text)
            return
        literals = [part.strip() for part in PLACEHOLDER.split(text)]
        for literal in literals:  # templates split a message around its tags
            if sum(character.isalpha() for character in literal) >= 3:
                self.exact.add(literal)
        if sum(character.isalpha() for literal in literals for character in literal) < 3:
            return
        regex = ".*?".join(re.escape(part) for part in PLACEHOLDER.split(text))
        longest = max(literals, key=len)
        self.patterns.append((longest, re.compile(regex.strip())))

    def __contains__(self, text):
        if text in self.exact:
            return True
        return any(longest in text and regex.fullmatch(text) for longest, regex in self.patterns)


@cache
def english_strings():
    """Every msgid of the installed apps' English catalogues and of the project's."""
    found = Fragments()
    folders = [Path(app.path) / "locale" / "en" / "LC_MESSAGES" for app in apps.get_app_configs()]
    import django

    folders.append(Path(django.__file__).parent / "conf" / "locale" / "en" / "LC_MESSAGES")
    catalogues = [path for folder in folders for path in folder.glob("*.po")]
    catalogues += Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/*.po")
    for path in catalogues:
        for entry in polib.pofile(str(path)):
            found.add(entry.msgid)
            if entry.msgid_plural:
                found.add(entry.msgid_plural)
    return found


@cache
def translated_strings(language_code):
    """Every translation Django and the admin's JavaScript use in this language."""
    found = Fragments()
    for domain in ("django", "djangojs"):
        for key, text in fresh_catalog(language_code, domain).items():
            msgid = key[0] if isinstance(key, tuple) else key
            if text and text != msgid.split("\x04")[-1]:
                found.add(text)
    return found


def content_strings():
    """What editors wrote, not the interface: titles, segments, names."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Task, Workflow
    from wagtail.snippets.models import get_snippet_models
    from wagtail_localize.models import String, StringTranslation

    found = set(LANGUAGE_NAMES)
    for page in Page.objects.all():
        found.update({page.title, page.draft_title})
    for model in [*get_snippet_models(), get_image_model(), get_document_model(), Collection]:
        found.update(str(item) for item in model.objects.all())
    found.update(String.objects.values_list("data", flat=True))
    found.update(StringTranslation.objects.values_list("data", flat=True))
    for user in get_user_model().objects.all():
        found.update({user.username, user.get_full_name(), user.email})
    found.update(Group.objects.values_list("name", flat=True))
    found.update(Workflow.objects.values_list("name", flat=True))
    found.update(Task.objects.values_list("name", flat=True))
    return {" ".join(str(text).split()) for text in found if text}


@dataclass
class Screen:
    user: str
    name: str
    translated: set = field(default_factory=set)
    english: set = field(default_factory=set)
    other: set = field(default_factory=set)  # content, or text no catalogue knows

    @property
    def coverage(self):
        total = len(self.translated) + len(self.english)
        return 100.0 * len(self.translated) / total if total else 100.0


def readings(text):
    """The ways a reviewer reads a text against the catalogues: as it is; without a
    required-field star or a trailing colon; without a leading count ("23 Images"); the
    heading before a colon ("Exploring: Home"); with a lower-case first letter, since Django
    capitalises field names ("contrast")."""
    found = [text]
    bare = text.rstrip("*:… ").strip()
    found.append(bare)
    counted = re.match(r"^[\d.,]+\s+(\D.*)$", bare)
    if counted:
        found.append(counted.group(1))
    if ": " in bare:
        found.append(bare.split(": ", 1)[0])
    found += [reading[:1].lower() + reading[1:] for reading in found]
    return [reading for reading in found if reading]


def classify(screen, collected, language_code, content):
    ours, english = translated_strings(language_code), english_strings()
    for text in set(collected["texts"]):
        if text in content or text.strip("«»\"'“”‘’:()") in content:
            continue
        if any(pattern.search(text) for pattern in KNOWN_ENGLISH):
            screen.english.add(text)
        elif text in ours:
            screen.translated.add(text)
        elif text in english:
            screen.english.add(text)
        elif any(reading in ours for reading in readings(text)[1:]):
            screen.translated.add(text)
        elif any(reading in english for reading in readings(text)[1:]):
            screen.english.add(text)
        else:
            screen.other.add(text)
    for label in collected["labels"]:
        if JOINED_WORDS.search(label) and label not in content:
            screen.english.add(f"missing space: {label}")


class Walk:
    """One signed-in user's tour, screen by screen."""

    def __init__(self, browser, live_server, username, language_code, results):
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, locale=language_code
        )
        self.page = self.context.new_page()
        self.url = live_server.url
        self.username = username
        self.language_code = language_code
        self.results = results
        self.content = None

    def record(self, name):
        # Editors render in JavaScript after the page has loaded: wait until they are done.
        self.page.wait_for_load_state("networkidle" if "editor" in name else "load")
        screen = Screen(self.username, name)
        if os.environ.get("ADMIN_LANGUAGE_DETAILS"):
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            slug = re.sub(r"[^a-z0-9]+", "-", f"{self.username} {name}")
            self.page.screenshot(path=str(ARTIFACTS / f"{slug}.png"), full_page=True)
        if self.content is None:  # what editors wrote, read once per user
            self.content = content_strings()
        classify(screen, self.page.evaluate(COLLECT_TEXT), self.language_code, self.content)
        self.results.append(screen)
        return screen

    def visit(self, name, path):
        response = self.page.goto(f"{self.url}{path}")
        assert response.status < 500, (self.username, name, path, response.status)
        return self.record(name)

    def log_in(self):
        self.page.goto(f"{self.url}/admin/login/")
        self.record("login")
        self.page.locator("#id_username").fill(self.username)
        self.page.locator("#id_password").fill(PASSWORD)
        self.page.locator("form button[type=submit]").click()
        expect(self.page).to_have_url(f"{self.url}/admin/")
        expect(self.page.locator("html")).to_have_attribute("lang", self.language_code)
        self.record("dashboard")

    def close(self):
        self.context.close()


def demo_user(username, group_name, language_code):
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org"}
    )
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    return user


def new_english_article():
    """An English article published after the demo: nobody has translated it yet."""
    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    article = NewsPage(
        title="Apprentices from Bizkaia visit Medellín",
        slug="apprentices-bizkaia-medellin",
        standfirst="Six apprentices spent two weeks in a Colombian training centre.",
        body=[("paragraph", RichText("<p>They worked on renewable energy installations.</p>"))],
    )
    index.add_child(instance=article)
    article.save_revision().publish()
    return article


def translator_walk(walk, english_article):
    from wagtail_localize.models import Translation, TranslationSource

    from news.models import NewsPage
    from taxonomy.models import Topic

    code = walk.language_code
    locale = Locale.objects.get(language_code=code)
    page = walk.page
    home = Page.objects.get(depth=2, locale=locale)
    article = NewsPage.objects.filter(locale=locale, live=True).first()
    news_index = article.get_parent()
    original = article.get_translation(Locale.get_default())
    source = TranslationSource.objects.get_for_instance(original)
    translation = Translation.objects.get(source=source, target_locale=locale)

    walk.visit("explorer", f"/admin/pages/{home.pk}/")
    walk.visit("explorer: news", f"/admin/pages/{news_index.pk}/")
    walk.visit("search", f"/admin/pages/search/?q={article.title.split()[0]}")
    walk.visit("translation editor: page", f"/admin/pages/{article.pk}/edit/")
    page.locator(".js-translation-editor").get_by_role("button").last.wait_for()
    # The PO file, downloaded and uploaded back.
    po = page.request.get(f"{walk.url}/admin/localize/translate/{translation.pk}/pofile/download/")
    upload = {"name": "translation.po", "mimeType": "text/x-gettext", "buffer": po.body()}
    with page.expect_navigation():
        page.locator(".js-translation-editor input[type=file]").first.set_input_files(upload)
    expect(page.locator(".messages")).to_be_visible()
    walk.record("translation editor: PO uploaded")
    with page.expect_navigation():
        page.locator(".js-translation-editor footer button[type=submit]").first.click()
    expect(page.locator(".messages")).to_be_visible()
    walk.record("translation editor: published")
    walk.visit("history", f"/admin/pages/{article.pk}/history/")
    walk.visit("start translation", f"/admin/localize/submit/page/{english_article.pk}/")
    walk.visit("sync translations", f"/admin/localize/update/{source.pk}/")
    walk.visit("snippets", "/admin/snippets/")
    walk.visit("snippets: topics", f"/admin/snippets/taxonomy/topic/?locale={code}")
    topic = Topic.objects.filter(locale=locale).first()
    walk.visit("translation editor: snippet", f"/admin/snippets/taxonomy/topic/edit/{topic.pk}/")
    walk.visit("translation status", "/admin/reports/translation-status/")
    walk.visit("refused: English page", f"/admin/pages/{original.pk}/edit/")
    walk.visit("account", "/admin/account/")


def editor_walk(walk, english_article):
    from wagtail_localize.models import TranslationSource

    from news.models import NewsPage

    page = walk.page
    home = Page.objects.get(depth=2, locale__language_code="en")
    article = NewsPage.objects.filter(locale__language_code="en", live=True).first()
    source = TranslationSource.objects.get_for_instance(article)
    walk.visit("explorer", f"/admin/pages/{home.pk}/")
    walk.visit("explorer: news", f"/admin/pages/{article.get_parent().pk}/")
    walk.visit("search", "/admin/pages/search/?q=apprentices")
    walk.visit("page editor", f"/admin/pages/{article.pk}/edit/")
    page.locator("header [data-w-dropdown-target=toggle]").first.click()
    walk.record("page editor: header actions")  # "Translate this page", "Sync translated pages"
    page.keyboard.press("Escape")
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    walk.record("page editor: more actions")
    walk.visit("add child page", f"/admin/pages/{article.get_parent().pk}/add_subpage/")
    walk.visit("page editor: new article", f"/admin/pages/{english_article.pk}/edit/")
    walk.visit("start translation", f"/admin/localize/submit/page/{english_article.pk}/")
    walk.visit("sync translations", f"/admin/localize/update/{source.pk}/")
    walk.visit("history", f"/admin/pages/{article.pk}/history/")
    if english_article.workflow_in_progress:  # the first editor submitted it
        walk.visit("review: in moderation", f"/admin/pages/{english_article.pk}/edit/")
    else:  # The "Review" workflow: the new article goes to the moderators.
        walk.visit("page editor: new article", f"/admin/pages/{english_article.pk}/edit/")
        page.locator("footer [data-w-dropdown-target=toggle]").first.click()
        with page.expect_navigation():
            page.locator("footer button[name=action-submit]").click()
        expect(page.locator(".messages")).to_be_visible()
        walk.record("review: submitted")
    walk.visit("review: workflow history", f"/admin/pages/{english_article.pk}/workflow_history/")
    walk.visit("review: dashboard", "/admin/")
    for report in ("translation-status", "workflow", "workflow_tasks", "site-history", "locked"):
        walk.visit(f"report: {report}", f"/admin/reports/{report}/")
    walk.visit("snippets", "/admin/snippets/")
    walk.visit("images", "/admin/images/")
    walk.visit("account", "/admin/account/")


def coverage_table(results):
    lines = [f"{'user':<15} {'screen':<34} {'in language':>11} {'English':>7} {'coverage':>9}"]
    for screen in results:
        lines.append(
            f"{screen.user:<15} {screen.name:<34} {len(screen.translated):>11} "
            f"{len(screen.english):>7} {screen.coverage:>8.0f}%"
        )
    return "\n".join(lines)


def test_translators_and_editors_work_in_their_language(demo, chromium, live_server, capsys):
    from django.core.management import call_command

    from workflow.roles import EDITORS, translators_group_name

    call_command("setup_roles", stdout=io.StringIO())
    english_article = new_english_article()
    users = [
        ("translator-es", "es", translators_group_name("es")),
        ("translator-eu", "eu", translators_group_name("eu")),
        ("editor-eu", "eu", EDITORS),
        ("editor-es", "es", EDITORS),
    ]
    results = []
    try:
        for username, code, group_name in users:
            demo_user(username, group_name, code)
            walk = Walk(chromium, live_server, username, code, results)
            walk.log_in()
            if group_name == EDITORS:
                editor_walk(walk, english_article)
            else:
                translator_walk(walk, english_article)
            walk.close()
    finally:
        with capsys.disabled():
            print("\n" + coverage_table(results))
            if os.environ.get("ADMIN_LANGUAGE_DETAILS"):
                for screen in results:
                    print(f"\n## {screen.user}: {screen.name}")
                    print("  English:", sorted(screen.english))
                    print("  other:", sorted(screen.other))
    english = {
        f"{screen.user}: {screen.name}": sorted(screen.english)
        for screen in results
        if screen.english
    }
    assert english == {}
