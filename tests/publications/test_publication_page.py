"""The flagship publication page (issue 17): its cover, title, authors, downloads, citation and
licence, in every language; and the library's filter form."""

import pytest

from publications.models import PublicationPage, ResourceIndexPage, licence_url
from publications.templatetags.publication_tags import keep_hyphenated
from tests.factories import ImageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "eu"]


def publication(language):
    return PublicationPage.objects.get(locale__language_code=language)


def page_of(client, language):
    return soup(client.get(publication(language).url))


@pytest.mark.parametrize("language", LANGUAGES)
def test_downloads_start_with_the_readers_language_then_the_others(demo, client, language):
    document = page_of(client, language)
    panel = document.select_one(".download-panel")
    links = panel.select("a")
    assert links[0]["hreflang"] == language
    assert "download--first" in links[0]["class"]
    assert not any("download--first" in link["class"] for link in links[1:])
    # The others follow, under their own label, in the site's order of languages.
    others = [link["hreflang"] for link in links[1:]]
    assert others == [code for code in LANGUAGES if code != language]
    assert panel.select_one(".download-panel__others")
    # The header offers the same first file, and the way to the others.
    header = document.select_one(".publication-hero__actions")
    assert header.select_one(".publication-hero__download")["href"] == links[0]["href"]
    assert header.select_one('a[href="#downloads-title"]')
    for link in links:
        assert link.select_one(".download__language")["lang"] == link["hreflang"]
        meta = link.select_one(".download__meta").get_text(" ", strip=True)
        assert meta.startswith("PDF ·") and ("KB" in meta or "bytes" in meta)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_title_never_breaks_inside_a_hyphenated_word(demo, client, language):
    h1 = page_of(client, language).h1
    assert h1.get_text() == publication(language).title  # read and copied as written
    assert [span.get_text() for span in h1.select(".nobreak")] == ["2-WAY"]


def test_keep_hyphenated_escapes_and_leaves_long_words_free():
    wrapped = '&lt;b&gt;<span class="nobreak">2-WAY</span>&lt;/b&gt;'
    assert keep_hyphenated("<b>2-WAY</b>") == wrapped
    assert keep_hyphenated("lanbide-heziketarako eredua") == "lanbide-heziketarako eredua"
    assert keep_hyphenated("e-learning & co-design") == (
        '<span class="nobreak">e-learning</span> &amp; <span class="nobreak">co-design</span>'
    )


def test_the_cover_is_a_whole_rendition_of_the_image(demo, client):
    page = publication("en")
    assert page.cover_image is not None
    # A cover of its own: the demo's file may be gone with an earlier session's media folder.
    page.cover_image = ImageFactory(width=900, height=1270)
    page.save_revision().publish()
    cover = page_of(client, "en").select_one(".publication-hero__cover")
    img = cover.select_one("img")
    assert img["alt"] == ""  # the title beside it says it all
    sources = " ".join([img["src"], *(s["srcset"] for s in cover.select("source"))])
    assert ".max-" in sources and ".fill-" not in sources  # never cropped
    assert not cover.select_one(".title-cover")


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_an_image_the_cover_is_drawn_from_the_title(demo, client, language):
    page = publication(language)
    page.cover_image = None
    page.save_revision().publish()
    cover = page_of(client, language).select_one(".publication-hero__cover")
    assert not cover.select("img")
    drawn = cover.select_one(".title-cover")
    assert drawn["aria-hidden"] == "true"  # the H1 already says it
    assert drawn.select_one(".title-cover__title").get_text() == page.title
    assert drawn.select_one(".title-cover__year").get_text() == str(page.date.year)
    assert not cover.select("[style]")  # the CSP allows no inline style


@pytest.mark.parametrize("language", LANGUAGES)
def test_authors_are_partner_chips_with_a_logo_or_monogram(demo, client, language):
    page = publication(language)
    chips = page_of(client, language).select(".author-chips .author-chip")
    authors = page.authors
    assert len(chips) == len(authors) == 8
    for chip, author in zip(chips, authors, strict=True):
        assert chip["href"] == author.url
        assert chip.select_one(".author-chip__name").get_text() == author.title
        assert chip.select_one(".partner-logo")


@pytest.mark.parametrize("language", LANGUAGES)
def test_how_to_cite_and_the_licence(demo, client, language):
    page = publication(language)
    document = page_of(client, language)
    citation = document.select_one("#how-to-cite #citation-text")
    assert citation.get_text() == page.how_to_cite
    copy = document.select_one(".citation-box")
    assert copy["data-copy-label"] and copy["data-copied-label"]  # the script's button
    licence = document.select_one('#how-to-cite a[rel="license"]')
    assert licence.get_text() == page.licence == "CC BY 4.0"
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"
    toc = [a["href"] for a in document.select(".publication-toc a")]
    assert toc[-1] == "#how-to-cite"


def test_an_unknown_licence_is_named_without_a_link(demo, client):
    page = publication("en")
    page.licence = "All rights reserved"
    page.how_to_cite = ""
    page.save_revision().publish()
    document = page_of(client, "en")
    facts = document.select_one("#how-to-cite .facts")
    assert "All rights reserved" in facts.get_text()
    assert not facts.select('a[rel="license"]')
    assert not document.select(".citation-box")
    # Without a citation the section is the licence's.
    assert document.select_one("#how-to-cite-title").get_text() == "Licence"
    assert document.select_one('.publication-toc a[href="#how-to-cite"]').get_text() == "Licence"


@pytest.mark.parametrize(
    ("licence", "url"),
    [
        ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ("cc-by-nc-nd-4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
        ("CC BY-NC 3.0", "https://creativecommons.org/licenses/by-nc/3.0/"),
        ("CC0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("All rights reserved", ""),
        ("CC BY-XX 4.0", ""),
        ("", ""),
    ],
)
def test_licence_url(licence, url):
    assert licence_url(licence) == url


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_filter_form_submits_to_the_page_itself(demo, client, language):
    index = ResourceIndexPage.objects.get(locale__language_code=language)
    form = soup(client.get(index.url)).select_one("form.filters")
    assert form["method"] == "get"
    assert not form.has_attr("action")  # action="" is invalid HTML; without it, the same page
