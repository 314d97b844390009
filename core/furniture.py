"""What every public page repeats, the main menu and the footer, read once per site and
language and kept in Django's cache until a page, a view restriction, the footer or a site
changes (then every language's copy is dropped at once)."""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_migrate, post_save
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from core.models import SiteFooter

VERSION_KEY = "furniture:version"
TIMEOUT = 24 * 60 * 60
# What the menu and the footer show: a change to any of these may change them.
SHOWN = (Page, PageViewRestriction, Site, SiteFooter)


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return version


def cached(kind, request, build):
    """`build()`'s value for this site and the active language, from the cache if there."""
    site = Site.find_for_request(request)
    key = f"furniture:{_version()}:{kind}:{site.pk if site else 0}:{get_language()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def forget(sender=None, instance=None, **kwargs):
    """Drop every cached copy (a new version makes the old keys unreachable)."""
    if instance is None or isinstance(instance, SHOWN):
        cache.set(VERSION_KEY, time.time_ns(), None)


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


def connect():
    post_save.connect(forget, dispatch_uid="furniture-save")
    post_delete.connect(forget, dispatch_uid="furniture-delete")
    post_page_move.connect(forget, dispatch_uid="furniture-move")
    # A new or migrated database (a benchmark's, a restored backup) starts without copies.
    post_migrate.connect(forget, dispatch_uid="furniture-migrate")
