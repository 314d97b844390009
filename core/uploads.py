"""Uploads of images and documents: size limits checked before anything is decoded, and a
failed save (a full disk, a storage error) that leaves no partial file and no database row
behind and tells the editor, instead of answering 500.

- The limits are settings read from the environment (config/settings/base.py):
  WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILDOCS_MAX_UPLOAD_SIZE.
  Wagtail's own image check opens the image with Willow, which decodes every pixel before it
  counts them (an 11000 x 11000 PNG of 15 KB costs seconds and hundreds of MB); the pixels are
  counted here from the file's header first.
- ImageForm and DocumentForm in core/upload_forms.py (WAGTAILIMAGES_IMAGE_FORM_BASE,
  WAGTAILDOCS_DOCUMENT_FORM_BASE) state the limits in MB and megapixels, and store the new
  file while the form is validated: a failed write is an error on the file field, shown in
  the form (or in the multiple uploader's JSON), and the database is not touched. A replaced
  file is deleted only once the new one is saved.
- A rendition that cannot be written is a missing image (core/models/images.py).
- CleanFileSystemStorage removes what a failed write left on disk.
- UploadErrorMiddleware answers the storage errors that happen outside those forms (the
  multiple uploader's temporary uploads, reading a request body onto a full disk) with a
  message instead of a 500.
"""

import errno
import logging

from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

MB = 1024 * 1024
MEGAPIXEL = 1_000_000

# errno values that mean "no room": the disk, or the user's quota, is full.
NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def megabytes(size):
    """A size in bytes as MB for a message, in the reader's number format: "20", "25.3"."""
    return one_decimal(size / MB)


def megapixels(pixels):
    return one_decimal(pixels / MEGAPIXEL)


def one_decimal(value):
    value = round(value, 1)
    return number_format(value, 0 if value == int(value) else 1)


def storage_error_message(error):
    """What the editor is told when the file could not be written."""
    if getattr(error, "errno", None) in NO_SPACE:
        return _(
            "The file could not be saved: the server's disk is full. Nothing was saved. "
            "Tell the site administrator."
        )
    return _(
        "The file could not be saved because of a storage error. Nothing was saved. Try "
        "again, and tell the site administrator if it happens again."
    )


class CleanFileSystemStorage(FileSystemStorage):
    """Django's file storage, removing what a failed write left behind (a file cut short when
    the disk filled up) before the error goes on."""

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except Exception:
            # get_available_name() chose a free name just before: the file there is this
            # write's own (Django retries under a new name only if it was taken meanwhile).
            try:
                if self.exists(name):
                    self.delete(name)
            except OSError:
                logger.exception("Could not remove the partial upload %s", name)
            raise


# The admin views that take an upload, and those of them that answer the multiple
# uploader's JavaScript with JSON.
UPLOAD_VIEWS = {
    "wagtailimages:add",
    "wagtailimages:edit",
    "wagtailimages:add_multiple",
    "wagtailimages:create_multiple_from_uploaded_image",
    "wagtaildocs:add",
    "wagtaildocs:edit",
    "wagtaildocs:add_multiple",
    "wagtaildocs:create_multiple_from_uploaded_document",
}
JSON_UPLOAD_VIEWS = {name for name in UPLOAD_VIEWS if "multiple" in name}


class UploadErrorMiddleware:
    """A storage error in an admin upload view is answered with a message, not a 500: the
    multiple uploader gets its JSON error, a form page comes back with the message on top.
    Goes before CsrfViewMiddleware, which would otherwise be the first to read the request
    body (onto a full disk, for a file bigger than FILE_UPLOAD_MAX_MEMORY_SIZE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def view_name(self, request):
        if request.method != "POST" or request.resolver_match is None:
            return None
        name = request.resolver_match.view_name
        return name if name in UPLOAD_VIEWS else None

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = self.view_name(request)
        if name is None:
            return None
        try:
            request.POST  # noqa: B018 - reads the body, and the files in it, now
            request.FILES  # noqa: B018
        except OSError as error:
            return self.failure(request, name, error)
        return None

    def process_exception(self, request, exception):
        name = self.view_name(request)
        if name is None or not isinstance(exception, OSError):
            return None
        return self.failure(request, name, exception)

    def failure(self, request, name, error):
        logger.error("Upload to %s not saved", request.path, exc_info=error)
        message = storage_error_message(error)
        if name in JSON_UPLOAD_VIEWS:
            # "error_message" for a new upload, "form" for the details of an upload.
            return JsonResponse(
                {
                    "success": False,
                    "error_message": message,
                    "form": format_html('<p class="error-message">{}</p>', message),
                }
            )
        messages.error(request, message)
        return redirect(request.get_full_path())
