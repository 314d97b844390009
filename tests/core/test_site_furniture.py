"""Header menu, footer, meta tags and error pages in the reader's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from core.models import SiteFooter, StandardPage
from home.models import HomePage
from tests.factories import StandardPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def test_main_menu_lists_the_current_languages_menu_pages(demo, client, locales):
    spanish_home = demo.get_translation(locales["es"])
    StandardPageFactory(parent=demo, title="Hidden page", show_in_menus=False)
    document = soup(client.get("/es/"))
    links = [(a.get_text(strip=True), a["href"]) for a in document.select(".main-menu a")]
    assert links == [
        ("Inicio", "/es/"),
        ("Sobre el proyecto", "/es/sobre-el-proyecto/"),
        ("Socios", "/es/socios/"),
        ("Noticias", "/es/noticias/"),
        ("Eventos", "/es/eventos/"),
        ("Recursos", "/es/recursos/"),
    ]
    # Privacy and accessibility are linked from the footer, not the menu.
    assert spanish_home.get_children().live().count() == 7


def test_main_menu_marks_the_current_section(demo, client):
    document = soup(client.get("/en/about/"))
    assert [a["href"] for a in document.select(".main-menu a[aria-current]")] == ["/en/about/"]


def test_footer_is_in_the_readers_language(demo, client):
    for prefix, organisation, disclaimer, funded in [
        ("/en/", "INNOVET LATAM consortium", "Co-funded by the European Union. Views", "Co-funded"),
        (
            "/es/",
            "Consorcio INNOVET LATAM",
            "Cofinanciado por la Unión Europea. Las",
            "Cofinanciado",
        ),
        ("/eu/", "INNOVET LATAM partzuergoa", "Europar Batasunak kofinantzatua. Hala", "Europar"),
    ]:
        footer = soup(client.get(prefix)).select_one(".site-footer")
        assert organisation in footer.select_one(".site-footer__organisation").get_text()
        assert footer.select_one(".site-footer__disclaimer").get_text().startswith(disclaimer)
        assert footer.select_one(".eu-emblem__text").get_text().startswith(funded)
        assert footer.select_one(".eu-emblem img")["alt"]
        links = [a["href"] for a in footer.select(".site-footer__links a")]
        assert len(links) == 2 and all(link.startswith(prefix) for link in links)


def test_footer_falls_back_to_english_when_not_translated(demo, client, locales):
    SiteFooter.objects.filter(locale=locales["eu"]).delete()
    footer = soup(client.get("/eu/")).select_one(".site-footer")
    assert "INNOVET LATAM consortium" in footer.get_text()


def test_page_without_footer_still_renders(demo, client):
    SiteFooter.objects.all().delete()
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Co-funded by the European Union" in response.content.decode()


def test_meta_description_falls_back_to_the_introduction(demo, client):
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    document = soup(client.get(about.url))
    description = document.select_one('meta[name="description"]')["content"]
    assert about.introduction.startswith(description.removesuffix("…"))
    assert len(description) > 100
    about.search_description = "A custom description."
    about.save_revision().publish()
    document = soup(client.get(about.url))
    assert document.select_one('meta[name="description"]')["content"] == "A custom description."


def test_home_page_shares_its_hero_image(demo, client):
    document = soup(client.get("/es/"))
    image = document.select_one('meta[property="og:image"]')["content"]
    assert image.startswith("http://testserver/media/images/")
    assert document.select_one('meta[property="og:locale"]')["content"] == "es_ES"
    assert client.get(image.removeprefix("http://testserver")).status_code == 200


def test_flagship_teaser_links_in_the_readers_language(demo, client):
    document = soup(client.get("/eu/"))
    assert document.select_one(".flagship a")["href"] == "/eu/baliabideak/2-way-lankidetza-eredua/"


def test_home_sections_without_content_render_nothing(home, client):
    assert list(home.get_latest_news()) == []
    assert list(home.get_partners()) == []
    document = soup(client.get("/en/"))
    assert document.select_one(".hero h1").get_text() == home.title
    assert document.select(".latest-news") == []
    assert document.select(".partner-strip") == []
    assert document.select(".flagship") == []


def test_server_error_page_is_translated(demo, client, monkeypatch):
    def broken(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/es/")
    assert response.status_code == 500
    document = soup(response)
    assert document.html["lang"] == "es"
    with translation.override("es"):
        expected = translation.gettext("Something went wrong")
    assert expected != "Something went wrong"
    assert document.h1.get_text(strip=True) == expected


def test_no_inline_scripts_or_styles(demo, client):
    for page in Page.objects.live().filter(depth__gt=1):
        document = soup(client.get(page.get_url()))
        assert not document.select("[style]"), page.url
        # Scripts are files of the site's own (static/js/), never inline code.
        scripts = [s for s in document.select("script") if s.get("type") != "application/ld+json"]
        assert all(s.get("src", "").startswith("/static/js/") and not s.string for s in scripts)
        assert not document.select("style")


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_page_queries_do_not_grow_with_menu_and_footer_links(
    demo, client, django_assert_max_num_queries
):
    before = _queries_for(client, "/en/about/")
    footer = SiteFooter.objects.get(locale__language_code="en")
    for number in range(10):
        page = StandardPageFactory(parent=demo, title=f"Menu page {number}", show_in_menus=True)
        footer.links.append(("page", page))
    footer.save()
    with django_assert_max_num_queries(before):
        response = client.get("/en/about/")
    html = response.content.decode()
    assert "Menu page 9" in html
    # In the menu, in the footer and in the page's "See also" (the pages of its section).
    assert html.count("Menu page 9") == 3


def test_long_summaries_become_meta_descriptions_cut_at_a_word(demo, client, locales):
    from core.models.pages import META_DESCRIPTION_LENGTH

    document = soup(client.get("/en/"))
    description = document.select_one('meta[name="description"]')["content"]
    assert len(description) <= META_DESCRIPTION_LENGTH
    assert description.endswith("…")
    assert demo.hero_introduction.startswith(description.removesuffix("…"))
    assert demo.hero_introduction[len(description) - 1] in " ,;:."  # cut between words
