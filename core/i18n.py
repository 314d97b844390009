"""Which language versions of a page exist, for the language switcher and hreflang links."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Subquery
from django.db.models.functions import Substr
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site

from core.pagination import page_query

# Open Graph wants a territory with the language.
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "eu": "eu_ES"}


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    is_translated: bool  # False: the link goes to that language's home page instead
    is_public: bool = True  # False: view-restricted (itself or an ancestor)
    # Not "" when the page shown is a view of a routable page (an archive) that this language
    # lacks: the link goes to that language's version of the page itself, named here.
    fallback_title: str = ""

    @property
    def og_locale(self):
        return OG_LOCALES.get(self.code, self.code)

    @property
    def is_advertised(self):
        """Whether search engines are told about it (hreflang), as /sitemap.xml does: the
        page itself in that language, live and readable by anyone."""
        return self.is_translated and self.is_public


def view_restricted():
    """A view restriction on the outer page or one of its ancestors: its page's path is the
    start of the outer page's path. What `PageQuerySet.public()` excludes, as a subquery, so
    that it costs no query of its own."""
    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
        )
    )


def _live_by_language(pages):
    from core.models import LINK_FIELDS
    from core.routing import has_view_restrictions, locale_of

    pages = pages.live().only(*LINK_FIELDS).order_by()
    if has_view_restrictions():
        pages = pages.annotate(is_restricted=view_restricted())
    found = {}
    for page in pages:
        page.is_restricted = getattr(page, "is_restricted", False)
        found[locale_of(page).language_code] = page
    return found


def _homes(request):
    """{language code: live home page} of the request's site, kept with the menu (a home page's
    publish renews it)."""
    from core import furniture

    site = Site.find_for_request(request)
    if site is None:
        return {}
    return furniture.cached(
        "homes", request, lambda: _live_by_language(site.root_page.get_translations(inclusive=True))
    )


def set_route_versions(request, versions):
    """For a routable page's view (an archive): where the same view is in each language, as
    {language code: the route's keyword arguments there}. A language left out has no such
    view; the switcher then links to that language's version of the page itself. Views that
    do not call this are the same in every language (the listing, `?page=`)."""
    request.route_versions = versions


def _same_route_url(request, page, target, code):
    """The routable view shown (its route and `?page=`) on `target`, the page in language
    `code`: its address, "" when that language lacks it, None when no route is shown."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not match.url_name or not isinstance(page, RoutablePageMixin):
        return None
    versions = getattr(request, "route_versions", None)
    kwargs = match.kwargs if versions is None else versions.get(code)
    if kwargs is None:
        return ""
    with translation.override(code):  # routes have words in the reader's language
        route = page.reverse_subpage(match.url_name, args=match.args, kwargs=kwargs)
    return f"{target.get_url(request)}{route}{page_query(request)}"


def language_versions(request, page=None):
    """One LanguageVersion per configured language, in settings order.

    A language links to the same page when it is translated and live there, else to that
    language's home page (flagged as not translated). On an archive of a routable page (a
    year, a topic, a tag, a later page of a listing) it links to the same archive in that
    language, as the page's view says (`set_route_versions`). A view-restricted translation
    counts as missing (its address is private); `is_public` tells the <head> to leave out a
    restricted home page. Two queries whatever the page.
    """
    if not isinstance(page, Page):  # templates without a page (404, search) pass ""
        page = None
    cache_key = f"_language_versions_{getattr(page, 'pk', None)}"
    if hasattr(request, cache_key):
        return getattr(request, cache_key)

    homes = _homes(request)
    translations = (
        _live_by_language(Page.objects.filter(translation_key=page.translation_key))
        if page is not None and page.depth > 1
        else {}
    )
    current = get_language()
    # A public page links no view-restricted translation: its address (its slug, often its
    # title) is private too; the switcher goes to that language's home instead. A restricted
    # page, read by someone allowed to, links its restricted translations.
    shown_is_public = not any(t.is_restricted for t in translations.values() if t.pk == page.pk)
    versions = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = translations.get(code)
        if target is not None and target.is_restricted and shown_is_public:
            target = None
        is_translated = target is not None or page is None
        target = target or homes.get(code)
        if target is None:
            continue
        url = _same_view_url(request, code) if page is None else None
        fallback_title = ""
        if is_translated and page is not None:
            url = _same_route_url(request, page, target, code)
            if url == "":
                is_translated, fallback_title = False, target.title
        url = url or target.get_url(request)
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=code == current,
                is_translated=is_translated,
                is_public=not target.is_restricted,
                fallback_title=fallback_title,
            )
        )
    setattr(request, cache_key, versions)
    return versions


def _same_view_url(request, language_code):
    """For a page that is a Django view rather than a Wagtail page (the search page), the same
    view and query string in another language; None for Wagtail's own URLs (the 404 page)."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in (None, "wagtail_serve"):
        return None
    url = translate_url(request.get_full_path(), language_code)
    return url if url != request.get_full_path() or language_code == get_language() else None


def translations_of(objects, queryset):
    """{translation_key: translation} of the objects found in `queryset` (already narrowed to
    one language), in one query. Callers fall back to the object itself where missing."""
    keys = {obj.translation_key for obj in objects}
    if not keys:
        return {}
    return {obj.translation_key: obj for obj in queryset.filter(translation_key__in=keys)}


def published_in_language(objects, queryset, locale):
    """{translation_key: the object's version in `locale`, else the default language's}, among
    `queryset` (the published ones: `live=True` for snippets with drafts). One query.

    A translation that is still a draft is not shown: readers get the English version, which
    carries `foreign_language` ("en") so that templates mark it `lang="en"`; the reader's own
    version carries "".
    """
    return published_keys_in_language({obj.translation_key for obj in objects}, queryset, locale)


def published_keys_in_language(keys, queryset, locale):
    """published_in_language of the objects with these translation keys. One query (none for
    no keys)."""
    if not keys:
        return {}
    return _in_language_or_default(queryset.filter(translation_key__in=keys).order_by(), locale)


def in_memory(instance, relation):
    """Whether `instance` holds the rows of a child relation in memory rather than in the
    database (a preview, a revision): then only Python may read them."""
    return relation in getattr(instance, "_cluster_related_objects", {})


def linked_in_language(queryset, links, key, locale):
    """The objects among `queryset` (the published ones) that the link rows `links` name, each
    once, in `locale` where there, else in the default language (marked as in
    published_in_language), in the links' order. `key` is the links' lookup of the named
    object's translation key ("tag__translation_key"). One query."""
    candidates = (
        queryset.filter(translation_key__in=links.values(key))
        .annotate(**link_order(links, key))
        .order_by()
    )
    found = _in_language_or_default(candidates, locale)
    return sorted(found.values(), key=by_link_order)


def link_order(links, key):
    """Annotations giving each object the position of its first link among `links` (whose
    `key` is the object's translation key): as Orderable rows sort, by `sort_order`, then
    by creation."""
    first = links.filter(**{key: OuterRef("translation_key")}).order_by("sort_order", "pk")
    return {
        "link_sort_order": Subquery(first.values("sort_order")[:1]),
        "link_pk": Subquery(first.values("pk")[:1]),
    }


def by_link_order(obj):
    """The sort key of an object annotated with `link_order`."""
    return (obj.link_sort_order is not None, obj.link_sort_order or 0, obj.link_pk)


def each_in_language(queryset, locale):
    """Every object of `queryset` once, in `locale` where it is there, else in the default
    language (marked as in published_in_language). One query."""
    return list(_in_language_or_default(queryset, locale).values())


def mark_stand_in(obj, locale_id):
    """Set `foreign_language`: "" when `obj` is in the reader's locale; else the default
    language, whose version stands in for a translation not published (templates mark it
    `lang`). Returns `obj`."""
    obj.foreign_language = "" if obj.locale_id == locale_id else settings.LANGUAGE_CODE
    return obj


def _in_language_or_default(queryset, locale):
    from core.routing import locales

    default = locales().get(settings.LANGUAGE_CODE)
    candidates = queryset.filter(locale_id__in={locale.pk, getattr(default, "pk", None)})
    found = {}
    for obj in candidates:
        mark_stand_in(obj, locale.pk)
        if obj.locale_id == locale.pk or obj.translation_key not in found:
            found[obj.translation_key] = obj
    return found
