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
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from workflow.locales import editable_locale_ids, translatable_locales

logger = logging.getLogger(__name__)


class PublishedSourceMixin:
    """Who may not edit the English original translates only what is published: wagtail-localize
    reads the page as saved, which for a never-published page is an unapproved draft."""

    def get_source_instance(self):
        return self.object

    def source_is_off_limits(self):
        source = self.get_source_instance()
        return (
            isinstance(source, Page)
            and not source.live
            and source.locale_id not in editable_locale_ids(self.request.user)
        )

    def get(self, request, *args, **kwargs):
        return (
            self.refuse() if self.source_is_off_limits() else super().get(request, *args, **kwargs)
        )

    def post(self, request, *args, **kwargs):
        return (
            self.refuse() if self.source_is_off_limits() else super().post(request, *args, **kwargs)
        )

    def refuse(self):
        messages.error(
            self.request,
            _("This page is not published in English yet. Its translation starts once it is."),
        )
        return redirect(reverse("translation_status_report"))


class LanguagesOfUserMixin(PublishedSourceMixin):
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


class UpdateTranslationsView(PublishedSourceMixin, update_translations.UpdateTranslationsView):
    """Sync brings the source's new text in for every language (the shared source; no page
    changes until someone publishes). Publishing, machine translation and the copy of the
    source's privacy settings apply to the user's own languages only."""

    def get_source_instance(self):
        return self.object.get_source_instance()

    def form_valid(self, form):
        user = self.request.user
        enabled = self.object.translations.filter(enabled=True)
        own = enabled.filter(target_locale__in=translatable_locales(user))
        if own.count() == enabled.count():
            return super().form_valid(form)
        with transaction.atomic():
            self.object.update_from_db()
            for translation in own.select_related("source", "target_locale"):
                if form.cleaned_data.get("use_machine_translation"):
                    edit_translation.apply_machine_translation(
                        translation.pk, user, get_machine_translator()
                    )
                if form.cleaned_data.get("publish_translations"):
                    with contextlib.suppress(ValidationError):
                        translation.save_target(user=user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
            self.components.save(self.object, sources_and_translations={self.object: list(own)})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


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
