from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from workflow import drafts, locales, notifications, translator_actions

        locales.scope_translation_editor_to_locales()
        drafts.use_draft_translations()
        translator_actions.hide_editor_actions_from_translators()
        notifications.connect()
