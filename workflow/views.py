"""wagtail-localize's views, limited to the languages the user translates into.

wagtail-localize lets anyone with its one permission ("submit translation") start a
translation into any language, and sync (and publish) every language at once. A Spanish
translator must reach only Spanish, so these subclasses narrow both to the user's languages;
config/urls.py routes wagtail-localize's URLs here.
"""

import contextlib
import logging

import requests
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms import HiddenInput
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from workflow.locales import translatable_locales

logger = logging.getLogger(__name__)


class LanguagesOfUserMixin:
    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(pk__in=translatable_locales(self.request.user))
        if len(field.queryset) < 2:
            form.fields["select_all"].widget = HiddenInput()
        return form


class SubmitPageTranslationView(
    LanguagesOfUserMixin, submit_translations.SubmitPageTranslationView
):
    pass


class SubmitSnippetTranslationView(
    LanguagesOfUserMixin, submit_translations.SubmitSnippetTranslationView
):
    pass


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """Sync brings the source's new text to every language (that changes no published page);
    publishing and machine translation then apply to the user's own languages only."""

    def form_valid(self, form):
        user = self.request.user
        enabled = self.object.translations.filter(enabled=True)
        own = enabled.filter(target_locale__in=translatable_locales(user))
        if own.count() == enabled.count():
            return super().form_valid(form)
        publish = form.cleaned_data.get("publish_translations")
        machine = form.cleaned_data.get("use_machine_translation")
        form.cleaned_data.update(publish_translations=False, use_machine_translation=False)
        with transaction.atomic():
            response = super().form_valid(form)
            for translation in own.select_related("target_locale"):
                if machine:
                    edit_translation.apply_machine_translation(
                        translation.pk, user, get_machine_translator()
                    )
                if publish:
                    with contextlib.suppress(ValidationError):
                        translation.save_target(user=user, publish=True)
        return response


def machine_translate(request, translation_id):
    """wagtail-localize's view, with a message instead of an error page when the service
    (DeepL, LibreTranslate) cannot be reached or refuses the request."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except (requests.RequestException, KeyError, ValueError) as error:
        # No answer, an HTTP error, or a reply without translations (an unsupported language)
        logger.warning("Machine translation failed: %r", error)
        messages.error(
            request,
            _(
                "The machine translation service did not answer. Nothing was changed; "
                "try again later."
            ),
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
