"""Cost of the site search, as ratios within one run.

    .venv/bin/python benchmarks/search.py [--repeat 30]

Same set-up as page_render.py (throwaway SQLite unless DATABASE_URL names an empty database
it may fill). For each language it requests the search page with a common word, a rare word,
a word that matches nothing and a 1,000-character query, and prints the SQL query count and
the median time as a ratio to the 404 page. It then adds 300 articles (100 per language) that
all match the common word and measures again: a page of results must cost the same number
of queries however many pages match (ten are shown at a time).
"""

import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Importing page_render sets Django up.
from benchmarks.page_render import check_unchanged, demo_client, report  # noqa: E402

QUERIES = {
    "en": ["cooperation", "Txorierri", "zzzxq", "x" * 1000],
    "es": ["cooperación", "Txorierri", "zzzxq", "x" * 1000],
    "eu": ["lankidetza", "Txorierri", "zzzxq", "x" * 1000],
}


def urls():
    return [
        f"/{language}/search/?q={quote(query)}"
        for language, queries in QUERIES.items()
        for query in queries
    ]


def main():
    client, repeat = demo_client()
    before = report(client, urls(), repeat, "Demo content")

    from wagtail.rich_text import RichText

    from news.models import NewsIndexPage, NewsPage

    common = {language: queries[0] for language, queries in QUERIES.items()}
    for index in NewsIndexPage.objects.all():
        word = common[index.locale.language_code]
        for number in range(100):
            index.add_child(
                instance=NewsPage(
                    title=f"Extra {number}",
                    slug=f"extra-search-{number}",
                    standfirst=f"An extra article about {word}.",
                    body=[("paragraph", RichText(f"<p>More on {word}, number {number}.</p>"))],
                )
            )
    after = report(client, urls(), repeat, "With 100 more matching articles per language")
    return check_unchanged(before, after, before, "more matching pages")


if __name__ == "__main__":
    sys.exit(main())
