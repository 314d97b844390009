"""What every public page repeats, the main menu and the footer, read once per site and
language and kept in Django's cache until the site's generation changes: a whole-site purge
(core/cache_purge.py), which publishing, unpublishing, moving or deleting a page in the menu,
a page the footer links to, the footer itself, a view restriction or a site causes. Draft
saves change nothing.

The error pages drawn without the database (500, 503, 400: templates/standalone_error.html) offer
the main sections as the menu last showed them in the reader's language (`remembered_sections`),
from the cache alone."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from core.models import SiteFooter
from core.page_cache import cache_get, cache_set, site_version

TIMEOUT = 24 * 60 * 60
# The error pages' copy of the menu outlives a purge: a week-old menu beats none.
SECTIONS_TIMEOUT = 7 * TIMEOUT


def cached(kind, request, build):
    """`build()`'s value for this site and the active language, from the cache if there."""
    site = Site.find_for_request(request)
    key = f"furniture:{site_version()}:{kind}:{site.pk if site else 0}:{get_language()}"
    value = cache_get(key)
    if value is None:
        value = build()
        cache_set(key, value, TIMEOUT)
    return value


def main_menu(request, home):
    """The home page and its live, public children shown in menus: titles, addresses and tree
    paths (which mark the current section), plain data for the cache."""

    def build():
        if home is None:
            return None
        pages = home.get_children().live().public().in_menu()
        menu = {
            "home": {"url": home.get_url(request), "path": home.path},
            "items": [{"url": p.get_url(request), "title": p.title, "path": p.path} for p in pages],
        }
        sections = [{"url": item["url"], "title": item["title"]} for item in menu["items"]]
        cache_set(sections_key(), sections, SECTIONS_TIMEOUT)
        return menu

    return cached("menu", request, build)


def sections_key():
    return f"furniture:sections:{get_language()}"


def main_sections(request, home):
    """The menu's sections (title and address) for the 404 page."""
    menu = main_menu(request, home)
    return [{"url": item["url"], "title": item["title"]} for item in menu["items"]] if menu else []


def remembered_sections():
    """The menu's sections in the active language as last built, without the database: for the
    error pages drawn without it. An empty list when the cache has none or fails."""
    sections = cache_get(sections_key())
    return sections if isinstance(sections, list) else []


def site_footer(request):
    """The footer's HTML in the reader's language."""

    def build():
        footer = SiteFooter.for_active_locale()
        context = {"footer": footer, "links": footer.get_links() if footer else []}
        return render_to_string("components/site_footer.html", context, request=request)

    return cached("footer", request, build)
