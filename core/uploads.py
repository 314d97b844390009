"""Uploads of images and documents: size limits checked before anything is decoded, and a
failed save (a full disk, a storage error) that leaves no partial file and no database row
behind and tells the editor, instead of answering 500.

- The limits are settings read from the environment (config/settings/base.py):
  WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILIMAGES_MAX_UPLOAD_SIZE and WAGTAILDOCS_MAX_UPLOAD_SIZE.
  Wagtail's own image check opens the image with Willow, which decodes every pixel before it
  counts them (an 11000 x 11000 PNG of 15 KB costs seconds and hundreds of MB); the pixels are
  counted here from the file's header first.
- ImageForm and DocumentForm (WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE)
  state the limits in MB and megapixels, and store the new file while the form is validated:
  a failed write is an error on the file field, shown in the form (or in the multiple
  uploader's JSON), and the database is not touched. A replaced file is deleted only once the
  new one is saved.
- CleanFileSystemStorage removes what a failed write left on disk.
- UploadErrorMiddleware answers the storage errors that happen outside those forms (the
  multiple uploader's temporary uploads, reading a request body onto a full disk) with a
  message instead of a 500.
"""

import errno
import logging
import warnings

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

logger = logging.getLogger(__name__)

MB = 1024 * 1024
MEGAPIXEL = 1_000_000

# errno values that mean "no room": the disk, or the user's quota, is full.
NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def megabytes(size):
    """A size in bytes as MB for a message, in the reader's number format: "20", "25.3"."""
    value = size / MB
    return number_format(value, 0 if value == int(value) else 1)


def megapixels(pixels):
    value = pixels / MEGAPIXEL
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


def image_header_size(f):
    """(width, height) read from the image file's header, without decoding its pixels; None
    when Pillow cannot tell (a format it does not know: Willow's own checks then decide).

    Raises PIL's DecompressionBombError for a header claiming more than twice Pillow's own
    limit (about 179 megapixels)."""
    source = f.image.f
    position = source.tell()
    try:
        source.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(source) as image:  # reads the header only
                return image.size
    except PILImage.DecompressionBombError:
        raise
    except Exception:  # noqa: BLE001 - an unknown format: Wagtail's checks report it
        return None
    finally:
        source.seek(position)


class SiteImageField(WagtailImageField):
    """Wagtail's image field, with the pixels counted from the header before Wagtail decodes
    the image, and messages that name the limits in MB and megapixels."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parts = [_("Supported formats: %(formats)s.") % {"formats": self.supported_formats_text}]
        if self.max_upload_size is not None:
            parts.append(_("At most %(limit)s MB.") % {"limit": megabytes(self.max_upload_size)})
        if self.max_image_pixels is not None:
            parts.append(
                _("At most %(limit)s megapixels.") % {"limit": megapixels(self.max_image_pixels)}
            )
        self.help_text = " ".join(parts)
        if self.max_upload_size is not None:
            # Shown by the multiple uploader before it sends a file that is too big.
            self.error_messages["file_too_large_unknown_size"] = _(
                "This file is too big. The largest image accepted is %(limit)s MB."
            ) % {"limit": megabytes(self.max_upload_size)}

    def check_image_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                _(
                    "This file is %(size)s MB; the largest image accepted is %(limit)s MB. "
                    "Save it smaller and upload it again."
                )
                % {"size": megabytes(f.size), "limit": megabytes(self.max_upload_size)},
                code="file_too_large",
            )

    def check_image_pixel_size(self, f):
        if self.max_image_pixels is not None:
            limit = megapixels(self.max_image_pixels)
            try:
                size = image_header_size(f)
            except PILImage.DecompressionBombError:
                raise ValidationError(
                    _(
                        "This image has too many pixels; the largest accepted is %(limit)s "
                        "megapixels. Resize it and upload it again."
                    )
                    % {"limit": limit},
                    code="file_too_many_pixels",
                ) from None
            if size is not None and size[0] * size[1] > self.max_image_pixels:
                width, height = size
                raise ValidationError(
                    _(
                        "This image is %(width)s × %(height)s pixels (%(pixels)s megapixels); "
                        "the largest accepted is %(limit)s megapixels. Resize it and upload "
                        "it again."
                    )
                    % {
                        "width": width,
                        "height": height,
                        "pixels": megapixels(width * height),
                        "limit": limit,
                    },
                    code="file_too_many_pixels",
                )
        # Within the limit: Wagtail decodes the image, which proves that it is whole.
        super().check_image_pixel_size(f)


class SiteDocumentField(WagtailDocumentField):
    """Wagtail's document field, with the limit named in MB."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.max_upload_size is not None:
            limit = megabytes(self.max_upload_size)
            self.help_text = _("At most %(limit)s MB.") % {"limit": limit}
            self.error_messages["file_too_large_unknown_size"] = _(
                "This file is too big. The largest document accepted is %(limit)s MB."
            ) % {"limit": limit}

    def check_document_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                _(
                    "This file is %(size)s MB; the largest document accepted is %(limit)s MB. "
                    "Make it smaller (for example, compress its images) and upload it again."
                )
                % {"size": megabytes(f.size), "limit": megabytes(self.max_upload_size)},
                code="file_too_large",
            )


def replace_file_field(form, field_class):
    """Swap Wagtail's file field for the site's, keeping its label, widget and requiredness."""
    old = form.fields.get("file")
    if old is None:  # the multiple uploader's edit form has no file field
        return
    new = field_class(label=old.label, required=old.required, widget=old.widget)
    form.fields["file"] = new


# The fields that follow the file: restored on the instance when its new file is refused.
FILE_ATTRIBUTES = ("file", "width", "height", "file_size", "file_hash")


class StoreFileFirstMixin:
    """Writes the uploaded file to storage as the last step of validation, so that a failed
    write (full disk, storage error) is a form error on the file, and nothing reaches the
    database; on save, the replaced file is deleted only after the new one is saved, and a
    save that fails removes the new file again."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_file_attributes = {
            name: self.instance.__dict__[name]
            for name in FILE_ATTRIBUTES
            if name in self.instance.__dict__
        }
        self._stored_name = None

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or self._errors or "file" not in self.fields:
            return
        if "file" not in self.changed_data:
            return
        field_file = self.instance.file
        if not field_file or field_file._committed:
            return
        try:
            field_file.save(field_file.name, field_file.file, save=False)
        except OSError as error:
            logger.error("Upload of %s not saved: %s", field_file.name, error)
            # Back to the file (and its size) the instance had: the page shows it.
            self.instance.__dict__.update(self._saved_file_attributes)
            self.add_error("file", storage_error_message(error))
        else:
            self._stored_name = self.instance.file.name

    def save(self, commit=True):
        try:
            return super().save(commit=commit)
        except BaseException:
            if self._stored_name:
                self.instance.file.storage.delete(self._stored_name)
            raise


class ImageForm(StoreFileFirstMixin, BaseImageForm):
    """The image form's base (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_file_field(self, SiteImageField)


class DocumentForm(StoreFileFirstMixin, BaseDocumentForm):
    """The document form's base (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_file_field(self, SiteDocumentField)

    def save(self, commit=True):
        # Wagtail deletes the replaced file before it saves the new one: a failed save would
        # leave the document pointing to a file that is gone. Delete it afterwards instead.
        replaced = self.original_file if commit and "file" in self.changed_data else None
        if replaced:
            self.original_file = None
        document = super().save(commit=commit)
        if replaced and replaced.name != document.file.name:
            replaced.storage.delete(replaced.name)
        return document


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
