"""Helpers for the upload tests (tests/core/test_uploads.py,
tests/publications/test_document_uploads.py): an editor, cheap huge PNGs, a disk that fills up
halfway through a file, and the files under MEDIA_ROOT."""

import errno
import os
import struct
import zlib

from django.contrib.auth.models import Group
from django.core.files.uploadhandler import FileUploadHandler

from core.uploads import CleanFileSystemStorage
from tests.html import soup


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width, height, idat=None):
    """A black 1-bit PNG of any size in a few KB (its rows compress to almost nothing); with
    `idat`, a header claiming that size in front of those bytes instead of pixels."""
    if idat is None:
        row = b"\x00" * (1 + (width + 7) // 8)
        compressor = zlib.compressobj(9)
        idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


class FullDiskStorage(CleanFileSystemStorage):
    """The site's storage on a disk that fills up after the first 100 bytes of a file: the
    write fails with ENOSPC halfway, as on a real full disk."""

    def _save(self, name, content):
        return super()._save(name, HalfWritten(content))


class HalfWritten:
    def __init__(self, content):
        self.content = content

    def chunks(self):
        self.content.seek(0)
        yield self.content.read(100)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class FullTempDiskUploadHandler(FileUploadHandler):
    """Django's upload handler for a disk that is full before the request body is read: the
    temporary file of a big upload cannot be written."""

    def receive_data_chunk(self, raw_data, start):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def file_complete(self, file_size):
        return None


def fill_the_disk(settings):
    """From now on, every file written to the default storage fills the disk halfway."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.uploads.FullDiskStorage"},
    }


def sign_in_editor(client, django_user_model):
    """A member of Wagtail's Editors group, signed in to the admin."""
    user = django_user_model.objects.create_user("uploader", "uploader@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def media_files(settings):
    """Every file under MEDIA_ROOT, with its size."""
    found = {}
    for folder, _, names in os.walk(settings.MEDIA_ROOT):
        for name in names:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, settings.MEDIA_ROOT)] = os.path.getsize(path)
    return found


def file_errors(response):
    """The error messages of an admin form, as one line of text."""
    return " ".join(
        error.get_text(" ", strip=True) for error in soup(response).select(".error-message")
    )
