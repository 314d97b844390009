"""Finding the page a request asks for in as few queries as the page itself needs.

Wagtail looks up the site, the active locale, the home page of that locale and its specific
row on every request, then two rows per level of the address. What does not change between
publishes of the site's top pages is kept in Django's cache with the menu and the footer
(`core.furniture.cached`, which follows the site's generation: publishing, moving or deleting
a home page or one of its children, a site, a locale or a view restriction renews it):

- the site of a host and port (`find_site`);
- the home page of each site and language, specific (`current_home`);
- the children of each home page, specific (`home_children`): the index pages and the pages
  of the menu, which routing then reads without a query;
- whether any page is view-restricted (`has_view_restrictions`).

`RouteMiddleware` sets what Wagtail reads from the request (`_wagtail_site`,
`_wagtail_route_for_request`) so that its `serve` view finds them ready.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from core import furniture
from core.page_cache import site_version

TIMEOUT = furniture.TIMEOUT
_NONE = "none"  # what the cache keeps for "no such thing" (it cannot keep None)
# The site's generation, read once per request by RouteMiddleware.
_generation = ContextVar("site_generation", default=None)
# What this process last read for each key, with the generation it was read under.
_REMEMBERED = {}
MAX_REMEMBERED = 64


def _site_cached(key, build):
    """`build()`'s value kept with the site's generation (for what precedes a site), in
    Django's cache and, for the same generation, in this process."""
    version = _generation.get() or site_version()
    remembered = _REMEMBERED.get(key)
    if remembered is not None and remembered[0] == version:
        return remembered[1]
    full_key = f"route:{version}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, _NONE if value is None else value, TIMEOUT)
    value = None if value == _NONE else value
    if len(_REMEMBERED) >= MAX_REMEMBERED:  # hosts are the client's to choose
        _REMEMBERED.clear()
    _REMEMBERED[key] = (version, value)
    return value


def find_site(request):
    """The request's Wagtail site (what `Site.find_for_request` returns), from the cache."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        port = request.get_port()

        def build():
            try:
                return get_site_for_hostname(hostname, port)
            except Site.DoesNotExist:
                return None

        request._wagtail_site = _site_cached(f"site:{hostname}:{port}", build)
    return request._wagtail_site


def locales():
    """{language code: Locale} of every locale, from the cache."""

    def build():
        return {locale.language_code: locale for locale in Locale.objects.all()}

    return _site_cached("locales", build)


def active_locale():
    """The Locale of the active language (Wagtail's `Locale.get_active()`), from the cache."""
    found = locales()
    return found.get(get_language()) or found.get(settings.LANGUAGE_CODE)


def locale_of(obj):
    """`obj.locale` (a page, a snippet) without a query: set from the cached locales."""
    if "locale" not in obj._state.fields_cache:
        for locale in locales().values():
            if locale.pk == obj.locale_id:
                obj.locale = locale
    return obj.locale


def current_home(request):
    """The home page (specific) of the reader's language on the request's site, as Wagtail's
    `site.root_page.localized` finds it: the root page's live translation, else the root page.
    Looked up once per request and kept in the cache with the menu."""
    if hasattr(request, "_current_home"):
        return request._current_home
    site = find_site(request)
    home = None
    if site is not None:

        def build():
            locale = active_locale()
            root = site.root_page
            translation = (
                Page.objects.filter(translation_key=root.translation_key, locale=locale, live=True)
                .exclude(pk=root.pk)
                .first()
            )
            found = (translation or root).specific
            locale_of(found)
            return found

        home = furniture.cached("home", request, build)
    request._current_home = home
    return home


def home_children(request, page):
    """{slug: page (specific)} of the children of a home page, from the cache; {} for other
    pages. They are the menu's tier: publishing, moving or deleting one renews the cache.
    Their rows hold their live content (drafts are kept in revisions)."""
    if page.depth > 2 or request is None:
        return {}

    def build():
        children = {child.slug: child for child in page.get_children().specific()}
        for child in children.values():
            locale_of(child)
        return children

    return furniture.cached(f"children:{page.pk}", request, build)


def has_view_restrictions():
    """Whether any page of any site is view-restricted."""
    return _site_cached("restricted", lambda: PageViewRestriction.objects.exists()) is True


def route(request, path):
    """Wagtail's `Page.route_for_request`, starting from the cached home page."""
    home = current_home(request)
    if home is None:
        return None
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


class RouteMiddleware:
    """Hands Wagtail the request's site and, for its page-serving view, the route."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _generation.set(site_version())
        try:
            find_site(request)
            return self.get_response(request)
        finally:
            _generation.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = route(request, path)
