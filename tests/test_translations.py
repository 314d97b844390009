"""The interface catalogues are complete: every string has its Spanish and Basque."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("language", ["es", "eu"])
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 50
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [("es", "Saltar al contenido principal"), ("eu", "Joan eduki nagusira")],
)
def test_compiled_catalogue_is_used(language, expected):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert catalogue.find("Skip to main content").msgstr == expected
    with translation.override(language):
        assert translation.gettext("Skip to main content") == expected
