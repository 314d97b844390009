"""Image uploads through the admin: limited in pixels (counted from the header, before anything
is decoded) and in bytes, and a full disk answered with a message in the form or the multiple
uploader's JSON, leaving no file and no row behind (core/uploads.py, core/upload_forms.py)."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from tests.uploads import (
    file_errors,
    fill_the_disk,
    media_files,
    png,
    png_chunk,
    sign_in_editor,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    return sign_in_editor(client, django_user_model)


@pytest.fixture
def full_disk(settings):
    fill_the_disk(settings)


Image = get_image_model()


def jpeg(width=300, height=200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 80, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type)


def add_image(client, name, content, **fields):
    data = {
        "title": "Upload test",
        "description": "A test image",
        "collection": Collection.get_first_root_node().pk,
        "file": upload(name, content),
        **fields,
    }
    return client.post(reverse("wagtailimages:add"), data)


def add_multiple(client, name, content):
    # A request runs in autocommit in production; here inside the test's transaction, which
    # a failed insert would spoil for the rest of the test: the request gets a savepoint.
    with transaction.atomic():
        return client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": upload(name, content)},
            headers={"x-requested-with": "XMLHttpRequest"},
        )


def test_an_image_within_the_limits_is_saved(client, editor, settings):
    before = media_files(settings)
    response = add_image(client, "harbour.jpg", jpeg())
    assert response.status_code == 302
    image = Image.objects.get(title="Upload test")
    assert (image.width, image.height) == (300, 200)
    assert image.file_size == len(jpeg())
    new = set(media_files(settings)) - set(before)
    assert new == {image.file.name}


def test_too_many_pixels_is_refused_from_the_header_alone(client, editor, settings):
    """The header claims 11000 x 11000 pixels and no pixel data follows: the refusal names
    the size, so the image was never decoded (Wagtail's own check decodes first: 8 s and
    hundreds of MB for this size)."""
    before = media_files(settings)
    response = add_image(client, "huge.png", png(11000, 11000, idat=b"not pixels"))
    assert response.status_code == 200
    assert (
        "This image is 11000 × 11000 pixels (121 megapixels); the largest accepted is 40 "
        "megapixels." in file_errors(response)
    )
    assert not Image.objects.filter(title="Upload test").exists()
    assert media_files(settings) == before


def test_the_multiple_uploader_refuses_a_huge_png_with_its_json(client, editor, settings):
    response = add_multiple(client, "huge.png", png(11000, 11000))
    result = json.loads(response.content)
    assert result["success"] is False
    assert "11000 × 11000 pixels" in result["error_message"]
    assert not UploadedFile.objects.exists()


def test_a_decompression_bomb_header_is_refused(client, editor):
    response = add_image(client, "bomb.png", png(40000, 40000, idat=b"x"))
    assert "This image has too many pixels; the largest accepted is 40 megapixels." in (
        file_errors(response)
    )


def test_too_many_bytes_is_refused_with_the_limit_in_mb(client, editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    padded = png(10, 10)[:-12] + png_text(1_600_000) + png(10, 10)[-12:]
    response = add_image(client, "heavy.png", padded)
    assert "This file is 1.5 MB; the largest image accepted is 1 MB." in file_errors(response)
    assert not Image.objects.filter(title="Upload test").exists()


def png_text(size):
    return png_chunk(b"tEXt", b"Comment\x00" + b"x" * size)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "Esta imagen tiene 11000 × 11000 píxeles"),
        ("eu", "Irudi honek 11000 × 11000 pixel ditu"),
    ],
)
def test_the_refusal_speaks_the_editors_language(client, editor, language, expected):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    response = add_image(client, "huge.png", png(11000, 11000, idat=b"x"))
    assert expected in file_errors(response)


def test_a_full_disk_is_a_message_in_the_form_and_leaves_nothing(
    client, editor, settings, full_disk
):
    before = media_files(settings)
    response = add_image(client, "harbour.jpg", jpeg())
    assert response.status_code == 200
    assert "the server's disk is full. Nothing was saved." in file_errors(response)
    assert not Image.objects.filter(title="Upload test").exists()
    assert media_files(settings) == before


def test_a_full_disk_when_replacing_a_file_keeps_the_old_one(client, editor, settings):
    add_image(client, "harbour.jpg", jpeg())
    image = Image.objects.get(title="Upload test")
    before = media_files(settings)
    fill_the_disk(settings)
    response = client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "Upload test",
            "description": "A test image",
            "collection": image.collection_id,
            "file": upload("other.jpg", jpeg(400, 300)),
        },
    )
    assert response.status_code == 200
    assert "the server's disk is full" in file_errors(response)
    image.refresh_from_db()
    assert (image.width, image.height) == (300, 200)
    assert media_files(settings) == before
    assert image.file.name in before


def test_a_full_disk_in_the_multiple_uploader_is_a_json_error(client, editor, settings, full_disk):
    before = media_files(settings)
    response = add_multiple(client, "harbour.jpg", jpeg())
    assert response.status_code == 200
    result = json.loads(response.content)
    assert result["success"] is False
    assert "the server's disk is full" in result["error_message"]
    assert not UploadedFile.objects.exists()
    assert not Image.objects.filter(file__contains="harbour").exists()
    assert media_files(settings) == before


def test_a_full_disk_before_the_body_is_read_is_a_json_error(client, editor, settings):
    """A file over FILE_UPLOAD_MAX_MEMORY_SIZE goes to a temporary file while the request is
    read: on a full disk that fails before any view runs."""
    settings.FILE_UPLOAD_HANDLERS = ["tests.uploads.FullTempDiskUploadHandler"]
    result = json.loads(add_multiple(client, "harbour.jpg", jpeg()).content)
    assert result["success"] is False
    assert "the server's disk is full" in result["error_message"]


def test_a_full_disk_when_an_upload_gets_its_details_is_a_json_error(client, editor, settings):
    """The multiple uploader keeps a file without alt text as an UploadedFile; its details
    form then copies it into an image: on a full disk the UploadedFile stays, to try again."""
    result = json.loads(add_multiple(client, "harbour.jpg", jpeg()).content)
    upload_id = result["uploaded_file_id"]
    before = media_files(settings)
    fill_the_disk(settings)
    prefix = f"uploaded-image-{upload_id}"
    response = client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"{prefix}-title": "Harbour",
            f"{prefix}-description": "The harbour",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
        },
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    result = json.loads(response.content)
    assert result["success"] is False
    assert "the server&#x27;s disk is full" in result["form"]
    assert not Image.objects.filter(title="Harbour").exists()
    assert UploadedFile.objects.filter(pk=upload_id).exists()
    assert media_files(settings) == before
