"""The site's document model: what a file is, in which language, under which licence, by whom,
and how often it was downloaded."""

import datetime
import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

FILE_LANGUAGES = [("en", "English"), ("es", "Español"), ("eu", "Euskara"), ("other", _("Other"))]

# What a listing says after a document that is not in the reader's language.
IN_LANGUAGE = {
    "en": _("in English"),
    "es": _("in Spanish"),
    "eu": _("in Basque"),
    "other": _("in another language"),
}

# What the first bytes of an allowed file must be: a renamed .exe or .html is refused.
ZIP_SIGNATURE = b"PK\x03\x04"
FILE_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": (ZIP_SIGNATURE,),
    "xlsx": (ZIP_SIGNATURE,),
    "pptx": (ZIP_SIGNATURE,),
    "odt": (ZIP_SIGNATURE,),
    "ods": (ZIP_SIGNATURE,),
    "odp": (ZIP_SIGNATURE,),
    "epub": (ZIP_SIGNATURE,),
    "zip": (ZIP_SIGNATURE, b"PK\x05\x06"),
}


def english_choices(model, verbose_name):
    """Partners or topics a document is filed under, chosen among the English ones (readers
    see each in their language)."""
    return models.ManyToManyField(
        model,
        verbose_name=verbose_name,
        blank=True,
        related_name="+",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )


class ResourceType(models.TextChoices):
    PUBLICATION = "publication", _("Publication")
    REPORT = "report", _("Report")
    TRAINING = "training", _("Training material")
    PRESENTATION = "presentation", _("Presentation")
    GUIDE = "guide", _("Guide")
    OTHER = "other", _("Other")


class ResourceDocument(AbstractDocument):
    language = models.CharField(
        _("language of the file"), max_length=5, choices=FILE_LANGUAGES, default="en"
    )
    description = models.TextField(_("short description"), blank=True)
    resource_type = models.CharField(
        _("resource type"), max_length=20, choices=ResourceType.choices, default="other"
    )
    licence = models.CharField(
        _("licence"), max_length=100, default="CC BY 4.0", help_text=_("For example CC BY 4.0.")
    )
    authors = english_choices("partners.PartnerPage", _("authoring partners"))
    topics = english_choices("taxonomy.Topic", _("topics"))
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

    admin_form_fields = (
        *Document.admin_form_fields,
        "language",
        "resource_type",
        "description",
        "licence",
        "authors",
        "topics",
    )

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def clean(self):
        if not self.file:
            return  # the form's file field says why (too big, missing), not "extension ''"
        super().clean()
        extension = os.path.splitext(self.file.name)[1].lower().lstrip(".")
        signatures = FILE_SIGNATURES.get(extension)
        if signatures is None:
            return  # Wagtail's own extension check reports it
        try:
            position = self.file.tell()
            self.file.seek(0)
            head = self.file.read(8)
            self.file.seek(position)
        except OSError:  # a stored file that has gone missing: nothing to check here
            return
        if not any(head.startswith(signature) for signature in signatures):
            raise ValidationError(
                {
                    "file": _(
                        "This file is not a real %(extension)s file. Upload the document in "
                        "one of the allowed formats."
                    )
                    % {"extension": extension.upper()}
                }
            )

    @property
    def language_name(self):
        return dict(FILE_LANGUAGES).get(self.language, "")

    @property
    def foreign_language(self):
        """The language to mark the title and description with (`lang`), when the document
        is in a known language other than the reader's; else ""."""
        if self.language in ("other", get_language()):
            return ""
        return self.language

    @property
    def language_note(self):
        """The words "in English" in the reader's language, when the document is not in the reader's
        language; else ""."""
        if self.language == get_language():
            return ""
        return IN_LANGUAGE.get(self.language, IN_LANGUAGE["other"])

    def record_download(self, when=None):
        """Count one download: atomic increments, safe under concurrent requests."""
        month = (when or timezone.now()).date().replace(day=1)
        ResourceDocument.objects.filter(pk=self.pk).update(download_count=F("download_count") + 1)
        updated = DocumentDownloadMonth.objects.filter(document_id=self.pk, month=month).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    DocumentDownloadMonth.objects.create(document_id=self.pk, month=month, count=1)
            except IntegrityError:  # another request created the month first
                DocumentDownloadMonth.objects.filter(document_id=self.pk, month=month).update(
                    count=F("count") + 1
                )


class DocumentDownloadMonth(models.Model):
    document = models.ForeignKey(
        ResourceDocument, on_delete=models.CASCADE, related_name="download_months"
    )
    month = models.DateField(_("month"), default=datetime.date.today)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("downloads in a month")
        verbose_name_plural = _("downloads per month")
        constraints = [
            models.UniqueConstraint(fields=["document", "month"], name="one_count_per_month")
        ]
        ordering = ["-month"]

    def __str__(self):
        return f"{self.document} {self.month:%Y-%m}: {self.count}"
