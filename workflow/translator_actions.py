"""What translators do not see, and what they are told when they try it anyway.

Stopping a synced translation, converting a translation back into an alias and deleting a page
change what every language's readers get from the English page: editors decide them. The
translation editor (wagtail-localize's React app) reads its buttons from the view's props, so
the props lose those links for whoever may not use them; the views themselves refuse with a
message that says why, in the user's language.
"""

import functools
import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.views.pages import delete as page_delete
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from workflow.locales import editable_locale_ids
from workflow.status import edit_url

EDITOR_ONLY_ACTIONS = ("localize-convert-to-alias",)


def manages_synced_translations(user):
    """Editors (whoever may edit the English source) stop synced translations and convert
    translations to aliases; translators only translate."""
    return Locale.get_default().pk in editable_locale_ids(user)


def _refuse(request, message, fallback_url):
    messages.error(request, message)
    return redirect(get_valid_next_url_from_request(request) or fallback_url)


def stop_translation(request, translation_id):
    if not manages_synced_translations(request.user):
        translation = get_object_or_404(Translation, id=translation_id)
        return _refuse(
            request,
            _(
                "Only editors can stop a synced translation: it would no longer receive "
                "the English page's changes. Ask an editor if this translation should stop."
            ),
            edit_url(translation.get_target_instance()),
        )
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    if not manages_synced_translations(request.user):
        return _refuse(
            request,
            _(
                "Only editors can turn a translation back into a copy of the English page: "
                "readers would lose this translation."
            ),
            reverse("wagtailadmin_pages:edit", args=[page_id]),
        )
    return convert.convert_to_alias(request, page_id)


def delete_page(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if page.permissions_for_user(request.user).can_delete() or page.is_root():
        return page_delete.DeleteView.as_view()(request, page_id)
    return _refuse(
        request,
        _(
            "Translators cannot delete pages: only an editor can create a deleted page "
            "again. Ask an editor if this page should go."
        ),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )


def _props_without_editor_actions(props):
    props = json.loads(props)
    props["links"]["stopTranslationUrl"] = None
    props["links"]["convertToAliasUrl"] = None
    props["perms"]["canDelete"] = False
    return json.dumps(props, cls=DjangoJSONEncoder)


def hide_editor_actions_from_translators():
    """Wrap the translation editor's `render` so that a translator's props carry no link to
    "Stop synced translation", "Convert to alias page" or "Delete" (a start-up patch, like
    workflow.locales.scope_translation_editor_to_locales; see docs/development.md)."""
    original = edit_translation.render
    if getattr(original, "hides_editor_actions", False):
        return

    @functools.wraps(original)
    def render(request, template, context=None, *args, **kwargs):
        if (
            template == "wagtail_localize/admin/edit_translation.html"
            and context
            and "props" in context
            and not manages_synced_translations(request.user)
        ):
            context = {**context, "props": _props_without_editor_actions(context["props"])}
        return original(request, template, context, *args, **kwargs)

    render.hides_editor_actions = True
    edit_translation.render = render
