"""Basque translators work in Euskara: every string on their screens is translated."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.admin.localization import get_available_admin_languages

from tests.workflow.admin_screens import (
    catalog_has,
    fresh_catalog,
    has_words,
    javascript_messages,
    messages_on_translator_screens,
)
from tests.workflow.conftest import client_for

BASQUE = Path(settings.BASE_DIR) / "locale" / "eu" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_0-9]*\}")


def test_basque_is_an_admin_language():
    assert ("eu", "Euskara") in get_available_admin_languages()


@pytest.mark.django_db
def test_every_string_on_the_translators_screens_is_in_basque(basque_translator, client):
    screens = messages_on_translator_screens(client, basque_translator, "eu")
    catalog = fresh_catalog("eu")
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


def test_every_string_of_the_admin_javascript_is_in_basque():
    catalog = fresh_catalog("eu", domain="djangojs")
    missing = sorted(
        msgid
        for context, msgid, plural in javascript_messages()
        if has_words(msgid) and not catalog_has(catalog, context, msgid, plural)
    )
    assert missing == []


@pytest.mark.parametrize("name", ["wagtail.po", "wagtailjs.po"])
def test_basque_admin_catalogues_keep_every_placeholder(name):
    catalogue = polib.pofile(str(BASQUE / name))
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
