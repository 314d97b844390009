"""Translators work in their language: every string on their screens is in Basque or Spanish.

What the catalogues cannot reach (upstream English outside gettext) is checked in Chromium by
tests/browser/test_admin_language.py.
"""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from tests.workflow.admin_screens import (
    catalog_has,
    fresh_catalog,
    has_words,
    javascript_messages,
    messages_on_editor_screens,
    messages_on_translator_screens,
)
from tests.workflow.conftest import client_for

LOCALE = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")


def test_basque_is_an_admin_language():
    assert ("eu", "Euskara") in get_available_admin_languages()


def translator_in_their_language(user, language_code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["eu", "es"])
def test_every_string_on_the_translators_screens_is_in_their_language(
    language_code, basque_translator, spanish_translator, client
):
    translator = {"eu": basque_translator, "es": spanish_translator}[language_code]
    translator_in_their_language(translator, language_code)
    screens = messages_on_translator_screens(client, translator, language_code)
    catalog = fresh_catalog(language_code)
    missing = {
        screen: sorted(
            msgid
            for context, msgid, plural in seen
            if has_words(msgid) and not catalog_has(catalog, context, msgid, plural)
        )
        for screen, seen in screens.items()
    }
    assert {screen: strings for screen, strings in missing.items() if strings} == {}
    assert len(set().union(*screens.values())) > 250  # the walk really saw the screens


@pytest.mark.django_db
@pytest.mark.parametrize("language_code", ["eu", "es"])
def test_every_string_on_the_editors_screens_is_in_their_language(language_code, editor, client):
    """Also what the screens hide until clicked: menus, dialogs, the checks panel."""
    translator_in_their_language(editor, language_code)
    screens = messages_on_editor_screens(client, editor)
    catalog = fresh_catalog(language_code)
    missing = {
        screen: sorted(
            msgid
            for context, msgid, plural in seen
            if has_words(msgid) and not catalog_has(catalog, context, msgid, plural)
        )
        for screen, seen in screens.items()
    }
    assert {screen: strings for screen, strings in missing.items() if strings} == {}
    assert len(set().union(*screens.values())) > 500


@pytest.mark.parametrize("language_code", ["eu", "es"])
def test_every_string_of_the_admin_javascript_is_in_their_language(language_code):
    catalog = fresh_catalog(language_code, domain="djangojs")
    missing = sorted(
        msgid
        for context, msgid, plural in javascript_messages()
        if has_words(msgid) and not catalog_has(catalog, context, msgid, plural)
    )
    assert missing == []


@pytest.mark.parametrize("language_code", ["eu", "es"])
@pytest.mark.parametrize("name", ["wagtail.po", "wagtailjs.po"])
def test_admin_catalogues_keep_every_placeholder(language_code, name):
    catalogue = polib.pofile(str(LOCALE / language_code / "LC_MESSAGES" / name))
    assert catalogue.untranslated_entries() == []
    for entry in catalogue:
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
        for text in translations:
            assert sorted(PLACEHOLDER.findall(text)) == expected or not expected, entry.msgid


@pytest.mark.django_db
def test_the_dashboard_and_the_translation_editor_speak_basque(basque_translator):
    browser = client_for(basque_translator)
    dashboard = browser.get(reverse("wagtailadmin_home")).content.decode()
    assert 'lang="eu"' in dashboard
    report = browser.get(reverse("translation_status_report")).content.decode()
    assert "Itzulpenen egoera" in report


@pytest.mark.parametrize(
    ("language_code", "english", "translated"),
    [
        ("es", "Publish in English", "Publicar en inglés"),
        ("eu", "Uses English version", "Jatorrizko bertsioa erabiltzen du (ingelesa)"),
    ],
)
def test_a_language_named_inside_a_sentence_is_in_the_users_language(
    language_code, english, translated
):
    """Wagtail names a locale by its own name, also inside sentences; the admin does not."""
    from django.utils import translation
    from wagtail.models import Locale

    english_locale = Locale(language_code="en")
    with translation.override(language_code):
        javascript = fresh_catalog(language_code, domain="djangojs")
        verb = english.removesuffix(" English").removesuffix(" English version")
        if english.startswith("Uses"):
            sentence = javascript["Uses %s version"] % english_locale.get_display_name()
        else:
            sentence = javascript[f"{verb} "] + english_locale.get_display_name()
    assert sentence == translated
    with translation.override("en"):
        assert english_locale.get_display_name() == "English"  # an English admin: unchanged


def test_the_translation_editor_dates_its_notes_in_the_users_language():
    from datetime import datetime

    from django.utils import timezone, translation
    from wagtail_localize.models import StringTranslation

    note = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=timezone.make_aware(datetime(2026, 12, 2, 12)),
    )
    with translation.override("es"):
        assert note.get_comment() == "Traducido manualmente el 2 de diciembre de 2026"
    with translation.override("eu"):  # Django's Basque date format
        assert note.get_comment() == "Eskuz itzulia: 2026ko abe. 2a"
