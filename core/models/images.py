from contextlib import contextmanager

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image, SourceImageIOError


class CustomImage(AbstractImage):
    """The site's image model: alt text is required on upload, and a credit travels with it."""

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe the image for people who cannot see it. Captions are added where "
            "the image is used."
        ),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")

    # A rendition that cannot be written (a full disk, a storage error) is a missing image, as
    # when the original is gone: the image tags show none and the page is served, not a 500.
    # The storage removes the part written (core/uploads.py).
    def create_rendition(self, filter):
        with unwritable_rendition_is_missing():
            return super().create_rendition(filter)

    def create_renditions(self, *filters):
        with unwritable_rendition_is_missing():
            return super().create_renditions(*filters)


@contextmanager
def unwritable_rendition_is_missing():
    # No savepoint of its own: the file is written before the row's INSERT, inside Django's
    # get_or_create savepoint, so a failed write leaves the transaction usable (and a savepoint per
    # rendition would cost every cold page two queries each).
    try:
        yield
    except SourceImageIOError:
        raise
    except OSError as error:
        raise SourceImageIOError(str(error)) from error


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def optional_image(verbose_name, **options):
    """A page's optional image (hero, lead image, logo, cover, social image): deleting the
    image leaves the page without one."""
    return models.ForeignKey(
        CustomImage,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **options,
    )
