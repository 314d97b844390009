"""The demo accessibility statement: the sections that the Web Accessibility Directive
(EU) 2016/2102 and its model statement (Implementing Decision (EU) 2018/1523) require, in
English, Spanish and Basque."""

import pytest

from core.models import SiteFooter, StandardPage
from tests.html import soup

pytestmark = pytest.mark.django_db

SLUGS = {"en": "accessibility", "es": "accesibilidad", "eu": "irisgarritasuna"}

# The model statement's sections, in its order, with their subsections (h3).
SECTIONS = {
    "en": [
        ("Compliance status", []),
        (
            "Non-accessible content",
            [
                "Non-compliance with the accessibility requirements",
                "Disproportionate burden",
                "Content outside the scope",
            ],
        ),
        ("Preparation of this statement", []),
        ("Feedback and contact", []),
        ("Enforcement procedure", []),
    ],
    "es": [
        ("Situación de cumplimiento", []),
        (
            "Contenido no accesible",
            [
                "Falta de conformidad con los requisitos de accesibilidad",
                "Carga desproporcionada",
                "Contenido fuera del ámbito de aplicación",
            ],
        ),
        ("Preparación de esta declaración", []),
        ("Observaciones y datos de contacto", []),
        ("Procedimiento de aplicación", []),
    ],
    "eu": [
        ("Betetze-egoera", []),
        (
            "Eduki ez-irisgarria",
            [
                "Irisgarritasun-eskakizunak ez betetzea",
                "Neurriz kanpoko zama",
                "Aplikazio-eremutik kanpoko edukia",
            ],
        ),
        ("Adierazpen hau prestatzea", []),
        ("Iruzkinak eta harremanetarako datuak", []),
        ("Betearazpen-prozedura", []),
    ],
}

PREPARED_ON = {
    "en": "prepared on 24 November 2026",
    "es": "se preparó el 24 de noviembre de 2026",
    "eu": "2026ko azaroaren 24an prestatu zen",
}

REPLY_TIME = {
    "en": "within 20 working days",
    "es": "20 días hábiles",
    "eu": "20 laneguneko epean",
}

LANGUAGES = list(SLUGS)


def statement(language):
    return StandardPage.objects.get(locale__language_code=language, slug=SLUGS[language])


def article(client, language):
    response = client.get(statement(language).url)
    assert response.status_code == 200
    return soup(response).select_one("article.page")


def outline(document):
    """[(h2 text, [h3 texts under it])] of the page body, in order."""
    sections = []
    for heading in document.select("h2, h3"):
        if heading.name == "h2":
            sections.append((heading.get_text(strip=True), []))
        else:
            assert sections, f"h3 {heading.get_text()!r} before any h2"
            sections[-1][1].append(heading.get_text(strip=True))
    return sections


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_is_published_in_every_language(demo, language):
    page = statement(language)
    assert page.live
    assert page.url == f"/{language}/{SLUGS[language]}/"
    english = statement("en")
    assert page.translation_key == english.translation_key


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_links_to_the_statement_in_its_language(demo, client, language):
    document = soup(client.get(f"/{language}/"))
    links = [a["href"] for a in document.select(".site-footer__links a")]
    assert statement(language).url in links


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_has_the_directives_sections_in_order(demo, client, language):
    # The body's sections, not the sidebar's "On this page" that lists them.
    assert outline(article(client, language).select_one(".page-layout__main")) == SECTIONS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_headings_never_skip_a_level(demo, client, language):
    levels = [int(h.name[1]) for h in article(client, language).select("h1, h2, h3, h4, h5, h6")]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_gives_its_date_contact_and_reply_time(demo, client, language):
    text = " ".join(article(client, language).get_text(" ").split())
    assert PREPARED_ON[language] in text
    footer = SiteFooter.objects.get(locale__language_code=language)
    assert footer.email
    assert footer.email in text
    assert REPLY_TIME[language] in text
    assert "WCAG" in text and "EN 301 549" in text
    assert "23" in text and "2018" in text  # the scope's cut-off date for office files


def test_statement_is_in_its_own_language(demo):
    spanish, basque = str(statement("es").body), str(statement("eu").body)
    assert "parcialmente conforme" in spanish
    assert "partzialki dator bat" in basque
    assert "partially compliant" not in spanish + basque
