"""External translators work on PO files; machine translation comes from the environment."""

import polib
import pytest
import requests
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation

from config.settings.base import machine_translator
from tests.workflow.conftest import client_for
from tests.workflow.helpers import assert_denied, edit_url, segments, translation_of

pytestmark = pytest.mark.django_db


def start_translation(editor, page, language_code):
    client_for(editor).post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Locale.objects.get(language_code=language_code).pk]},
    )
    return translation_of(page, language_code)


@pytest.mark.parametrize("language_code", ["es", "eu"])
def test_po_file_round_trip_for_each_language(
    language_code, ten_paragraphs, editor, spanish_translator, basque_translator
):
    translator = {"es": spanish_translator, "eu": basque_translator}[language_code]
    translation = start_translation(editor, ten_paragraphs, language_code)
    browser = client_for(translator)

    download = browser.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert f"-{language_code}.po" in download["Content-Disposition"]
    po = polib.pofile(download.content.decode())
    assert len(po) == segments(translation).count()
    assert po.metadata.get("X-WagtailLocalize-TranslationID") == str(translation.uuid)

    # The external translator fills every entry in their PO editor and sends it back.
    for entry in po:
        entry.msgstr = f"[{language_code}] {entry.msgid}"
    upload = SimpleUploadedFile("back.po", str(po).encode(), content_type="text/x-gettext")
    next_url = edit_url(translation.get_target_instance())
    response = browser.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": next_url},
    )
    assert response.status_code == 302
    assert translation.get_progress() == (len(po), len(po))
    locale = Locale.objects.get(language_code=language_code)
    assert StringTranslation.objects.filter(
        locale=locale, data=f"[{language_code}] {PARAGRAPH_ONE}"
    ).exists()

    # Someone else's language refuses both.
    other = basque_translator if language_code == "es" else spanish_translator
    url = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    assert_denied(client_for(other).get(url))


PARAGRAPH_ONE = "Paragraph number 1 about vocational training."


def test_a_po_file_for_another_translation_is_refused(ten_paragraphs, editor, spanish_translator):
    spanish = start_translation(editor, ten_paragraphs, "es")
    po = polib.pofile(
        client_for(spanish_translator)
        .get(reverse("wagtail_localize:download_pofile", args=[spanish.pk]))
        .content.decode()
    )
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "wrong"
    upload = SimpleUploadedFile("other.po", str(po).encode())
    response = client_for(spanish_translator).post(
        reverse("wagtail_localize:upload_pofile", args=[spanish.pk]), {"file": upload}
    )
    assert response.status_code == 302
    assert spanish.get_progress()[1] == 0
    garbage = SimpleUploadedFile("garbage.po", b"\x00\xff not a po file")
    response = client_for(spanish_translator).post(
        reverse("wagtail_localize:upload_pofile", args=[spanish.pk]), {"file": garbage}
    )
    assert response.status_code == 302
    assert spanish.get_progress()[1] == 0


DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def test_machine_translation_with_the_dummy_translator(
    ten_paragraphs, editor, spanish_translator, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    translation = start_translation(editor, ten_paragraphs, "es")
    browser = client_for(spanish_translator)
    next_url = edit_url(translation.get_target_instance())
    editor_page = browser.get(next_url).content.decode()
    assert "machineTranslator" in editor_page and "Dummy translator" in editor_page

    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert browser.post(url, {"next": next_url}).status_code == 302
    total, done = translation.get_progress()
    assert done == total > 0
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        tool_name="Dummy translator",
    )
    assert machine.count() >= 10


class UnreachableTranslator(BaseMachineTranslator):
    display_name = "Unreachable"

    def translate(self, source_locale, target_locale, strings):
        raise requests.ConnectionError("no route to host")

    def can_translate(self, source_locale, target_locale):
        return True


def test_an_unreachable_service_gives_a_message_not_an_error(
    ten_paragraphs, editor, spanish_translator, settings
):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": f"{__name__}.UnreachableTranslator"}
    translation = start_translation(editor, ten_paragraphs, "es")
    browser = client_for(spanish_translator)
    next_url = edit_url(translation.get_target_instance())
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    response = browser.post(url, {"next": next_url}, follow=True)
    assert response.status_code == 200
    assert "did not answer" in response.content.decode()
    assert translation.get_progress()[1] == 0


def test_machine_translator_follows_the_environment():
    assert machine_translator({}) is None
    deepl = machine_translator({"DEEPL_API_KEY": "key:fx", "LIBRETRANSLATE_URL": "http://lt"})
    assert deepl["CLASS"].endswith("deepl.DeepLTranslator")
    assert deepl["OPTIONS"]["AUTH_KEY"] == "key:fx"
    libre = machine_translator({"LIBRETRANSLATE_URL": "http://lt:5000"})
    assert libre["CLASS"].endswith("libretranslate.LibreTranslator")
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://lt:5000"
    from django.utils.module_loading import import_string

    for config in (deepl, libre):
        assert import_string(config["CLASS"])(config["OPTIONS"]).display_name
