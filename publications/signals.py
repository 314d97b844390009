"""Counting downloads. publications/downloads.py sends Wagtail's `document_served` signal once per
download (a GET sent the file from its first byte), never for HEAD, 304, a resumed range, a
missing file or a refusal."""

from django.dispatch import receiver
from wagtail.documents.models import document_served


@receiver(document_served)
def count_download(sender, instance, request, **kwargs):
    instance.record_download()
