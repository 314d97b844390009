"""The dashboard panel that tells a translator (or an editor) what to translate next."""

from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from workflow.locales import translatable_locales
from workflow.status import IN_PROGRESS, NOT_STARTED, OUT_OF_DATE, STATES, translation_statuses

TO_DO = (NOT_STARTED, OUT_OF_DATE, IN_PROGRESS)
MOST_IN_NEED = 5


def _last_change(status):
    """Sort key, newest English change first: its last publication; never published last."""
    source = status.source
    return (getattr(source, "last_published_at", None) is not None, source.last_published_at)


class TranslationTasksPanel(Component):
    name = "translation_tasks"
    template_name = "workflow/admin/translation_tasks_panel.html"
    order = 50  # above Wagtail's own panels: this is the translator's work

    def __init__(self, locales):
        self.locales = locales

    def get_context_data(self, parent_context):
        statuses = translation_statuses(Locale.get_default(), self.locales)
        report = reverse("translation_status_report")
        languages = []
        for locale in self.locales:
            mine = [status for status in statuses if status.locale == locale]
            counts = [
                (
                    STATES[state],
                    sum(status.state == state for status in mine),
                    f"{report}?{urlencode({'language': locale.language_code, 'state': state})}",
                )
                for state in TO_DO
            ]
            languages.append((locale, counts))
        to_do = [status for status in statuses if status.state in TO_DO]
        to_do.sort(key=_last_change, reverse=True)
        return {
            "languages": languages,
            "most_in_need": [(status, *status.action()) for status in to_do[:MOST_IN_NEED]],
            "report_url": report,
        }


def translation_tasks_panel(request):
    """The panel, for users who translate into at least one language; else None."""
    locales = list(translatable_locales(request.user))
    return TranslationTasksPanel(locales) if locales else None
