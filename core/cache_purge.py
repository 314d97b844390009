"""What to purge when content changes, for the page cache (core/page_cache.py), the menu and
footer cache (core/furniture.py, which follows the site's generation) and, when one is
configured, the frontend cache (WAGTAILFRONTENDCACHE).

Exact where cheap, whole site where what changed is shown everywhere:

- A page published, unpublished, deleted or translated: in every language, the page and what
  lies under its address (its routes and subpages), its parent and everything under it (the
  index's routes, feeds and archives, the siblings that show it as related), every other
  ancestor (home shows the latest news), the listings of every page (search, the sitemap), and
  the pages of the types it names (the partner pages that list the news naming them).
- Whole site: a page in the menu (a site root or its child), a page the footer links to, a page
  type other pages name (a partner, named on news and events), a page moved or renamed, and any
  change of a snippet, a view restriction, a site, a locale, a setting, an image or a document.
- Nothing: draft saves, revisions, redirects (they answer only 404s, which are never stored).

Pages are found by their tree paths (`url_path`), so a publish costs a handful of queries
whatever the size of the site. Each purge happens at once and again when the transaction
commits, so a reader who rendered the old page meanwhile does not keep it.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from modelcluster.fields import ParentalKey
from wagtail.contrib.search_promotions.models import Query as SearchQuery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from core import page_cache
from core.sitemap import sitemap_paths

logger = logging.getLogger(__name__)

# Saves of these fields are bookkeeping, not content.
BOOKKEEPING_FIELDS = {
    "file_hash",
    "file_size",
    "download_count",
    "latest_revision",
    "has_unpublished_changes",
    "draft_title",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


class Purge:
    """A set of stamps to renew and of absolute URLs to send to the frontend cache."""

    def __init__(self):
        self.whole_site = False
        self.keys = set()
        self.urls = set()
        self.routed = set()  # tree paths whose feeds and calendars go to the frontend cache

    def tree(self, path):
        if path.strip("/"):
            self.keys.add(page_cache.tree_key(path))
        else:
            self.whole_site = True

    def exact(self, path):
        self.keys.add(page_cache.exact_key(path))

    def listings(self):
        self.keys.update(
            page_cache.listing_key(p) for p in page_cache.option("PAGE_CACHE_LISTINGS")
        )

    def apply(self):
        keys = {page_cache.GENERATION} if self.whole_site else set(self.keys)
        if not keys:
            return

        def renew():
            try:
                page_cache.cache.set_many({key: page_cache.stamp() for key in keys}, None)
            except Exception:  # the publish stands; the stale pages must be noticed
                logger.exception("Purging the page cache failed: pages may be stale")

        renew()
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(renew)
        if frontend_cache_configured():
            urls = all_page_urls() if self.whole_site else self.urls | route_urls(self.routed)
            transaction.on_commit(lambda: send_to_frontend_cache(urls), robust=True)


# Addresses from tree paths -----------------------------------------------------------------


def _root_paths():
    return Site.get_site_root_paths()


def addresses(url_path):
    """[(root_url, path)] of a tree path, one per site serving it (the first one first)."""
    found = []
    for root in _root_paths():
        if not url_path.startswith(root.root_path):
            continue
        try:
            with translation.override(root.language_code):
                path = reverse("wagtail_serve", args=(url_path[len(root.root_path) :],))
        except NoReverseMatch:
            continue
        found.append((root.root_url, path))
    return found


def _path(url_path):
    found = addresses(url_path)
    return found[0][1] if found else None


def _root_path_of(url_path):
    roots = [root.root_path for root in _root_paths() if url_path.startswith(root.root_path)]
    return max(roots, key=len) if roots else None


def _parent(url_path):
    return url_path.rstrip("/").rsplit("/", 1)[0] + "/"


def in_menu_tier(url_path):
    """A site root or a child of one: the menu shows it on every page."""
    root = _root_path_of(url_path)
    return root is not None and url_path[len(root) :].count("/") <= 1


# What a page's change reaches ---------------------------------------------------------------


def _named_by_other_pages(model):
    """Whether other page types name pages of this type (a partner named by news and events):
    they show its title and address, so a change reaches pages anywhere."""
    for relation in model._meta.related_objects:
        if relation.field.related_model is not model:
            continue
        other = relation.related_model
        if issubclass(other, Page):
            return True
        for field in other._meta.get_fields():
            if (
                isinstance(field, ParentalKey)
                and field is not relation.field
                and issubclass(field.related_model, Page)
            ):
                return True
    return False


def _named_page_types(model):
    """The page types this type names through its child relations (news naming partners)."""
    named = set()
    for relation in model._meta.related_objects:
        if not isinstance(relation.field, ParentalKey) or relation.field.related_model is not model:
            continue
        for field in relation.related_model._meta.get_fields():
            target = getattr(field, "related_model", None)
            if (
                field.many_to_one
                and field is not relation.field
                and isinstance(target, type)
                and issubclass(target, Page)
            ):
                named.add(target)
    return named


def _linked_from_footer(translation_key):
    footer_model = apps.get_model("core", "SiteFooter")
    ids = {
        block["value"]
        for footer in footer_model.objects.filter(live=True).only("links")
        for block in footer.links.raw_data
        if block.get("value")
    }
    return bool(ids) and Page.objects.filter(pk__in=ids, translation_key=translation_key).exists()


def page_purge(page):
    """The purge for a change of `page`, as readers see it in every language."""
    purge = Purge()
    rows = list(
        Page.objects.filter(translation_key=page.translation_key).values_list("url_path", flat=True)
    )
    model = page.specific_class or type(page)
    if (
        any(in_menu_tier(url_path) for url_path in rows)
        or _named_by_other_pages(model)
        or _linked_from_footer(page.translation_key)
    ):
        purge.whole_site = True
        return purge
    purge.listings()
    for url_path in rows:
        _purge_position(purge, url_path)
    for named in _named_page_types(model):
        # Every page of that type and its index: a link removed by this publish is gone from
        # the page, and the page no longer lists this one.
        for url_path in set(named.objects.values_list("url_path", flat=True)):
            _purge_position(purge, url_path, siblings=False)
    return purge


def _purge_position(purge, url_path, siblings=True):
    """A page's address and what is under it; its parent (and with `siblings`, everything under
    the parent); its other ancestors, exactly."""
    path = _path(url_path)
    if path is None:
        return
    purge.tree(path)
    purge.urls.update(root + p for root, p in addresses(url_path))
    purge.routed.add(url_path)
    root = _root_path_of(url_path)
    parent = _parent(url_path)
    first = True
    while root and len(parent) >= len(root):
        parent_path = _path(parent)
        if parent_path:
            if first and siblings:
                purge.tree(parent_path)
                purge.routed.add(parent)
            else:
                purge.exact(parent_path)
            purge.urls.update(root_url + p for root_url, p in addresses(parent))
        first = False
        parent = _parent(parent)


def whole_site():
    purge = Purge()
    purge.whole_site = True
    return purge


# The frontend cache --------------------------------------------------------------------------


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def all_page_urls():
    urls = set()
    for url_path in Page.objects.live().values_list("url_path", flat=True):
        urls.update(root + path for root, path in addresses(url_path))
    for listing in ("/sitemap.xml",):
        urls.update(root.root_url + listing for root in _root_paths())
    return urls


def route_urls(url_paths):
    """The addresses of the routes without parameters (feeds, calendars) of these pages."""
    urls = set()
    rows = Page.objects.filter(url_path__in=url_paths).values_list("url_path", "content_type_id")
    for url_path, content_type_id in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        for pattern in getattr(model, "get_subpage_urls", list)():
            route = getattr(pattern.pattern, "_route", None)
            if route and not pattern.pattern.converters:
                urls.update(root + path + str(route) for root, path in addresses(url_path))
    return urls


def send_to_frontend_cache(urls):
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(sorted(urls))
    roots = {root.root_url for root in _root_paths()}
    # The sitemap and its sections, with one past the last (a delete may have shortened it).
    paths = sitemap_paths()
    paths.append(reverse("sitemap_section", args=[len(paths)]))
    batch.add_urls(sorted(root + path for root in roots for path in paths))
    batch.purge()


# Signals -------------------------------------------------------------------------------------


def on_page_change(sender, instance, **kwargs):
    page_purge(instance).apply()


def on_page_saved(sender, instance, created, raw=False, **kwargs):
    """A page created live without a publish (a copy, a script, a test factory)."""
    if created and not raw and isinstance(instance, Page) and instance.live:
        page_purge(instance).apply()


def on_site_wide_change(sender, instance=None, **kwargs):
    whole_site().apply()


def _shown_models():
    """Models whose saves are content that pages show (read when first needed: snippets are
    registered after this app is ready)."""
    if SHOWN:
        return SHOWN
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    # Collections and their restrictions decide which documents the library lists.
    models = {PageViewRestriction, Site, Locale, get_image_model(), get_document_model()}
    models.update({Collection, CollectionViewRestriction})
    models.update(get_snippet_models())
    models.update(
        m for m in apps.get_models() if issubclass(m, (BaseGenericSetting, BaseSiteSetting))
    )
    SHOWN.update(models)
    return SHOWN


def on_model_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if raw or isinstance(instance, Page) or sender not in _shown_models():
        return
    if isinstance(instance, DraftStateMixin):
        return  # a draft; its publish sends `published`
    if created and sender is get_image_model():
        return  # not shown anywhere until a page that uses it is published
    # (a new document is: the library lists every public document)
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    whole_site().apply()


def on_model_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) and sender in _shown_models():
        whole_site().apply()


def on_listing_change(sender, instance=None, raw=False, **kwargs):
    """Search promotions change search results only."""
    if not raw:
        purge = Purge()
        purge.listings()
        purge.apply()


def on_object_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        whole_site().apply()


SHOWN = set()


def connect():
    page_published.connect(on_page_change, dispatch_uid="page-cache-published")
    page_unpublished.connect(on_page_change, dispatch_uid="page-cache-unpublished")
    post_save.connect(on_page_saved, dispatch_uid="page-cache-page-created")
    post_save.connect(on_model_saved, dispatch_uid="page-cache-model-saved")
    post_delete.connect(on_model_deleted, dispatch_uid="page-cache-model-deleted")
    for model in (SearchPromotion, SearchQuery):
        post_save.connect(on_listing_change, sender=model, dispatch_uid="page-cache-promotions")
        post_delete.connect(on_listing_change, sender=model, dispatch_uid="page-cache-promotions")
    published.connect(on_object_published, dispatch_uid="page-cache-object-published")
    unpublished.connect(on_object_published, dispatch_uid="page-cache-object-unpublished")
    post_page_move.connect(on_site_wide_change, dispatch_uid="page-cache-moved")
    page_slug_changed.connect(on_site_wide_change, dispatch_uid="page-cache-slug-changed")
    # A new or migrated database (a benchmark's, a restored backup) starts without copies.
    post_migrate.connect(on_site_wide_change, dispatch_uid="page-cache-migrated")
