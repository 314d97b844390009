from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from workflow.locales import translatable_locales, user_can_edit_in_locale
from workflow.report import translation_status_report


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return translatable_locales(request.user).exists()


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            translation_status_report,
            name="translation_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        icon_name="site",
        order=650,
    )


@hooks.register("before_edit_snippet", order=-1)
def edit_snippets_only_in_own_languages(request, instance):
    """Runs before wagtail-localize's hook, which would open the translation editor."""
    if not user_can_edit_in_locale(request.user, instance):
        return permission_denied(request)


def may_delete_page(user, page):
    """Wagtail lets whoever may edit and publish a page delete it. Translators may do both in
    their language, but a page they delete is one they cannot create again: deleting is for
    those who may add pages there."""
    return "add" in page.permissions_for_user(user).permissions or user.is_superuser


@hooks.register("before_delete_page")
def delete_pages_only_if_allowed_to_add(request, page):
    if not may_delete_page(request.user, page):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def bulk_delete_pages_only_if_allowed_to_add(request, action_type, objects, action_class):
    if action_type == "delete" and any(
        isinstance(obj, Page) and not may_delete_page(request.user, obj) for obj in objects
    ):
        return permission_denied(request)
