"""/sitemap.xml and /robots.txt for search engines.

The sitemap lists every live page that anyone may read, in every language, each with the
addresses of its other languages (hreflang) and English as x-default, as the <head> of each
page does. A few queries whatever the number of pages.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page


@dataclass
class SitemapEntry:
    url: str
    lastmod: object
    alternates: list  # [(hreflang, url)], this page included, x-default last


def sitemap_entries(request):
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .select_related("locale")
        .only("id", "url_path", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path")
    )
    urls = {}
    by_key = defaultdict(dict)
    for page in pages:
        relative = page.get_url(request)
        if relative is None:  # outside every site
            continue
        urls[page.pk] = (page, request.build_absolute_uri(relative))
        by_key[page.translation_key][page.locale.language_code] = urls[page.pk][1]

    order = [code for code, _name in settings.LANGUAGES]
    entries = []
    for page, url in urls.values():
        versions = by_key[page.translation_key]
        alternates = [(code, versions[code]) for code in order if code in versions]
        if settings.LANGUAGE_CODE in versions:  # as components/page_meta.html does
            alternates.append(("x-default", versions[settings.LANGUAGE_CODE]))
        entries.append(SitemapEntry(url, page.last_published_at, alternates))
    return entries


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return render(
        request,
        "core/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
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
