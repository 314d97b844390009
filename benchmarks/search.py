"""Cost of the site search with few and many matches, as ratios within one run.

    .venv/bin/python benchmarks/search.py [--repeat 30]

Same set-up as page_render.py (throwaway SQLite unless DATABASE_URL names an empty database
it may fill), with the page cache off. For each language it requests the search page with a
common word (first page and page 2), a rare word, a word that matches nothing and a
1,000-character query, and prints the SQL query count, the time spent in SQL, and the median
time as a ratio to the 404 page; and the same for a made-up word (WORD) that 3 new articles per
language contain. It then adds articles that match both the common word and WORD, 60 and then
300 more per language (so 363 match WORD at the end, about the issue's 375), and measures
again: a page of WORD's results must cost the same number of queries, and about the same time,
with 3 or 363 matches (ten are read at a time).
"""

import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PAGE_CACHE_ENABLED", "false")  # measure the search, not the cache

# Importing page_render sets Django up.
from benchmarks.page_render import demo_client  # noqa: E402

QUERIES = {
    "en": ["cooperation", "Txorierri", "zzzxq", "x" * 1000],
    "es": ["cooperación", "Txorierri", "zzzxq", "x" * 1000],
    "eu": ["lankidetza", "Txorierri", "zzzxq", "x" * 1000],
}
WORD = "benchforum"
ADDED = [3, 60, 300]  # matching articles added per language, step by step


def flat_urls():
    """WORD's first and second page in each language: all news articles at every step."""
    pages = ["", "&page=2"]
    return [f"/{language}/search/?q={WORD}{page}" for language in QUERIES for page in pages]


def urls():
    found = flat_urls()
    for language, queries in QUERIES.items():
        common = f"/{language}/search/?q={quote(queries[0])}"
        found += [common, f"{common}&page=2"]
        found += [f"/{language}/search/?q={quote(query)}" for query in queries[1:]]
    return found


def measure(client, url, repeat):
    """(queries, milliseconds in SQL, median seconds, median CPU seconds) of one URL.

    The CPU time is this process's: on SQLite it includes the database's work and is much
    less disturbed by other programs on the machine than the wall-clock time."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm caches and template loading
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
        queries = list(captured.captured_queries)  # read now: a request resets the log
    sql = sum(float(query["time"]) for query in queries) * 1000
    timings, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return len(queries), sql, statistics.median(timings), statistics.median(cpu)


def report(client, repeat, title):
    _queries, _sql, baseline, baseline_cpu = measure(client, "/en/no-such-page/", repeat)
    print(
        f"\n{title}\n{'url':44} {'queries':>7} {'SQL ms':>7} {'time ratio':>10} {'ms':>7} "
        f"{'CPU ratio':>9} {'CPU ms':>7}"
    )
    label = "/en/no-such-page/ (404, baseline)"
    print(
        f"{label:44} {'':7} {'':7} {1:10.2f} {baseline * 1000:7.1f} {1:9.2f} "
        f"{baseline_cpu * 1000:7.1f}"
    )
    results = {}
    for url in urls():
        queries, sql, median, cpu = measure(client, url, repeat)
        results[url] = (queries, median / baseline, cpu / baseline_cpu)
        print(
            f"{url[:44]:44} {queries:7} {sql:7.1f} {median / baseline:10.2f} "
            f"{median * 1000:7.1f} {cpu / baseline_cpu:9.2f} {cpu * 1000:7.1f}"
        )
    return results


def add_matching_articles(count):
    from wagtail.rich_text import RichText

    from news.models import NewsIndexPage, NewsPage

    for index in NewsIndexPage.objects.all():
        word = f"{QUERIES[index.locale.language_code][0]} {WORD}"
        start = NewsPage.objects.filter(locale=index.locale, slug__startswith="extra-").count()
        for number in range(start, start + count):
            index.add_child(
                instance=NewsPage(
                    title=f"Extra {number}",
                    slug=f"extra-search-{number}",
                    standfirst=f"An extra article about {word}.",
                    body=[("paragraph", RichText(f"<p>More on {word}, number {number}.</p>"))],
                )
            )


def main():
    client, repeat = demo_client()
    steps = []
    total = 0
    for count in ADDED:
        add_matching_articles(count)
        total += count
        title = f"{total} articles per language match {WORD!r} (and the common word)"
        steps.append(report(client, repeat, title))

    few, many = steps[0], steps[-1]
    grown = {
        url: [step[url][0] for step in steps]
        for url in flat_urls()
        if len({step[url][0] for step in steps}) > 1
    }
    print(
        f"\nQuery counts of {WORD!r} unchanged from {ADDED[0]} to {total} matches:",
        "yes" if not grown else f"NO {grown}",
    )
    for name, column in [("Time", 1), ("CPU time", 2)]:
        ratios = [many[url][column] / few[url][column] for url in flat_urls()]
        print(
            f"{name} of {WORD!r}'s pages with {total} matches / with {ADDED[0]}: "
            f"{min(ratios):.2f} to {max(ratios):.2f}"
        )
    return 1 if grown else 0


if __name__ == "__main__":
    sys.exit(main())
