"""Finding the page a request asks for in as few queries as the page itself needs.

Wagtail looks up the site, the active locale, the home page of that locale and its specific
row on every request, then two rows per level of the address. What does not change between
publishes of the site's top pages is kept in Django's cache with the menu and the footer
(`core.furniture.cached`, which follows the site's generation: publishing, moving or deleting
a home page or one of its children, a site, a locale or a view restriction renews it):

- the site of a host and port (`find_site`);
- the home page of each site and language, specific (`current_home`);
- the page types of a home page's children by slug, which lets `BasePage.route` fetch a child
  of a page with several child types in one query (`child_types`);
- whether any page is view-restricted (`has_view_restrictions`).

`RouteMiddleware` sets what Wagtail reads from the request (`_wagtail_site`,
`_wagtail_route_for_request`) so that its `serve` view finds them ready.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
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


def _site_cached(key, build):
    """`build()`'s value kept with the site's generation (for what precedes a site)."""
    full_key = f"route:{site_version()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, _NONE if value is None else value, TIMEOUT)
    return None if value == _NONE else value


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
        by_id = {locale.pk: locale for locale in locales().values()}
        if obj.locale_id in by_id:
            obj.locale = by_id[obj.locale_id]
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


def child_types(request, page):
    """{slug: model} of the children of a home page, from the cache; {} for other pages."""
    if page.depth > 2 or request is None:
        return {}

    def build():
        rows = page.get_children().values_list("slug", "content_type")
        types = ContentType.objects.get_for_id
        return {slug: types(type_id).model_class()._meta.label for slug, type_id in rows}

    labels = furniture.cached(f"children:{page.pk}", request, build)
    return {slug: apps.get_model(label) for slug, label in labels.items()}


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
        find_site(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = route(request, path)
