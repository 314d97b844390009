"""Driving wagtail-localize's translation editor over HTTP, as its JavaScript does."""

from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

SAVED = {200, 201}  # updated, created


def translation_of(source_object, language_code):
    source = TranslationSource.objects.get_for_instance(source_object)
    return Translation.objects.get(source=source, target_locale__language_code=language_code)


def segments(translation):
    return StringSegment.objects.filter(source=translation.source).order_by("order")


def put_segment(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, data=encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT
    ).status_code


def edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[instance.pk])


def publish(client, instance):
    """The translation editor's "Publish" button."""
    return client.post(edit_url(instance), {"action": "publish"})


def assert_denied(response):
    """Wagtail answers a forbidden admin page with a redirect to the dashboard and a message,
    and a forbidden API call with 403."""
    if response.status_code == 302:
        assert response["Location"] in (reverse("wagtailadmin_home"), "/admin/"), response[
            "Location"
        ]
    else:
        assert response.status_code == 403, response.status_code
