"""A translation is public only once a translator publishes it.

Starting a translation creates the Spanish page as a draft: until it is published its address
is 404 and no listing, feed, sitemap, search result, hreflang link or switcher leads to it.
"""

import feedparser
import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.operations import translate_page_subtree

from news.models import NewsIndexPage, NewsPage, NewsPageTopic
from taxonomy.models import Topic
from tests.core.test_sitemap import sitemap_text
from tests.html import hreflang_links, soup, switcher_entries
from tests.workflow.conftest import client_for
from tests.workflow.helpers import SAVED, publish, put_segment, segments, translation_of

pytestmark = pytest.mark.django_db

WORD = "Zubiarteko"  # a word that appears in no demo text, so that search finds only this
TITLE = f"{WORD} apprenticeship fair opens"
SPANISH_TITLE = f"Se abre la feria de aprendices {WORD}"


@pytest.fixture
def english_article(demo, locales):
    index = NewsIndexPage.objects.get(locale=locales["en"])
    article = NewsPage(
        title=TITLE, slug="apprenticeship-fair", standfirst=f"The {WORD} fair opens its doors."
    )
    article.topic_links = [NewsPageTopic(topic=Topic.objects.filter(locale=locales["en"]).first())]
    index.add_child(instance=article)
    article.save_revision().publish()
    return article


def start_translation(client, page, locale, django_capture_on_commit_callbacks):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    return page.get_translation(locale).specific


def public_traces(client, article_url, language):
    """Where a reader of `language` could find the article: {place: found?}."""
    index = NewsIndexPage.objects.get(locale__language_code=language)
    rss = feedparser.parse(client.get(f"{index.url}feed/rss/").content)
    atom = feedparser.parse(client.get(f"{index.url}feed/atom/").content)
    results = client.get(f"/{language}/search/", {"q": WORD})
    return {
        "page": client.get(article_url).status_code == 200,
        "index": article_url in client.get(index.url).content.decode(),
        "sitemap": article_url in sitemap_text(client),
        "rss": any(entry.link.endswith(article_url) for entry in rss.entries),
        "atom": any(entry.link.endswith(article_url) for entry in atom.entries),
        "search": article_url in results.content.decode(),
    }


def test_a_started_translation_stays_a_draft_until_the_translator_publishes(
    english_article, spanish_translator, locales, client, django_capture_on_commit_callbacks
):
    translator = client_for(spanish_translator)
    spanish = start_translation(
        translator, english_article, locales["es"], django_capture_on_commit_callbacks
    )
    assert not spanish.live
    spanish_url = spanish.get_url()  # the address it will have: /es/noticias/<slug>/

    # Nothing public leads to it; the English page's hreflang and switcher say "not yet".
    assert public_traces(client, spanish_url, "es") == dict.fromkeys(
        ["page", "index", "sitemap", "rss", "atom", "search"], False
    )
    english_page = soup(client.get(english_article.url))
    assert "es" not in hreflang_links(english_page.head)
    href, is_fallback = switcher_entries(english_page)["es"]
    assert is_fallback and href != spanish_url

    # The translator translates every segment and publishes.
    translation = translation_of(english_article, "es")
    for segment in segments(translation):
        text = segment.string.data
        value = SPANISH_TITLE if text == TITLE else f"ES {text}"
        assert put_segment(translator, translation, segment, value) in SAVED
    with django_capture_on_commit_callbacks(execute=True):
        assert publish(translator, spanish).status_code == 302
    spanish.refresh_from_db()
    assert spanish.live
    spanish_url = spanish.get_url()

    assert public_traces(client, spanish_url, "es") == dict.fromkeys(
        ["page", "index", "sitemap", "rss", "atom", "search"], True
    )
    assert SPANISH_TITLE in client.get(spanish_url).content.decode()
    english_page = soup(client.get(english_article.url))
    assert hreflang_links(english_page.head)["es"].endswith(spanish_url)
    assert switcher_entries(english_page)["es"] == (spanish_url, False)


def test_a_live_translation_stays_as_readers_know_it_when_translation_starts_again(
    demo, spanish_translator, locales, client, django_capture_on_commit_callbacks
):
    """Re-submitting (after "Stop synced translation", or a subtree submission) saves
    nothing onto a live page: readers keep the last published translation."""
    spanish = NewsPage.objects.live().filter(locale=locales["es"]).first()
    english = spanish.get_translation(locales["en"])
    before = client.get(spanish.url).content
    english.standfirst = "A brand-new English standfirst."
    english.save_revision().publish()
    translation = translation_of(english, "es")
    translation.enabled = False  # "Stop synced translation"
    translation.save()

    # The submit form offers only languages without a page; "Include subtree" on the parent
    # reaches this one.
    with django_capture_on_commit_callbacks(execute=True):
        translate_page_subtree(english.get_parent().pk, [locales["es"]], None, spanish_translator)

    spanish.refresh_from_db()
    assert spanish.live
    assert client.get(spanish.url).content == before
    assert "A brand-new English standfirst." not in client.get(spanish.url).content.decode()
    translation.refresh_from_db()
    assert translation.enabled  # the new text waits in the translation editor


def topic_links(client, page):
    """(name, lang) of the article's links to the topic, in either language."""
    links = soup(client.get(page.url)).find_all("a", string=["Dual training", "Formación dual"])
    return [(link.get_text(), link.get("lang")) for link in links]


def test_a_snippet_translation_is_a_draft_and_readers_see_english_marked_as_such(
    english_article, spanish_translator, locales, client, django_capture_on_commit_callbacks
):
    """A topic's translation, started from the report, is a draft: the published Spanish
    article shows the English topic name, marked lang="en", until it is published."""
    topic = Topic.objects.create(name="Dual training", slug="dual-training", locale=locales["en"])
    english_article.topic_links = [NewsPageTopic(topic=topic)]
    english_article.save_revision().publish()
    translator = client_for(spanish_translator)
    spanish = start_translation(
        translator, english_article, locales["es"], django_capture_on_commit_callbacks
    )
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["taxonomy", "topic", topic.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert translator.post(url, {"locales": [locales["es"].pk]}).status_code == 302
    spanish_topic = Topic.objects.get(translation_key=topic.translation_key, locale=locales["es"])
    assert not spanish_topic.live

    with django_capture_on_commit_callbacks(execute=True):
        publish(translator, spanish)
    spanish.refresh_from_db()
    assert topic_links(client, spanish) == [("Dual training", "en")]

    # The translator translates and publishes the topic: readers get the Spanish name.
    translation = translation_of(topic, "es")
    for segment in segments(translation):
        assert put_segment(translator, translation, segment, "Formación dual") in SAVED
    with django_capture_on_commit_callbacks(execute=True):
        publish(translator, spanish_topic)
    spanish_topic.refresh_from_db()
    assert spanish_topic.live
    assert topic_links(client, spanish) == [("Formación dual", None)]


def test_an_unpublished_footer_translation_leaves_the_english_footer_marked(demo, locales, client):
    from core.models import SiteFooter

    english = SiteFooter.objects.get(locale=locales["en"])
    SiteFooter.objects.filter(locale=locales["eu"]).update(live=False)
    footer = soup(client.get(Page.objects.get(depth=2, locale=locales["eu"]).url)).select_one(
        ".site-footer__disclaimer"
    )
    assert footer.get_text(strip=True) == english.funding_disclaimer
    assert footer["lang"] == "en"
    spanish = soup(client.get("/es/")).select_one(".site-footer__disclaimer")
    assert spanish.get("lang") is None
    assert Locale.objects.count() == 3
