"""The "Translation status" report: each page and translatable snippet in each language the
user translates into, with its state and a link to the next step."""

from collections import Counter

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.pagination import paginate
from workflow.locales import translatable_locales
from workflow.status import STATES, translation_statuses


class StatusFilterForm(forms.Form):
    q = forms.CharField(label=_("Title contains"), required=False, strip=True)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All states")), *STATES.items()],
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.locales = {locale.language_code: locale for locale in locales}
        choices = [
            (code, capfirst(locale.get_display_name())) for code, locale in self.locales.items()
        ]
        if len(choices) > 1:
            choices.insert(0, ("", _("All languages")))
        self.fields["language"].choices = choices

    def clean_q(self):
        return self.cleaned_data["q"][:200]

    def value(self, name):
        """A filter's value, or "" when it is missing or invalid (the others still apply)."""
        self.is_valid()
        return self.cleaned_data.get(name) or ""

    def url_with(self, **changes):
        """The report's address with these filters changed and the others kept."""
        query = {name: self.value(name) for name in self.fields}
        query.update(changes)
        return "?" + urlencode({name: value for name, value in query.items() if value})

    def selected_locales(self):
        code = self.value("language")
        return [self.locales[code]] if code else list(self.locales.values())


STATUS_REPORT_PAGE_SIZE = 50


def translation_status_report(request):
    """Every page and translatable snippet against each language the user translates into."""
    locales = list(translatable_locales(request.user))
    if not locales:
        raise PermissionDenied
    form = StatusFilterForm(request.GET, locales=locales)
    statuses = translation_statuses(Locale.get_default(), form.selected_locales())
    counts = Counter(status.state for status in statuses)
    if state := form.value("state"):
        statuses = [status for status in statuses if status.state == state]
    if text := form.value("q").casefold():
        statuses = [status for status in statuses if text in str(status.source).casefold()]
    statuses.sort(key=lambda status: status.sort_key)  # what needs doing first
    page = paginate(request, statuses, STATUS_REPORT_PAGE_SIZE)
    rows = [(status, *status.action()) for status in page.object_list]
    return render(
        request,
        "workflow/admin/translation_status.html",
        {
            "form": form,
            "page_obj": page,
            "rows": rows,
            "counts": [
                (label, counts.get(key, 0), form.url_with(state=key))
                for key, label in STATES.items()
            ],
        },
    )
