"""The public search page: /<lang>/search/?q=… over the live, public pages of that language."""

from dataclasses import dataclass

from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.i18n import translations_of
from core.pagination import paginate
from search.text import (
    clean_query,
    excerpt,
    highlight,
    query_stems,
    search_terms,
    searchable_text,
)

RESULTS_PER_PAGE = 10


def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    results = promotions = None
    if query:
        pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()
        terms = search_terms(query)
        found = pages.search(terms) if terms else pages.none()
        results = paginate(request, found, RESULTS_PER_PAGE)
        stems = query_stems(query)
        results.object_list = [SearchResult(page, stems) for page in results.object_list]
        if results.number == 1:
            promotions = promoted(request, query, locale)
    return TemplateResponse(
        request,
        "search/search_page.html",
        {
            "search_query": query,
            "query_shortened": shortened,
            "results": results,
            "promotions": promotions,
            # The page has its own search form; the header's would be a second one.
            "hide_header_search": True,
        },
    )


class SearchResult:
    """A page as the results list shows it: kind, date and a highlighted excerpt."""

    def __init__(self, page, stems):
        self.page = page
        self.title = highlight(page.title, stems)
        self.kind = page._meta.verbose_name
        self.date = page.get_listing_date()
        text = searchable_text(page) or page.get_meta_description()
        self.excerpt = highlight(excerpt(text, stems), stems)


def promoted(request, query, locale):
    """The staff's promoted results for this query (Settings → Promoted search results).

    A promoted page is shown in the reader's language, and left out where it has no live,
    public translation; an external link is shown as entered.
    """
    found = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if found is None:
        return []
    chosen = list(found.editors_picks.select_related("page"))
    pages = [promotion.page for promotion in chosen if promotion.page_id]
    translated = translations_of(pages, Page.objects.live().public().filter(locale=locale))
    promotions = []
    for promotion in chosen:
        if promotion.page_id:
            page = translated.get(promotion.page.translation_key)
            if page is None:
                continue
            page = page.specific
            description = (
                promotion.description
                if promotion.page.locale_id == locale.pk
                else page.get_meta_description()
            )
            promotions.append(Promotion(page.get_url(request), page.title, description))
        elif promotion.external_link_url:
            promotions.append(
                Promotion(
                    promotion.external_link_url,
                    promotion.external_link_text or promotion.external_link_url,
                    promotion.description,
                )
            )
    return promotions


@dataclass(frozen=True)
class Promotion:
    url: str
    title: str
    description: str
