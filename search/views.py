"""The public search page: /<lang>/search/?q=… over the live, public pages of that language."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core import furniture
from core.i18n import translations_of
from core.models import StandardPage
from core.pagination import paginate
from core.routing import current_home
from events.models import EventPage
from news.models import NewsPage
from partners.models import PartnerPage
from publications.models import PublicationPage
from search.text import (
    clean_query,
    excerpt,
    highlight,
    query_stems,
    search_terms,
    searchable_text,
)

RESULTS_PER_PAGE = 10

# What the results can be narrowed to (?type=…): a name in the address, the page type, and
# the name the sidebar shows.
SECTIONS = (
    ("news", NewsPage, gettext_lazy("News")),
    ("events", EventPage, gettext_lazy("Events")),
    ("publications", PublicationPage, gettext_lazy("Publications")),
    ("partners", PartnerPage, gettext_lazy("Partners")),
    ("pages", StandardPage, gettext_lazy("Other pages")),
)


@dataclass
class Section:
    """A way to narrow the results, with the number of results it keeps."""

    key: str
    label: str
    count: int
    current: bool


def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    results = promotions = None
    sections, total = [], 0
    chosen = {key: model for key, model, _label in SECTIONS}.get(request.GET.get("type"))
    if query:
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
        promotions = promoted(request, query, pages) if chosen is None else []
        # A promoted page is not listed a second time among the results.
        pages = pages.exclude(id__in=[promotion.page_id for promotion in promotions])
        terms = search_terms(query)
        found = pages.specific().search(terms) if terms else pages.none()
        if terms:
            sections, total = result_sections(found, chosen)
        if chosen is not None and terms:
            found = pages.type(chosen).specific().search(terms)
        results = paginate(request, found, RESULTS_PER_PAGE)
        stems = query_stems(query, prefix=matches_word_beginnings(get_language()))
        results.object_list = [SearchResult(request, page, stems) for page in results.object_list]
        if results.number > 1:
            promotions = []
    heading = _("Search results for “%(query)s”") % {"query": query} if query else _("Search")
    return TemplateResponse(
        request,
        "search/search_page.html",
        {
            "heading": heading,  # the <h1>, and the <title> before the site name
            "search_query": query,
            "query_shortened": shortened,
            "results": results,
            "promotions": promotions,
            "sections": sections,
            "section": chosen is not None,
            "total": total,  # the results in every section
            "main_sections": (furniture.main_menu(request, current_home(request)) or {}).get(
                "items", []
            ),  # the menu's pages, cached: no query
            # The page has its own search form; the header's would be a second one.
            "hide_header_search": True,
        },
    )


def result_sections(found, chosen):
    """The sections the results fall in, with how many each holds, in the order of SECTIONS,
    leaving out empty ones unless it is the one chosen; and the number of all the results.
    One query."""
    counts = found.facet("content_type_id")
    sections = []
    for key, model, label in SECTIONS:
        count = counts.get(ContentType.objects.get_for_model(model).pk, 0)
        if count or model is chosen:
            sections.append(Section(key, str(label), count, model is chosen))
    return sections, sum(counts.values())


def matches_word_beginnings(language):
    """Whether the search backend matches this language's words by their beginning."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    return language in backend.get("PREFIX_LANGUAGES", ())


class SearchResult:
    """A page as the results list shows it: kind, date and a highlighted excerpt."""

    def __init__(self, request, page, stems):
        self.page = page
        self.title = highlight(page.title, stems)
        self.kind = page._meta.verbose_name
        self.date = page.get_listing_date()
        text = searchable_text(page) or page.get_meta_description(request)
        self.excerpt = highlight(excerpt(text, stems), stems)


@dataclass(frozen=True)
class Promotion:
    url: str
    title: str
    description: str
    page_id: int | None = None


def promoted(request, query, pages):
    """The staff's promoted results for this query (Settings → Promoted search results).

    A promoted page is shown in the reader's language (from `pages`, the pages a reader may
    find), and left out where it has no such translation; an external link is shown as
    entered.
    """
    found = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if found is None:
        return []
    chosen = list(found.editors_picks.select_related("page"))
    translated = translations_of(
        [promotion.page for promotion in chosen if promotion.page_id], pages.specific()
    )
    promotions = []
    for promotion in chosen:
        if promotion.page_id:
            page = translated.get(promotion.page.translation_key)
            if page is None:
                continue
            # The staff's description is in the language of the page they chose.
            own_language = promotion.page.locale_id == page.locale_id
            description = promotion.description if own_language else ""
            promotions.append(
                Promotion(
                    page.get_url(request),
                    page.title,
                    description or page.get_meta_description(request),
                    page.pk,
                )
            )
        elif promotion.external_link_url:
            promotions.append(
                Promotion(
                    promotion.external_link_url,
                    promotion.external_link_text or promotion.external_link_url,
                    promotion.description,
                )
            )
    return promotions
