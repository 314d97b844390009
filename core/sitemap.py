"""/sitemap.xml, its sections /sitemap-<n>.xml, and /robots.txt for search engines.

/sitemap.xml is a sitemap index (sitemaps.org protocol) that names the sections
/sitemap-1.xml, /sitemap-2.xml, …: together they list every live page that anyone may read, in
every language, each page once, with the addresses of its other languages (hreflang) and
English as x-default, as the <head> of each page does.

Each request costs the same however many pages the site has:

- the index counts the pages (one aggregate query, plus Wagtail's query for view
  restrictions) and names ceil(count / SITEMAP_SECTION_SIZE) sections;
- a section reads its slice of the pages in tree order (path, which every page has once and
  which the tree's index keeps sorted), at most SITEMAP_SECTION_SIZE of them, and then the
  other languages of those pages only (by their translation keys).

SITEMAP_SECTION_SIZE (default 100) bounds a section: about 70 KB with three languages, the
weight of an HTML page, and far below the protocol's 50,000 URLs or 50 MB. The demo has more
than 100 pages, so a section is full from the start and costs the same with 28 or 1,000
articles per language; 50,000 sections (the protocol's limit for an index) would hold five
million pages.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

SECTION_SIZE = 100


@dataclass
class SitemapEntry:
    url: str
    lastmod: object
    alternates: list  # [(hreflang, url)], this page included, x-default last


def section_size():
    return getattr(settings, "SITEMAP_SECTION_SIZE", SECTION_SIZE)


def listed_pages():
    """The pages a sitemap lists: live, readable by anyone, not the tree's root."""
    return Page.objects.live().public().filter(depth__gt=1)


def section_count():
    return max(1, math.ceil(listed_pages().count() / section_size()))


def sitemap_paths():
    """The addresses of the index and of every current section, for a cache to purge."""
    return [reverse("sitemap")] + [
        reverse("sitemap_section", args=[number]) for number in range(1, section_count() + 1)
    ]


def sitemap_entries(request, number):
    """The entries of section `number` (from 1), or None past the last section."""
    size = section_size()
    start = (number - 1) * size
    listed = listed_pages()  # reads the view restrictions once, for both queries
    # The section's pages as (translation_key, language, lastmod); their addresses come with
    # their translations' below.
    pages = list(
        listed.order_by("path").values_list(
            "translation_key", "locale__language_code", "last_published_at"
        )[start : start + size]
    )
    if not pages and number > 1:
        return None
    by_key = defaultdict(dict)  # translation_key: {language: absolute URL}
    translations = (
        listed.filter(translation_key__in={key for key, _language, _lastmod in pages})
        .select_related("locale")
        .only("id", "url_path", "translation_key", "locale__language_code")
    )
    for page in translations:
        relative = page.get_url(request)
        if relative is not None:  # outside every site
            url = request.build_absolute_uri(relative)
            by_key[page.translation_key][page.locale.language_code] = url

    order = [code for code, _name in settings.LANGUAGES]
    entries = []
    for key, language, lastmod in pages:
        versions = by_key[key]
        url = versions.get(language)
        if url is None:
            continue
        alternates = [(code, versions[code]) for code in order if code in versions]
        if settings.LANGUAGE_CODE in versions:  # as components/page_meta.html does
            alternates.append(("x-default", versions[settings.LANGUAGE_CODE]))
        entries.append(SitemapEntry(url, lastmod, alternates))
    return entries


def render_xml(request, template, context):
    return render(request, template, context, content_type="application/xml; charset=utf-8")


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap(request):
    """The sitemap index: the address of every section."""
    sections = [
        request.build_absolute_uri(reverse("sitemap_section", args=[number]))
        for number in range(1, section_count() + 1)
    ]
    return render_xml(request, "core/sitemap_index.xml", {"sections": sections})


@require_safe
@cache_control(max_age=3600, public=True)
def sitemap_section(request, number):
    entries = sitemap_entries(request, int(number))
    if entries is None:
        raise Http404("No such sitemap section")
    return render_xml(request, "core/sitemap.xml", {"entries": entries})


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # The search pages are not disallowed: crawlers must fetch them to read their noindex.
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
