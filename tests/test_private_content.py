"""Nothing private leaks: a restricted or unpublished page, partner or document appears in no
public listing, filter, feed, calendar, sitemap, search result, JSON-LD or Open Graph tag, menu,
breadcrumb or language switcher, in any language.

Each case gives one item of the demo content a unique title (a new published revision, so the
search index knows it), makes it private in one way, then reads every public address of the
site as an anonymous visitor (every page of the sitemap, the feeds, the calendars, the sitemap
itself, robots.txt, search for the title, the library with each filter value, the news
archives of every year, topic and tag, in every language) and looks for the title and the
item's address. The demo is loaded once per run (tests/conftest.py); each case runs in its own
transaction, rolled back afterwards.
"""

import io
import itertools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction

from core.models import SiteFooter, StandardPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerPage, PartnerRole
from publications.models import (
    FILE_LANGUAGES,
    PublicationPage,
    ResourceDocument,
    ResourceIndexPage,
    ResourceType,
)
from taxonomy.models import Tag, Topic
from tests.html import archive_url
from tests.public_pages import LANGUAGES, public_pages

pytestmark = pytest.mark.django_db

_counter = itertools.count(1)


def unique_word(kind):
    """A word found nowhere in the demo, one per case: what the sweep looks for."""
    return f"Zorblax{kind.title().replace(' ', '')}{next(_counter)}"


# Making things private ---------------------------------------------------------------------


def retitle(page, title):
    """A new published revision with this title (the index and the caches learn it)."""
    page = page.specific
    page.title = title
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def restrict(page, kind=PageViewRestriction.LOGIN):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="secret" if kind == "password" else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Consortium members")[0]])
    return restriction


def english(model):
    return model.objects.live().public().filter(locale__language_code="en")


def article(number):
    """The English article `number` in the listing, latest first: on the home page, the feeds,
    the archives and the related news of the others."""
    return NewsPage.objects.for_listing().filter(locale__language_code="en")[number]


def busiest_event():
    """An event that names partners (so partner pages list it), the next one first."""
    events = english(EventPage).filter(related_partner_links__isnull=False).distinct()
    return events.order_by("-end").first()


def coordinator():
    return english(PartnerPage).filter(role=PartnerRole.COORDINATOR).first()


def full_partner():
    return english(PartnerPage).filter(role=PartnerRole.PARTNER).order_by("path").first()


def spanish_event():
    """A Spanish event other than the English one made private."""
    events = EventPage.objects.live().public().filter(locale__language_code="es")
    # The SECOVE day first: an article's call-to-action button links to it.
    linked = EventPage.objects.filter(slug="secove-network-event-derio").values("translation_key")
    events = events.annotate(
        linked=Exists(linked.filter(translation_key=OuterRef("translation_key")))
    )
    events = events.order_by("-linked", "-end")
    return events.exclude(translation_key=busiest_event().translation_key)[0]


def flagship_publication():
    home = english(HomePage).first()
    flagship = home.flagship_page
    return flagship.specific if flagship else english(PublicationPage).first()


def listed_document():
    """A document of a publication, filed under partners and topics: on every filter."""
    documents = ResourceDocument.objects.filter(authors__isnull=False, topics__isnull=False)
    return documents.distinct().order_by("-created_at", "-pk").first()


@dataclass
class Private:
    """What a case made private: the title and the addresses that must appear nowhere."""

    title: str
    paths: list


def login_restricted(page_of, kind=PageViewRestriction.LOGIN, on_parent=False):
    def make(word, before):
        page = retitle(page_of(), f"{word} private page")
        before(page)
        restrict(page.get_parent() if on_parent else page, kind)
        return Private(page.title, [page.url])

    return make


def unpublished(page_of):
    def make(word, before):
        page = retitle(page_of(), f"{word} withdrawn page")
        before(page)
        page.unpublish()
        return Private(page.title, [page.url])

    return make


def never_published(scheduled):
    """A new article saved as a draft, or scheduled for next week: never live yet."""

    def make(word, _before):
        index = NewsIndexPage.objects.get(locale__language_code="en")
        article = NewsPage(
            title=f"{word} draft article",
            slug=word.lower(),
            standfirst=f"{word} standfirst",
            date=timezone.localdate(),
            live=False,
        )
        if scheduled:
            article.go_live_at = timezone.now() + timedelta(days=7)
        index.add_child(instance=article)
        revision = article.save_revision()
        if scheduled:
            revision.publish()  # with go_live_at ahead: approved, not live
        article.refresh_from_db()
        assert not article.live
        path = f"{index.url}{article.slug}/"
        return Private(article.title, [path])

    return make


def document_in_a_private_collection(word, before):
    document = listed_document()
    document.title = f"{word} private report"
    document.file.save(f"{word.lower()}.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    document.save()
    before(document)
    private = Collection.get_first_root_node().add_child(name=f"{word} members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = private
    document.save()
    return Private(document.title, [urlparse(document.url).path])


def footer_page():
    """A standard page other than "about", linked from the English footer."""
    page = english(Page).type(StandardPage).exclude(slug="about").order_by("path").first()
    footer = SiteFooter.objects.get(locale__language_code="en")
    footer.links.append(("page", page))
    footer.save_revision().publish()
    return page


CASES = {
    "news article, login": login_restricted(lambda: article(0)),
    "news article, unpublished": unpublished(lambda: article(1)),
    "news article, draft": never_published(scheduled=False),
    "news article, scheduled": never_published(scheduled=True),
    "event, login": login_restricted(busiest_event),
    "event in Spanish, group restriction on its index": login_restricted(
        spanish_event, PageViewRestriction.GROUPS, on_parent=True
    ),
    "partner, login": login_restricted(coordinator),
    "partner, unpublished": unpublished(full_partner),
    "publication, login": login_restricted(flagship_publication),
    "standard page, password": login_restricted(
        lambda: english(Page).get(slug="about"), PageViewRestriction.PASSWORD
    ),
    "standard page in the footer, login": login_restricted(footer_page),
    "document, collection restriction": document_in_a_private_collection,
}


# Reading the public site -------------------------------------------------------------------


def in_language(model, language):
    return model.objects.filter(locale__language_code=language)


def news_archives(language):
    urls = []
    for index in in_language(NewsIndexPage, language).live():
        urls += [f"{index.url}feed/rss/", f"{index.url}feed/atom/"]
        dates = in_language(NewsPage, language).dates("date", "year")
        urls += [f"{index.url}{date.year}/" for date in dates]
        for model, route, kwarg in ((Topic, "topic_route", "topic"), (Tag, "tag_route", "tag")):
            for term in in_language(model, language).filter(live=True):
                urls.append(archive_url(index, route, **{kwarg: term.slug}))
    return urls


def library_filters(language, words):
    urls = []
    for library in in_language(ResourceIndexPage, language).live():
        values = {
            "language": dict(FILE_LANGUAGES),
            "type": ResourceType.values,
            "partner": in_language(PartnerPage, language).values_list("pk", flat=True),
            "topic": in_language(Topic, language).values_list("slug", flat=True),
            "q": words,
        }
        urls += [f"{library.url}?{name}={value}" for name, each in values.items() for value in each]
    return urls


def sitemap_urls(client, path):
    """The addresses (<loc>) a sitemap index or section names."""
    response = client.get(path)
    assert response.status_code == 200, path
    return [loc.text for loc in ET.fromstring(response.content).iter() if loc.tag.endswith("loc")]


def public_urls(client, words):
    """Every address an anonymous visitor can read, as paths: each page in the sitemap, the
    sitemap itself, robots.txt, the feeds and calendars, search for the word, the library
    with each filter value and the news archives, in every language."""
    urls = {"/robots.txt", "/sitemap.xml"}
    sections = [urlparse(url).path for url in sitemap_urls(client, "/sitemap.xml")]
    urls.update(sections)
    for section in sections:
        urls.update(urlparse(url).path for url in sitemap_urls(client, section))
    for language in LANGUAGES:
        urls.update(page.url for page in public_pages(language))
        urls.update(f"/{language}/search/?q={word}" for word in words)
        urls.update(news_archives(language))
        urls.update(library_filters(language, words))
        for index in in_language(EventIndexPage, language).live():
            urls.add(f"{index.url}ical/")
    return sorted(urls)


def readable(response):
    text = b"".join(response.streaming_content) if response.streaming else response.content
    # iCalendar folds long lines (RFC 5545): unfolded, a title reads in one piece.
    return text.decode(errors="replace").replace("\r\n ", "")


def sweep(client, made):
    """{case: {address: [what of its private item the address shows]}} over every public
    address; `made` is {case: (word, Private)}."""
    leaks = {case: {} for case in made}
    for url in public_urls(client, [word for word, _private in made.values()]):
        response = client.get(url)
        assert response.status_code < 500, url
        text = readable(response)
        for case, (word, private) in made.items():
            # A search echoes the word it looked for; a result marks it in its title.
            needles = (private.title, f">{word}</mark>", *private.paths)
            found = [needle for needle in needles if needle in text]
            if found:
                leaks[case][url] = found
    return leaks


@pytest.fixture(scope="module")
def leaks(django_db_setup, django_db_blocker):
    """{case: {address: what it shows}}: every case made private at once (each on an item of
    its own), then one sweep of the public site, in a transaction rolled back afterwards."""
    from django.test import Client, TestCase

    from tests.conftest import english_demo_home

    with django_db_blocker.unblock(), transaction.atomic():
        if english_demo_home() is None:  # a transactional test emptied the database
            call_command("load_demo", stdout=io.StringIO())
        cache.clear()
        client = Client()
        made = {}
        for case, make in CASES.items():
            word = unique_word(case.split(",")[0])
            # Purges run when the change commits: here, when the block ends.
            with TestCase.captureOnCommitCallbacks(execute=True):
                made[case] = (word, make(word, lambda item, w=word: shown(client, item, w)))
        found = sweep(client, made)
        transaction.set_rollback(True)
    cache.clear()
    return found


def shown(client, item, word):
    """The title is public first: search finds it and the page shows it (and their pages are
    cached), so that its absence afterwards means something."""
    if isinstance(item, ResourceDocument):
        library = in_language(ResourceIndexPage, "en").first()
        assert item.title in readable(client.get(f"{library.url}?q={word}"))
        return
    language = item.locale.language_code
    assert item.url in readable(client.get(f"/{language}/search/?q={word}"))
    assert item.title in readable(client.get(item.url))


@pytest.mark.parametrize("case", CASES)
def test_nothing_private_appears_on_any_public_address(leaks, case):
    assert not leaks[case], f"{case}: {len(leaks[case])} public addresses show it: {leaks[case]}"


def test_restricting_the_english_page_restricts_its_translations_at_once(demo, client):
    """Each language is its own page tree; the source's privacy is mirrored on its
    translations as it is set (core/restrictions.py), not only at their next sync."""
    about = english(Page).get(slug="about")
    translations = list(about.get_translations())
    assert {page.locale.language_code for page in translations} == {"es", "eu"}

    restriction = restrict(about, PageViewRestriction.PASSWORD)
    for page in translations:
        mirrored = PageViewRestriction.objects.get(page=page)
        assert (mirrored.restriction_type, mirrored.password) == ("password", "secret")
        response = client.get(page.url)
        assert response.status_code == 200 and page.title not in readable(response)

    restriction.restriction_type = PageViewRestriction.GROUPS
    restriction.save()
    members = Group.objects.create(name="Members")
    restriction.groups.set([members])
    for page in translations:
        mirrored = PageViewRestriction.objects.get(page=page)
        assert mirrored.restriction_type == "groups"
        assert list(mirrored.groups.all()) == [members]

    restriction.delete()  # public again, in every language
    assert not PageViewRestriction.objects.filter(page__in=translations).exists()
    assert all(page.title in readable(client.get(page.url)) for page in translations)


def test_a_translators_own_restriction_stays_in_their_language(demo):
    spanish = (
        english(Page).get(slug="about").get_translation(Locale.objects.get(language_code="es"))
    )
    restrict(spanish)
    assert (
        PageViewRestriction.objects.filter(page__translation_key=spanish.translation_key).count()
        == 1
    )
