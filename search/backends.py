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

SQLite (the embedded default) keeps Wagtail's own backend: FTS5 without stemming.
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


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
