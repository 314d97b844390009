"""Render cost of each page type in each language, as ratios within one run.

    .venv/bin/python benchmarks/page_render.py [--repeat 50]

Builds the demo content in a throwaway SQLite database (or the database of DATABASE_URL, which
it must be allowed to fill), then requests every live page through Django's test client. It
prints, per page, the SQL query count and the median time as a ratio to the cheapest request
measured in the same run: the 404 page, which runs the same middleware, base template, menu
and footer without a page. The absolute milliseconds are printed for context only; compare
ratios between runs and machines, not milliseconds.

A second measurement adds 20 menu pages and 20 footer links and repeats: query counts must
not change (the furniture is fetched in bulk), and the time ratio shows what the extra
markup costs.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
# Cold renders: the page cache off (the menu and footer cache stays, as on any page).
os.environ.setdefault("PAGE_CACHE_ENABLED", "false")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Page  # noqa: E402

NEWS_INDEXES = [("en", "news"), ("es", "noticias"), ("eu", "albisteak")]
EVENT_INDEXES = [("en", "events"), ("es", "eventos"), ("eu", "ekitaldiak")]


def measure(client, url, repeat):
    client.get(url)  # warm caches and template loading
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries.captured_queries)  # read now: later requests reset the log
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - start)
    return query_count, statistics.median(timings)


def report(client, urls, repeat, title):
    baseline_queries, baseline = measure(client, "/en/no-such-page/", repeat)
    print(f"\n{title}\n{'url':44} {'queries':>7} {'time ratio':>10} {'ms':>7}")
    print(
        f"{'/en/no-such-page/ (404, baseline)':44} {baseline_queries:7} {1:10.2f} "
        f"{baseline * 1000:7.1f}"
    )
    results = {}
    for url in urls:
        queries, median = measure(client, url, repeat)
        results[url] = queries
        print(f"{url[:44]:44} {queries:7} {median / baseline:10.2f} {median * 1000:7.1f}")
    return results


def demo_client():
    """(client, repeat): the command line read, the database migrated and the demo loaded."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    return Client(), args.repeat


def main():
    client, repeat = demo_client()
    urls = [p.get_url() for p in Page.objects.live().filter(depth__gt=1).order_by("path")]
    urls += [f"/{code}/{slug}/feed/rss/" for code, slug in NEWS_INDEXES]
    urls += [f"/{code}/{slug}/ical/" for code, slug in EVENT_INDEXES]
    before = report(client, urls, repeat, "Demo content")

    from core.models import SiteFooter, StandardPage
    from home.models import HomePage
    from news.models import NewsIndexPage, NewsPage

    home = HomePage.objects.get(depth=2, locale__language_code="en")
    footer = SiteFooter.objects.get(locale=home.locale)
    for number in range(20):
        page = StandardPage(
            title=f"Extra page {number}", slug=f"extra-{number}", show_in_menus=True
        )
        home.add_child(instance=page)
        footer.links.append(("page", page))
    footer.save()
    news_index = NewsIndexPage.objects.get(locale=home.locale)
    for number in range(50):
        news_index.add_child(
            instance=NewsPage(
                title=f"Extra article {number}",
                slug=f"extra-article-{number}",
                standfirst="An extra article for the benchmark.",
            )
        )
    english = [url for url in urls if url.startswith("/en/")]
    after = report(
        client, english, repeat, "With 20 more menu pages and footer links, 50 more articles"
    )
    return check_unchanged(before, after, english, "more links and articles")


def check_unchanged(before, after, urls, what):
    """Print whether any of these URLs' query counts grew; the exit status to return."""
    grown = {url: (before[url], after[url]) for url in urls if after[url] > before[url]}
    print(f"\nQuery counts unchanged by {what}:", "yes" if not grown else f"NO {grown}")
    return 1 if grown else 0


if __name__ == "__main__":
    sys.exit(main())
