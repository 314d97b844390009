"""Document uploads through the admin: limited in bytes with the limit named in MB, and a full
disk answered with a message in the form or the multiple uploader's JSON, leaving no file and
no row behind; a replaced file is kept until its replacement is saved (core/upload_forms.py)."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from wagtail.models import Collection

from publications.models import ResourceDocument
from tests.uploads import file_errors, fill_the_disk, media_files, sign_in_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    return sign_in_editor(client, django_user_model)


@pytest.fixture
def full_disk(settings):
    fill_the_disk(settings)


PDF = b"%PDF-1.4\n" + b"0" * 5000 + b"\n%%EOF\n"


def pdf(name="upload-test.pdf", content=PDF):
    return SimpleUploadedFile(name, content, "application/pdf")


def details(**fields):
    return {
        "title": "Upload test",
        "collection": Collection.get_first_root_node().pk,
        "language": "en",
        "resource_type": "report",
        "licence": "CC BY 4.0",
        **fields,
    }


def add_document(client, upload):
    return client.post(reverse("wagtaildocs:add"), details(file=upload))


def add_multiple(client, upload):
    # A request runs in autocommit in production; here inside the test's transaction, which
    # a failed insert would spoil for the rest of the test: the request gets a savepoint.
    with transaction.atomic():
        return client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": upload},
            headers={"x-requested-with": "XMLHttpRequest"},
        )


def test_a_document_within_the_limit_is_saved(client, editor, settings):
    before = media_files(settings)
    response = add_document(client, pdf())
    assert response.status_code == 302
    document = ResourceDocument.objects.get(title="Upload test")
    assert document.file_size == len(PDF)
    assert set(media_files(settings)) - set(before) == {document.file.name}


def test_a_document_over_the_limit_is_refused_with_the_limit_in_mb(client, editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024 * 1024
    before = media_files(settings)
    big = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024)
    response = add_document(client, pdf(content=big))
    assert response.status_code == 200
    assert "This file is 3 MB; the largest document accepted is 1 MB." in file_errors(response)
    result = json.loads(add_multiple(client, pdf(content=big)).content)
    assert result["success"] is False
    assert "the largest document accepted is 1 MB" in result["error_message"]
    assert not ResourceDocument.objects.filter(file__contains="upload-test").exists()
    assert media_files(settings) == before


def test_the_limit_is_shown_in_the_form(client, editor):
    response = client.get(reverse("wagtaildocs:add"))
    assert "At most 50 MB." in response.content.decode()


def test_a_full_disk_is_a_message_in_the_form_and_leaves_nothing(
    client, editor, settings, full_disk
):
    before = media_files(settings)
    response = add_document(client, pdf())
    assert response.status_code == 200
    assert "the server's disk is full. Nothing was saved." in file_errors(response)
    assert not ResourceDocument.objects.filter(title="Upload test").exists()
    assert media_files(settings) == before


def test_a_full_disk_in_the_multiple_uploader_is_a_json_error(client, editor, settings, full_disk):
    before = media_files(settings)
    response = add_multiple(client, pdf())
    result = json.loads(response.content)
    assert result["success"] is False
    assert "the server's disk is full" in result["error_message"]
    assert not ResourceDocument.objects.filter(file__contains="upload-test").exists()
    assert media_files(settings) == before


def test_a_full_disk_when_replacing_a_file_keeps_the_old_one(client, editor, settings):
    """Wagtail deletes the old file before it writes the new one: on a full disk the document
    would point to a file that is gone."""
    add_document(client, pdf())
    document = ResourceDocument.objects.get(title="Upload test")
    old_name = document.file.name
    before = media_files(settings)
    fill_the_disk(settings)
    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        details(file=pdf("upload-test-new-edition.pdf")),
    )
    assert response.status_code == 200
    assert "the server's disk is full" in file_errors(response)
    document.refresh_from_db()
    assert document.file.name == old_name
    assert media_files(settings) == before


def test_replacing_a_file_deletes_the_old_one_after_the_new_one_is_saved(client, editor, settings):
    add_document(client, pdf())
    document = ResourceDocument.objects.get(title="Upload test")
    old_name = document.file.name
    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        details(file=pdf("upload-test-new-edition.pdf")),
    )
    assert response.status_code == 302
    document.refresh_from_db()
    files = media_files(settings)
    assert document.file.name in files
    assert old_name not in files
