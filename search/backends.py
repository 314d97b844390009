"""Wagtail's database search backend, with PostgreSQL text search in each page's language.

Wagtail's PostgreSQL backend builds every object's search vector with one text-search
configuration. On a site in three languages that stems Spanish with English rules, so
"cooperación" would not find "cooperaciones". Here each object is indexed with its own
language's configuration (settings: SEARCH_CONFIGS, by language code), and a query matches
when it matches under any of those configurations: the public search is scoped to one locale
anyway, and the admin's search keeps finding pages in every language.

SQLite (the embedded default) keeps Wagtail's own backend: FTS5 without stemming.
"""

import copy
from collections import defaultdict
from functools import reduce
from types import SimpleNamespace

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import Locale


class LanguageIndex(PostgresIndex):
    """Writes each object's vectors with the configuration of the object's language."""

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


class AnyLanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Matches a query under each language's configuration (the tsqueries ORed together).

    The backend subclasses it with `configs` (every configuration, default first) and
    `configs_by_language`.
    """

    configs = ["english"]
    configs_by_language = {}

    def build_tsquery(self, query, config=None):
        queries = [self.build_tsquery_content(query, config=each) for each in self.configs]
        queries = [each for each in queries if each is not None]
        return reduce(lambda a, b: a | b, queries) if queries else None

    def get_fields_vectors(self, search_query):
        # .search(fields=[...]) builds vectors on the fly: in the reader's language.
        config = self.configs_by_language.get(get_language(), self.configs[0])
        return super().get_fields_vectors(SimpleNamespace(config=config))


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.configs_by_language = dict(params.get("SEARCH_CONFIGS", {}))
        default = self.configs_by_language.get(settings.LANGUAGE_CODE, "english")
        self.config = params.get("SEARCH_CONFIG") or default
        configs = [default, *self.configs_by_language.values()]
        # One compiler class per backend, carrying the configurations to OR together.
        self.query_compiler_class = type(
            "AnyLanguageQueryCompiler",
            (AnyLanguageQueryCompiler,),
            {
                "configs": list(dict.fromkeys(configs)),
                "configs_by_language": self.configs_by_language,
            },
        )

    def config_for_language(self, language_code):
        """Objects without a language (images, documents) use the default language's."""
        return self.configs_by_language.get(language_code, self.config)


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    return DatabaseSearchBackend(params)
