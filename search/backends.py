"""Wagtail's database search backend, with PostgreSQL text search in each page's language.

Wagtail's PostgreSQL backend builds every object's search vector with one text-search
configuration. On a site in three languages that stems Spanish with English rules, so
"cooperación" would not find "cooperaciones". Here:

- each object is indexed with its own language's configuration (SEARCH_CONFIGS, by language
  code), plus its words unaccented and unstemmed (UNACCENTED_CONFIG), so that "cooperacion"
  typed without its accent still finds "cooperación";
- a query matches when it matches under any of those configurations: the public search is
  limited to one language by its locale filter, and the admin's search keeps finding pages
  in every language;
- in the languages of PREFIX_LANGUAGES (Basque, which PostgreSQL cannot stem) every query
  word also matches the words it begins: "lankidetza" finds "lankidetzaren".

SQLite (the embedded default) keeps Wagtail's own backend, FTS5 without stemming, except how a
page of results is ranked: upstream scores each matching page with a correlated subquery that
runs the full-text match again, so a page of ten results cost time in the square of the number
of matches. Here the matches are ranked in one pass over the full-text index and only the
page's rows are then read (RankedSQLiteSearchResults).
"""

import copy
import operator
import re
from collections import defaultdict
from functools import lru_cache, reduce
from types import SimpleNamespace

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.encoding import force_str
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale
from wagtail.search.models import IndexEntry


class LanguageIndex(PostgresIndex):
    """Writes each object's vectors with the configuration of the object's language, then
    adds its unaccented words."""

    def add_items(self, model, objs):
        groups = defaultdict(list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        for obj in objs:
            language = languages.get(getattr(obj, "locale_id", None))
            groups[self.backend.config_for_language(language)].append(obj)
        for config, group in groups.items():
            # ObjectIndexer reads backend.config: give it a copy of the backend set to this
            # language's configuration.
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)
        if self.backend.unaccented_config and objs and model.get_search_fields():
            self._add_unaccented_words(model, objs)

    def _add_unaccented_words(self, model, objs):
        # The plain text of title and body is stored next to the vectors (for fuzzy search):
        # one statement for the whole batch, at the lowest weight.
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                UPDATE {table}
                SET title = title || to_tsvector(%s::regconfig, title_text),
                    body = body || to_tsvector(%s::regconfig, body_text)
                WHERE content_type_id = %s AND object_id = ANY(%s)
                """,
                [
                    self.backend.unaccented_config,
                    self.backend.unaccented_config,
                    get_content_type_pk(model),
                    [force_str(obj.pk) for obj in objs],
                ],
            )


class AnyLanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Matches a query under each configuration (the tsqueries ORed together).

    The backend gives a subclass its `configs` (default first), `configs_by_language` and
    `prefix_languages` (see compiler_class).
    """

    configs = ("english",)
    configs_by_language = {}
    prefix_languages = frozenset()

    def build_tsquery(self, query, config=None):
        queries = [self.build_tsquery_content(query, config=each) for each in self.configs]
        queries = [each for each in queries if each is not None]
        return reduce(operator.or_, queries) if queries else None

    def build_tsquery_content(self, query, config=None, invert=False):
        language = get_language()
        if (
            isinstance(query, PlainText)
            and language in self.prefix_languages
            and config == self.configs_by_language.get(language)
        ):
            return self._prefix_tsquery(query, config, invert)
        return super().build_tsquery_content(query, config=config, invert=invert)

    @staticmethod
    def _prefix_tsquery(query, config, invert):
        """Every word as a prefix ('lankidetza':*), joined by the query's operator."""
        terms = [term for term in re.split(r"[\s\-]+", query.query_string) if term]
        if not terms:
            return None
        join = operator.and_ if query.operator == "and" else operator.or_
        lexemes = [Lexeme(term, invert=invert, prefix=True) for term in terms]
        return SearchQuery(reduce(join, lexemes), search_type="raw", config=config)

    def get_fields_vectors(self, search_query):
        # .search(fields=[...]) builds vectors on the fly: in the reader's language.
        config = self.configs_by_language.get(get_language(), self.configs[0])
        return super().get_fields_vectors(SimpleNamespace(config=config))


@lru_cache
def compiler_class(configs, configs_by_language, prefix_languages):
    """The compiler for one backend's settings, built once (backends are created often)."""
    return type(
        "AnyLanguageQueryCompiler",
        (AnyLanguageQueryCompiler,),
        {
            "configs": configs,
            "configs_by_language": dict(configs_by_language),
            "prefix_languages": prefix_languages,
        },
    )


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.configs_by_language = dict(params.get("SEARCH_CONFIGS", {}))
        default = self.configs_by_language.get(settings.LANGUAGE_CODE, "english")
        self.config = params.get("SEARCH_CONFIG") or default
        self.unaccented_config = params.get("UNACCENTED_CONFIG")
        configs = [default, *self.configs_by_language.values(), self.unaccented_config]
        self.query_compiler_class = compiler_class(
            tuple(dict.fromkeys(config for config in configs if config)),
            tuple(sorted(self.configs_by_language.items())),
            frozenset(params.get("PREFIX_LANGUAGES", ())),
        )

    def config_for_language(self, language_code):
        """Objects without a language (images, documents) use the default language's."""
        return self.configs_by_language.get(language_code, self.config)


@lru_cache
def ranked_sqlite_backend_class():
    """SQLite's FTS5 backend with the ranking of RankedSQLiteSearchResults (the module is only
    imported on SQLite: its models exist only where FTS5 does)."""
    from modelsearch.backends.database.sqlite import sqlite

    class RankedSQLiteSearchResults(sqlite.SQLiteSearchResults):
        """A slice of results read with two queries whose cost grows with the number of
        matches at most linearly: the slice's ids ranked in one pass over the full-text index
        (upstream runs the match again for every matching page), then those objects."""

        def _ranked_ids(self):
            """[(object_id, score)] of the slice, best first; None where upstream's search
            has no ranking to do (match all, negated queries, no relevance order)."""
            compiler = self.query_compiler
            query = sqlite.normalize(compiler.query)
            if not compiler.order_by_relevance or isinstance(query, sqlite.MatchAll | sqlite.Not):
                return None
            config = compiler.get_config(self.backend)
            pks = compiler.queryset.order_by().annotate(_pk_text=Cast("pk", TextField()))
            index_query = (
                sqlite.SQLiteFTSIndexEntry.objects.filter(
                    sqlite.MatchExpression(
                        compiler.fields or compiler.FTS_TABLE_FIELDS,
                        compiler.build_search_query(query, config=config),
                    )
                )
                .filter(
                    index_entry__content_type__in=sqlite.get_descendants_content_types_pks(
                        compiler.queryset.model
                    ),
                    index_entry__object_id__in=pks.values("_pk_text"),
                )
                .annotate(
                    score=compiler._build_rank_expression(compiler.get_search_vectors(), config)
                )
                .order_by("score", "-pk")
                .values_list("index_entry__object_id", "score")
            )
            return list(index_query[self.start : self.stop])

        def _do_search(self):
            ranked = self._ranked_ids()
            if ranked is None:
                return super()._do_search()
            to_python = self.query_compiler.queryset.model._meta.pk.to_python
            ranked = [(to_python(object_id), score) for object_id, score in ranked]
            found = self.query_compiler.queryset.in_bulk([pk for pk, _score in ranked])
            results = []
            for pk, score in ranked:
                if pk in found:
                    if self._score_field:
                        setattr(found[pk], self._score_field, score)
                    results.append(found[pk])
            return results

    class RankedSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
        results_class = RankedSQLiteSearchResults

    return RankedSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if backend.__class__.__name__ == "SQLiteSearchBackend":  # FTS5 is available
        return ranked_sqlite_backend_class()(params)
    return backend
