"""Plain-text helpers for search results: the query's words, an excerpt, highlighting.

Matching here is for display only (the database decides what matches). A word is marked when
it starts like a query word, ignoring case and accents, with a short ending allowed to differ,
so "cooperación" marks "cooperaciones" and "partners" marks "partner".
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search import index

WORD = re.compile(r"\w+")
# The most words a query is searched with, and the longest query kept (Wagtail's own limit
# for stored queries). A longer query is shortened, never refused.
MAX_QUERY_WORDS = 12
MAX_QUERY_LENGTH = 255


def clean_query(raw):
    """(query, shortened): whitespace collapsed, at most MAX_QUERY_WORDS words and
    MAX_QUERY_LENGTH characters, ending on a whole word where there is more than one.
    Symbols stay: the backend escapes them."""
    # One form for accented letters (é, not e + ◌́, as text pasted from a PDF may have it), and
    # no control characters.
    raw = unicodedata.normalize("NFC", raw)
    raw = "".join(char if unicodedata.category(char)[0] != "C" else " " for char in raw)
    words = raw.split()
    query = " ".join(words[:MAX_QUERY_WORDS])
    shortened = len(words) > MAX_QUERY_WORDS
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        if " " in query:  # end on a whole word
            query = query.rsplit(" ", 1)[0]
        shortened = True
    return query, shortened


def search_terms(query):
    """The query's words only, as the search backend gets them.

    Punctuation carries no meaning in a full-text search, and some of it is syntax to the
    database (SQLite's FTS5 fails on a stray double quote), so only words are sent."""
    return " ".join(WORD.findall(query))


def fold(text):
    """Lower case without accents: "Cooperación" → "cooperacion"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Words shorter than this are marked only where they appear whole ("in" is not "INNOVET").
SHORT_WORD = 5


def query_stems(query, prefix=False):
    """The folded query words, each cut to what a marked word must start with: a long word
    may differ in its last two letters (a plural, a verb ending); a short one must match
    whole, unless `prefix` (the reader's language matches words by their beginning)."""
    stems = []
    for word in WORD.findall(fold(query)):
        if len(word) >= SHORT_WORD:
            stem = (word[: max(SHORT_WORD, len(word) - 2)], True)
        else:
            stem = (word, prefix)
        if stem not in stems:
            stems.append(stem)
    return stems


def _marks(word, stems):
    folded = fold(word)
    return any(
        folded.startswith(stem) if is_prefix else folded == stem for stem, is_prefix in stems
    )


def highlight(text, stems):
    """Escaped text with the words that match wrapped in <mark>."""
    if not stems:
        return escape(text)
    parts = []
    position = 0
    for match in WORD.finditer(text):
        if _marks(match.group(), stems):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))


def excerpt(text, stems, length=30):
    """About `length` words of text around its first match (the start when none matches)."""
    words = text.split()
    first = next(
        (i for i, word in enumerate(words) if any(_marks(w, stems) for w in WORD.findall(word))),
        0,
    )
    start = max(0, first - length // 3)
    chosen = words[start : start + length]
    return "".join(
        [
            "… " if start > 0 else "",
            " ".join(chosen),
            " …" if start + length < len(words) else "",
        ]
    )


def searchable_text(page):
    """The text a page is indexed by, apart from its title: its search fields' values."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            parts.append(_flatten(field.get_value(page)))
    return " ".join(part for part in parts if part)


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return str(value)
