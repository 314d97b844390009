from django import forms
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.models import Page

from workflow import translator_actions
from workflow.dashboard import translation_tasks_panel
from workflow.locales import translatable_locales, user_can_edit_in_locale
from workflow.models import TranslationAlerts
from workflow.report import translation_status_report
from workflow.roles import translators_group_names


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


@hooks.register("before_unpublish")
def unpublish_snippets_only_in_own_languages(request, instance):
    """Wagtail checks only the model's "publish" permission: a Spanish translator could
    otherwise unpublish the English or Basque topics, tags and footer."""
    if not user_can_edit_in_locale(request.user, instance):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def bulk_delete_pages_only_if_allowed_to_add(request, action_type, objects, action_class):
    if action_type == "delete" and any(
        isinstance(obj, Page) and not obj.permissions_for_user(request.user).can_delete()
        for obj in objects
    ):
        return permission_denied(request)


@hooks.register("construct_page_action_menu")
def hide_editor_only_actions(menu_items, request, context):
    if not translator_actions.manages_synced_translations(request.user):
        menu_items[:] = [
            item for item in menu_items if item.name not in translator_actions.EDITOR_ONLY_ACTIONS
        ]


@hooks.register("construct_reports_menu")
def one_translation_report(request, menu_items):
    """wagtail-localize's own "Translations" report lists the same work as "Translation
    status", without the user's languages or next steps: administrators keep it."""
    if not request.user.is_superuser:
        localize_report = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != localize_report]


@hooks.register("insert_global_admin_css")
def translation_editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("construct_homepage_panels")
def add_translation_tasks_panel(request, panels):
    panel = translation_tasks_panel(request)
    if panel is not None:
        panels.append(panel)


class TranslationAlertsForm(forms.ModelForm):
    class Meta:
        model = TranslationAlerts
        fields = ["source_changes"]


class TranslationAlertsPanel(BaseSettingsPanel):
    name = "translation_alerts"
    title = _("Translation e-mails")
    tab = notifications_tab
    order = 200
    form_class = TranslationAlertsForm

    def is_active(self):
        """For those who get the e-mails: the members of a translators group."""
        return self.user.groups.filter(name__in=translators_group_names()).exists()

    def get_form(self):
        instance = TranslationAlerts.objects.filter(user=self.user).first()
        kwargs = {"instance": instance or TranslationAlerts(user=self.user), "prefix": self.name}
        if self.request.method == "POST":
            return self.form_class(self.request.POST, **kwargs)
        return self.form_class(**kwargs)


@hooks.register("register_account_settings_panel")
def register_translation_alerts_panel(request, user, profile):
    return TranslationAlertsPanel(request, user, profile)
