"""The image and document forms' bases (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): limits checked before an image is decoded and named in MB and
megapixels, and the new file stored while the form is validated, so that a failed write is an
error on the file field. See core/uploads.py."""

import logging
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core.uploads import megabytes, megapixels, storage_error_message

logger = logging.getLogger(__name__)


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
