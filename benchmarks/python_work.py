"""Python work of one page render, counted rather than timed: the number of Python function
calls (cProfile) per request of a demo page, with the menu and footer cached and the page
cache off. The count does not move with machine load, so runs compare between commits.

    .venv/bin/python benchmarks/python_work.py [--url /en/news/...] [--top 25]

Builds the demo content in a throwaway SQLite database (or uses DATABASE_URL's, which it must
be allowed to fill, or `--reuse` one already filled), requests each page twice to warm the
furniture, template and rendition caches, then profiles one more request of each. By default
it measures the first news article of each language (the issue's "article render") and the
home page; `--top N` lists the functions with the most calls (own calls, not cumulative).
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def default_urls():
    from wagtail.models import Locale

    from news.models import NewsPage

    urls = []
    for locale in Locale.objects.order_by("language_code"):
        article = NewsPage.objects.live().filter(locale=locale).order_by("path").first()
        if article is not None:
            urls.append(article.get_url())
    return urls


def profile(client, url):
    """(function calls, primitive calls, queries, stats) of one warm request of `url`."""
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        client.get(url)
        profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    return stats.total_calls, stats.prim_calls, len(queries.captured_queries), stats


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", action="append", help="a page to measure (repeatable)")
    parser.add_argument("--top", type=int, default=0, help="list the N most called functions")
    parser.add_argument("--reuse", action="store_true", help="the database already has the demo")
    args = parser.parse_args()
    if not args.reuse:
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=io.StringIO())
    client = Client()
    urls = args.url or default_urls()
    print(f"{'url':58} {'calls':>9} {'primitive':>9} {'queries':>7}")
    with override_settings(PAGE_CACHE_ENABLED=False):
        for url in urls:
            calls, primitive, queries, stats = profile(client, url)
            print(f"{url[:58]:58} {calls:9} {primitive:9} {queries:7}")
            if args.top:
                out = io.StringIO()
                stats.stream = out
                stats.sort_stats("ncalls").print_stats(args.top)
                print(out.getvalue())


if __name__ == "__main__":
    main()
