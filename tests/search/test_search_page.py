"""The public search page: per language, highlighted, paginated, promoted, and unbreakable."""

import pytest
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText
from wagtail.search.models import IndexEntry

from news.models import NewsIndexPage, NewsPage
from search.text import highlight, query_stems
from tests.conftest import running_in_ci
from tests.factories import NewsPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "eu"]


def article(language, body, **fields):
    """A live news article in that language's demo news section, with this body text."""
    index = NewsIndexPage.objects.get(locale__language_code=language)
    return NewsPageFactory(parent=index, body=[("paragraph", RichText(f"<p>{body}</p>"))], **fields)


def results(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response, soup(response)


def result_links(document):
    return [link["href"] for link in document.select(".search-result__title a")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_finds_an_article_by_a_word_of_its_body_in_its_language_only(demo, client, language):
    # The same made-up word in an article of every language: each search finds its own.
    found = {
        code: article(code, f"Partners met in Zorrotzaurrequay ({code}).") for code in LANGUAGES
    }

    _response, document = results(client, language, "zorrotzaurrequay")

    assert result_links(document) == [found[language].url]
    assert all(link.startswith(f"/{language}/") for link in result_links(document))


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_content_is_found_and_never_in_another_language(demo, client, language):
    title = NewsPage.objects.live().filter(locale__language_code=language).first().title
    word = max(title.split(), key=len)

    _response, document = results(client, language, word)

    links = result_links(document)
    assert links, f"nothing found for {word!r} in {language}"
    assert all(link.startswith(f"/{language}/") for link in links)


def test_a_result_shows_its_type_date_and_the_words_found(demo, client):
    page = article(
        "es",
        "Los socios compartieron su experiencia de cooperación con el centro de Derio.",
        title="Encuentro en Derio",
    )

    _response, document = results(client, "es", "cooperación Derio")

    result = next(
        item
        for item in document.select(".search-result")
        if item.select_one("a")["href"] == page.url
    )
    meta = result.select_one(".card__meta").get_text()
    assert "Artículo" in meta or "Noticia" in meta, meta
    assert result.select_one("time")["datetime"] == page.date.isoformat()
    marked = [mark.get_text() for mark in result.select("mark")]
    assert "Derio" in marked and "cooperación" in marked, marked


def test_unpublished_and_private_pages_are_not_found(demo, client):
    draft = article("en", "A draft about Quetzaltenangoplan.")
    draft.unpublish()
    private = article("en", "A members-only note about Quetzaltenangoplan.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    public = article("en", "The public story of Quetzaltenangoplan.")

    _response, document = results(client, "en", "Quetzaltenangoplan")

    assert result_links(document) == [public.url]


def test_results_are_paginated(demo, client):
    for number in range(12):
        article("en", f"Report number {number} from Txorierriforum.")

    _response, first = results(client, "en", "Txorierriforum")
    _response, second = results(client, "en", "Txorierriforum", page=2)
    _response, beyond = results(client, "en", "Txorierriforum", page="999")

    assert len(result_links(first)) == 10
    assert len(result_links(second)) == 2
    assert set(result_links(first)).isdisjoint(result_links(second))
    assert result_links(beyond) == result_links(second)
    assert first.select_one(".pagination a[rel=next]")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   \t  ",
        "x" * 1000,
        "cooperation " * 200,
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "<script>alert('x')</script>",
        "a & b | !c :* ( ) <-> \\",
        "%_%",
        "the",
        "de la",
        "🎓 ✨",
        "\x01\x1b[31m",
    ],
    ids=[
        "empty",
        "whitespace",
        "1000-chars",
        "200-words",
        "sql",
        "sql-quote",
        "html",
        "tsquery",
        "like",
        "stop-word",
        "stop-words",
        "emoji",
        "control-characters",
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_strange_queries_get_a_normal_page(demo, client, language, query):
    response, document = results(client, language, query)

    assert document.select_one("form[role=search] input[name=q]")
    assert "<script>alert" not in response.content.decode()
    assert "\x01" not in response.content.decode()
    assert document.h1.get_text(strip=True)


def test_a_nul_byte_in_the_query_is_harmless(demo, client):
    response = client.get("/en/search/?q=coop%00eration")
    assert response.status_code == 200


def test_a_long_query_is_shortened_and_says_so(demo, client):
    _response, document = results(client, "en", "cooperation " * 50)

    assert document.select_one(".notice")
    kept = document.select_one("input[name=q]")["value"]
    assert 0 < len(kept.split()) < 50


def test_every_page_has_a_search_form_in_its_language(demo, client):
    for language in LANGUAGES:
        document = soup(client.get(f"/{language}/"))
        form = document.select_one("header form[role=search]")
        assert form["action"] == f"/{language}/search/"
        assert document.select_one(f"label[for={form.input['id']}]").get_text(strip=True)


def test_promoted_results_come_first_in_the_readers_language(demo, client):
    english = NewsPage.objects.live().filter(locale__language_code="en").last()
    spanish = english.get_translation(english.locale.__class__.objects.get(language_code="es"))
    query = Query.get("erasmus funding")
    SearchPromotion.objects.create(query=query, page=english, description="Read this first.")
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://erasmus-plus.ec.europa.eu/",
        external_link_text="Erasmus+ programme",
    )

    _response, in_english = results(client, "en", "Erasmus  FUNDING")
    _response, in_spanish = results(client, "es", "erasmus funding")

    english_links = [a["href"] for a in in_english.select(".search-promotions a")]
    spanish_links = [a["href"] for a in in_spanish.select(".search-promotions a")]
    assert english_links == [english.url, "https://erasmus-plus.ec.europa.eu/"]
    assert spanish_links == [spanish.url, "https://erasmus-plus.ec.europa.eu/"]
    assert "Read this first." in in_english.select_one(".search-promotions").get_text()
    # The English description is not shown to Spanish readers; the page's own summary is.
    assert "Read this first." not in in_spanish.select_one(".search-promotions").get_text()


def test_a_promoted_page_without_a_translation_is_left_out(demo, client):
    english_only = article("en", "Only in English.")
    SearchPromotion.objects.create(query=Query.get("english only"), page=english_only)

    _response, document = results(client, "eu", "english only")

    assert not document.select(".search-promotions")


def _postgresql():
    if connection.vendor != "postgresql":
        reason = "Stemming by language needs PostgreSQL (set DATABASE_URL); SQLite does not stem."
        if running_in_ci():
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("es", "cooperación", "Firmamos tres cooperaciones nuevas en Zubizuri."),
        ("es", "formaciones", "La formación dual llega a Zubizuri."),
        ("en", "partnership", "Eight partnerships were renewed in Zubizuri."),
    ],
)
def test_postgresql_stems_each_language_with_its_own_rules(demo, client, language, query, text):
    _postgresql()
    page = article(language, text)

    # Both words must match: the made-up one narrows the results to this article.
    _response, document = results(client, language, f"{query} zubizuri")

    assert result_links(document) == [page.url]


def test_postgresql_indexes_each_page_with_its_languages_configuration(demo):
    _postgresql()
    page = article("es", "Cooperaciones")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="newspage")
    # Spanish stemming turns "cooperaciones" into "cooper"; English would keep "cooperacion".
    assert "'cooper'" in str(entry.body)


def test_the_language_switcher_repeats_the_search_in_each_language(demo, client):
    _response, document = results(client, "es", "cooperación")

    links = {link["hreflang"]: link["href"] for link in document.select(".language-switcher a")}
    assert links == {code: f"/{code}/search/?q=cooperaci%C3%B3n" for code in ("en", "es", "eu")}
    assert document.select_one("meta[name=robots]")["content"].startswith("noindex")


def test_highlighting_marks_only_the_words_searched_for():
    stems = query_stems("in socios cooperación")
    marked = str(highlight("INNOVET is in the social network of socios and cooperaciones.", stems))
    assert marked == (
        "INNOVET is <mark>in</mark> the social network of <mark>socios</mark> and "
        "<mark>cooperaciones</mark>."
    )


def test_a_basque_query_marks_the_words_its_words_begin():
    stems = query_stems("lankidetza", prefix=True)
    assert str(highlight("Lankidetzaren eredua", stems)) == "<mark>Lankidetzaren</mark> eredua"


def test_accents_typed_as_two_characters_search_like_one(demo, client):
    page = article("es", "Nueva cooperación en Zubizuri.")

    _response, composed = results(client, "es", "cooperación zubizuri")
    _response, decomposed = results(client, "es", "cooperacio\u0301n zubizuri")

    assert result_links(decomposed) == result_links(composed) == [page.url]


def test_a_promoted_page_is_not_listed_again_among_the_results(demo, client):
    page = article("en", "The Gernikaforum report.")
    other = article("en", "Another Gernikaforum note.")
    SearchPromotion.objects.create(query=Query.get("gernikaforum"), page=page)

    _response, document = results(client, "en", "Gernikaforum")

    assert [a["href"] for a in document.select(".search-promotions a")] == [page.url]
    assert result_links(document) == [other.url]
    assert "2" not in document.select_one(".results-count").get_text()


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("es", "cooperacion", "Una cooperación nueva en Zubizuri."),
        ("es", "educacion", "La educación dual llega a Zubizuri."),
        ("eu", "lankidetza", "Lankidetzaren eredua Zubizurin aurkeztu dugu."),
    ],
    ids=["unaccented", "unaccented-2", "basque-word-beginning"],
)
def test_postgresql_finds_words_typed_without_accents_or_endings(
    demo, client, language, query, text
):
    _postgresql()
    page = article(language, text)

    _response, document = results(client, language, f"{query} zubizuri")

    assert result_links(document) == [page.url]
