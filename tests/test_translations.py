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


def test_the_admins_translation_stands_where_django_po_has_none(tmp_path):
    """After `make messages`, django.po may hold an admin text the project's code also uses
    ("More actions"), untranslated or with a fuzzy guess: compiling keeps the admin's."""
    from core.management.commands.compilemessages import fold_catalogue

    own = polib.POFile()
    own.append(polib.POEntry(msgid="More actions", msgstr=""))
    own.append(polib.POEntry(msgid="pages", msgstr="Ubicación", flags=["fuzzy"]))
    own.append(polib.POEntry(msgid="Skip to main content", msgstr="Saltar al contenido"))
    own.save(str(tmp_path / "django.po"))
    extra = polib.POFile()
    extra.append(polib.POEntry(msgid="More actions", msgstr="Más acciones"))
    extra.append(polib.POEntry(msgid="pages", msgstr="páginas"))
    extra.append(polib.POEntry(msgid="Skip to main content", msgstr="Ir al contenido"))
    extra.save(str(tmp_path / "wagtail.po"))

    assert fold_catalogue(tmp_path, "django", "wagtail")
    compiled = {entry.msgid: entry.msgstr for entry in polib.mofile(str(tmp_path / "django.mo"))}
    assert compiled["More actions"] == "Más acciones"
    assert compiled["pages"] == "páginas"
    assert compiled["Skip to main content"] == "Saltar al contenido"  # the project's own wins
