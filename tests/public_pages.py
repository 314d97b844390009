"""Every kind of public page of the demo content in one language, found in the database.

The accessibility checks (tests/browser/test_accessibility.py in Chromium,
tests/core/test_accessibility_markup.py on the HTML) visit this list, so a page type added to
the site belongs here too.
"""

from dataclasses import dataclass

from django.conf import settings

from tests.html import archive_url

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class PublicPage:
    kind: str
    url: str
    status: int = 200

    def __str__(self):
        return f"{self.kind} {self.url}"


def _live(model, language):
    return model.objects.live().public().filter(locale__language_code=language)


def _block_types(page, field):
    return {block.block_type for block in getattr(page, field)}


def covering(pages, *fields):
    """The fewest pages, latest first, that together show every kind of block their StreamFields
    use: one is enough when a single page has them all."""
    chosen, seen = [], set()
    for page in pages:
        kinds = set().union(*(_block_types(page, field) for field in fields))
        if not chosen or kinds - seen:
            chosen.append(page)
            seen |= kinds
    return chosen


def public_pages(language):
    """[PublicPage] for one language: every page type, the news archives (year, topic, tag) and
    second page, a filtered library, the 404 page and the search page's results."""
    from core.models import StandardPage
    from events.models import EventIndexPage, EventPage
    from home.models import HomePage
    from news.models import NEWS_PER_PAGE, NewsIndexPage
    from partners.models import PartnerIndexPage, PartnerPage, PartnerRole
    from publications.models import PublicationPage, ResourceIndexPage

    found, latest = [], None

    def add(kind, pages):
        found.extend(PublicPage(kind, page.url) for page in pages)

    home = _live(HomePage, language).first()
    add("home", [home])
    add("standard page", _live(StandardPage, language).order_by("path"))

    for index in _live(NewsIndexPage, language):
        add("news index", [index])
        articles = index.get_articles()
        latest = articles.first()
        if latest is not None:
            found.append(PublicPage("news by year", f"{index.url}{latest.date.year}/"))
            topic = latest.get_topics()[:1]
            if topic:
                url = archive_url(index, "topic_route", topic=topic[0].slug)
                found.append(PublicPage("news by topic", url))
            tag = latest.tag_list[:1]
            if tag:
                found.append(
                    PublicPage("news by tag", archive_url(index, "tag_route", tag=tag[0].slug))
                )
        if articles.count() > NEWS_PER_PAGE:
            found.append(PublicPage("news index, page 2", f"{index.url}?page=2"))
        add("news article", covering(articles, "body"))

    for index in _live(EventIndexPage, language):
        add("event index", [index])
        events = EventPage.objects.live().public().descendant_of(index).order_by("-start")
        add("event", covering(events, "agenda", "body"))

    for index in _live(PartnerIndexPage, language):
        add("partner index", [index])
        partners = PartnerPage.objects.live().public().descendant_of(index).order_by("path")
        # The coordinator's page comes first: it has the most on it (related news and events).
        partners = sorted(partners, key=lambda partner: partner.role != PartnerRole.COORDINATOR)
        add("partner", covering(partners, "profile"))

    add("publication", _live(PublicationPage, language).order_by("path"))
    for index in _live(ResourceIndexPage, language):
        add("resource library", [index])
        found.append(PublicPage("resource library, filtered", f"{index.url}?language={language}"))

    found.append(PublicPage("page not found", f"/{language}/no-such-page-here/", status=404))
    # A word the results will contain: the longest one in the latest article's title.
    word = max((latest.title if latest else home.title).split(), key=len)
    found.append(PublicPage("search", f"/{language}/search/?q={word}"))
    return found


def add_untranslated_page(language):
    """A new standard page in one language only, so that the language switcher shows its
    "not translated yet" notes; returns it as a PublicPage."""
    from home.models import HomePage
    from tests.factories import StandardPageFactory

    home = _live(HomePage, language).first()
    page = StandardPageFactory(parent=home, title="Not translated", slug="not-translated")
    return PublicPage("page not translated yet", page.url)
