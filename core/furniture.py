"""What every public page repeats, the main menu and the footer, read once per site and
language and kept in Django's cache until the site's generation changes: a whole-site purge
(core/cache_purge.py), which publishing, unpublishing, moving or deleting a page in the menu,
a page the footer links to, the footer itself, a view restriction or a site causes. Draft
saves change nothing."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from core.models import SiteFooter
from core.page_cache import cache_get, cache_set, site_version

TIMEOUT = 24 * 60 * 60


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
        return {
            "home": {"url": home.get_url(request), "path": home.path},
            "items": [{"url": p.get_url(request), "title": p.title, "path": p.path} for p in pages],
        }

    return cached("menu", request, build)


def site_footer(request):
    """The footer's HTML in the reader's language."""

    def build():
        footer = SiteFooter.for_active_locale()
        context = {"footer": footer, "links": footer.get_links() if footer else []}
        return render_to_string("components/site_footer.html", context, request=request)

    return cached("footer", request, build)
