"""What a screen reader or keyboard user depends on in the HTML, on every public page type in
every language: the page's language, one h1 and no skipped heading levels, text alternatives,
names for every link, button and form field, and references that point somewhere.

axe-core checks the rendered pages in Chromium (tests/browser/test_accessibility.py); these
checks are stricter where axe only warns (heading order) or cannot tell (decorative images).
"""

import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup, Comment, NavigableString
from django.template.loader import render_to_string
from django.utils import translation

from tests.html import soup
from tests.public_pages import LANGUAGES, add_untranslated_page, public_pages

pytestmark = pytest.mark.django_db

# Images that only decorate: their meaning is in the text beside them (the site's name, a card's
# or page's title) or they illustrate without informing. Everywhere else an image needs alt
# text; an article's lead image is read through its translated caption, since an image's own
# alt text is written once, in English.
DECORATIVE_IMAGES = (
    ".site-header__brand img",
    ".hero__image img",
    ".card__image img",
    ".card__logo img",
    ".partner__logo img",
    ".publication__cover img",
    ".flagship__cover img",
    # A news article's lead image, where its caption describes it (news.NewsPage.main_image_alt).
    ".article__figure:has(.figure__caption) img",
    # A partner's logo beside its name (components/partner_logo.html without `alt`: asides,
    # author chips).
    ".partner-logo img[alt='']",
)
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def text_of(element):
    """The text a screen reader reads for an element: its text and the alt text of its images,
    leaving out what is aria-hidden."""
    if isinstance(element, Comment):
        return ""
    if isinstance(element, NavigableString):
        return str(element)
    if element.get("aria-hidden") == "true":
        return ""
    if element.name == "img":
        return element.get("alt", "")
    return " ".join(text_of(child) for child in element.children).strip()


def accessible_name(element, document):
    if element.get("aria-labelledby"):
        parts = [document.find(id=ref) for ref in element["aria-labelledby"].split()]
        return " ".join(text_of(part) for part in parts if part).strip()
    if element.get("aria-label", "").strip():
        return element["aria-label"].strip()
    if element.name == "input" and element.get("type") in {"submit", "button", "reset"}:
        return element.get("value", "").strip()
    return " ".join(text_of(element).split()) or element.get("title", "").strip()


def language_problems(document, language):
    problems = []
    if document.html.get("lang") != language:
        problems.append(f'<html lang="{document.html.get("lang")}">, expected "{language}"')
    if not document.title or not document.title.get_text(strip=True):
        problems.append("the page has no <title>")
    for element in document.select("[lang]"):
        if not LANGUAGE_TAG.match(element["lang"]):
            problems.append(f'lang="{element["lang"]}" is not a language tag: {element}')
    return problems


def heading_problems(document):
    headings = document.find_all(re.compile(r"^h[1-6]$"))
    h1s = [h for h in headings if h.name == "h1"]
    problems = []
    if len(h1s) != 1:
        problems.append(f"{len(h1s)} <h1> elements, expected one: {[h.get_text() for h in h1s]}")
    level = 0
    for heading in headings:
        new_level = int(heading.name[1])
        if new_level > level + 1:
            problems.append(
                f"heading level skips from h{level} to {heading.name}: "
                f"{heading.get_text(' ', strip=True)!r}"
            )
        level = new_level
    return problems


def image_problems(document):
    decorative = {id(img) for selector in DECORATIVE_IMAGES for img in document.select(selector)}
    problems = []
    for img in document.find_all("img"):
        if not img.has_attr("alt"):
            problems.append(f"image without an alt attribute: {img}")
        elif not img["alt"].strip() and id(img) not in decorative:
            problems.append(f'content image with alt="": {img} (or list it in DECORATIVE_IMAGES)')
    return problems


def name_and_label_problems(document):
    problems = [
        f"{element.name} without an accessible name: {element}"
        for element in document.select("a[href], button, [role=button]")
        if not accessible_name(element, document)
    ]
    for field in document.select("input, select, textarea"):
        if field.get("type") in {"hidden", "submit", "button", "reset"}:
            continue
        labelled = (
            field.get("aria-label", "").strip()
            or field.get("aria-labelledby")
            or field.find_parent("label")
            or (field.get("id") and document.select_one(f'label[for="{field["id"]}"]'))
        )
        if not labelled:
            problems.append(f"form field without a label: {field}")
    return problems


def reference_problems(document):
    ids = Counter(element["id"] for element in document.select("[id]"))
    problems = [f'id="{value}" is used {count} times' for value, count in ids.items() if count > 1]
    for attribute in ("aria-labelledby", "aria-describedby", "aria-controls"):
        for element in document.select(f"[{attribute}]"):
            for ref in element[attribute].split():
                if ref not in ids:
                    problems.append(f'{attribute}="{ref}" points to no element: {element.name}')
    for link in document.select('a[href^="#"]'):
        target = link["href"][1:]
        if target and target not in ids:
            problems.append(f'link to "#{target}" on the same page finds no element: {link}')
    return problems


def markup_problems(document, language):
    return [
        *language_problems(document, language),
        *heading_problems(document),
        *image_problems(document),
        *name_and_label_problems(document),
        *reference_problems(document),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_is_marked_up_for_assistive_technology(demo, client, language):
    untranslated = add_untranslated_page(language)
    pages = [*public_pages(language), untranslated]
    failures = {}
    for page in pages:
        response = client.get(page.url)
        if response.status_code != page.status:
            failures[page] = [f"status {response.status_code}, expected {page.status}"]
            continue
        document = soup(response)
        problems = markup_problems(document, language)
        if problems:
            failures[page] = problems
        if page == untranslated:
            assert len(document.select(".language-switcher__fallback")) == 2
    report = "\n".join(
        f"{page}\n" + "\n".join(f"  - {problem}" for problem in problems)
        for page, problems in failures.items()
    )
    assert not failures, f"Accessibility problems in the markup ({language}):\n{report}"
    assert len(pages) >= 20


@pytest.mark.parametrize("language", LANGUAGES)
def test_server_error_page_is_marked_up_for_assistive_technology(language):
    with translation.override(language):
        document = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert markup_problems(document, language) == []


def test_the_checks_catch_what_they_look_for():
    """The checks themselves: each broken thing below is reported."""
    document = BeautifulSoup(
        """<html lang="es"><head><title>T</title></head><body>
        <h1>One</h1><h3>Skipped a level</h3><h1>Two</h1>
        <img src="a.png"><figure class="figure"><img src="b.png" alt=""></figure>
        <a href="/x/"></a><a href="/y/"><img src="c.png" alt=""></a><button></button>
        <a href="/z/" aria-label="Named">ok</a><a href="#nowhere">jump</a>
        <label for="q">Search</label><input id="q"><select name="s"></select>
        <p id="dup"></p><p id="dup"></p><nav aria-labelledby="missing"></nav>
        </body></html>""",
        "html.parser",
    )
    problems = "\n".join(markup_problems(document, "en"))
    for expected in [
        '<html lang="es">, expected "en"',
        "2 <h1> elements",
        "heading level skips from h1 to h3",
        'image without an alt attribute: <img src="a.png"/>',
        'content image with alt="": <img alt="" src="b.png"/>',
        'a without an accessible name: <a href="/x/"></a>',
        'a without an accessible name: <a href="/y/">',
        "button without an accessible name",
        'link to "#nowhere"',
        'form field without a label: <select name="s">',
        'id="dup" is used 2 times',
        'aria-labelledby="missing" points to no element',
    ]:
        assert expected in problems
    assert "Named" not in problems
    assert 'id="q"' not in problems
