"""Where every page and translatable snippet stands in each language.

A few queries for the whole site, whatever its size: the English objects, their
translations, wagtail-localize's sources and translations, and the segment counts.
"""

import json
from dataclasses import dataclass

from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, Max, OuterRef
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
OUT_OF_DATE = "out-of-date"
UP_TO_DATE = "up-to-date"
STATES = {  # in the order of what needs doing first
    NOT_STARTED: _("Not started"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    UP_TO_DATE: _("Up to date"),
}


STATE_ORDER = list(STATES)


def edit_url(instance):
    """The admin's edit view of a page or snippet (the translation editor for a translation)."""
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    return reverse(instance.snippet_viewset.get_url_name("edit"), args=[quote(instance.pk)])


@dataclass
class TranslationStatus:
    source: object  # the English page or snippet
    locale: object
    state: str
    percent: int | None = None  # of the current source's segments, once started
    since: object = None  # out of date: when the source changed
    target: object = None  # the page or snippet in this language, once it exists
    translation_source: TranslationSource | None = None
    unpublished: bool = False  # in progress: translated text waiting to be published
    synced: bool = True  # the source's latest text is in the translation editor
    to_translate: int = 0  # segments of the latest source text without a translation

    @property
    def state_label(self):
        return STATES[self.state]

    @cached_property
    def is_page(self):
        return isinstance(self.source, Page)

    @property
    def kind(self):
        if self.is_page:
            return self.source.specific_class._meta.verbose_name
        return type(self.source)._meta.verbose_name

    @property
    def sort_key(self):
        return STATE_ORDER.index(self.state)

    def action(self):
        """(label, URL) of the next step for this row; no URL when there is none yet. Each
        step ends in the translation editor of this row's page or snippet."""
        if self.is_page and not self.source.live and self.state in (NOT_STARTED, OUT_OF_DATE):
            return _("Waiting for the English page to be published"), None
        if self.state == NOT_STARTED:
            if self.is_page:
                url = reverse("wagtail_localize:submit_page_translation", args=[self.source.pk])
            else:
                meta = type(self.source)._meta
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, quote(self.source.pk)],
                )
            # No "next": for one language, wagtail-localize opens the new translation.
            return _(
                "Start translation"
            ), f"{url}?{urlencode({'select_locale': self.locale.language_code})}"
        if self.state == OUT_OF_DATE and not self.synced and self.translation_source is not None:
            url = reverse("wagtail_localize:update_translations", args=[self.translation_source.pk])
            return _("Sync with the source"), f"{url}?{urlencode({'next': edit_url(self.target)})}"
        if self.state in (IN_PROGRESS, OUT_OF_DATE):
            return _("Translate"), edit_url(self.target)
        return _("Edit"), edit_url(self.target)


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _content_json(instance):
    """The source content as wagtail-localize stores it in a TranslationSource."""
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def _normalised(value):
    """Parsed JSON, with JSON held in strings (StreamField values) parsed too: PostgreSQL's
    jsonb gives keys back in its own order, so the text of equal content can differ."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    return value


def _synced(source_object, translation_source):
    """True when the English object's latest text was brought in (synced) after it changed.

    Pages: no publication since the last sync. Snippets without a publication date compare
    their current content with the content extracted at the last sync.
    """
    published = getattr(source_object, "last_published_at", None)
    if published is not None:
        return published <= translation_source.last_updated_at
    return _normalised(_content_json(source_object)) == _normalised(translation_source.content_json)


def _published_after(source_object, target):
    """True when the English object was published after this language's translation last
    was: readers of that language still read a translation of older text."""
    source_published = getattr(source_object, "last_published_at", None)
    target_published = getattr(target, "last_published_at", None)
    return bool(source_published and target_published and source_published > target_published)


def source_objects(source_locale):
    pages = list(
        Page.objects.filter(locale=source_locale, depth__gt=1)
        .select_related("content_type")
        .order_by("path")
    )
    snippets = [
        snippet
        for model in translatable_snippet_models()
        for snippet in model.objects.filter(locale=source_locale).order_by("pk")
    ]
    return pages + snippets


def _targets(sources, locales):
    """{(translation_key, locale id): the object in that language}."""
    keys = {source.translation_key for source in sources}
    found = {}
    querysets = [Page.objects.filter(alias_of__isnull=True)] + [
        model.objects.all() for model in translatable_snippet_models()
    ]
    for queryset in querysets:
        for target in queryset.filter(translation_key__in=keys, locale__in=locales):
            found[(target.translation_key, target.locale_id)] = target
    return found


def _progress(translation_sources, locales):
    """({source id: segments}, {(source id, locale id): translated segments})."""
    segments = StringSegment.objects.filter(source__in=translation_sources)
    totals = dict(segments.values_list("source_id").annotate(total=Count("pk")))
    done = {}
    for locale in locales:
        translated = segments.filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale=locale,
                    has_error=False,
                )
            )
        )
        for source_id, count in translated.values_list("source_id").annotate(n=Count("pk")):
            done[(source_id, locale.pk)] = count
    return totals, done


def _last_edits(translation_sources, locales):
    """({(translation key, locale id): last string edit}, {(source id, locale id): last save})."""
    keys = [source.object_id for source in translation_sources]
    edited = _latest(
        StringTranslation.objects.filter(context__object_id__in=keys, locale__in=locales),
        ("context__object_id", "locale_id"),
        "updated_at",
    )
    saved = _latest(
        TranslationLog.objects.filter(source__in=translation_sources, locale__in=locales),
        ("source_id", "locale_id"),
        "created_at",
    )
    return edited, saved


def _latest(rows, keys, date_field):
    """{(key values): the latest `date_field`} of `rows`, grouped by `keys`, in one query."""
    return {
        (first, second): last
        for first, second, last in rows.values_list(*keys).annotate(last=Max(date_field))
    }


def translation_statuses(source_locale, locales):
    """A TranslationStatus for every English page and translatable snippet in each locale."""
    locales = list(locales)
    sources = source_objects(source_locale)
    targets = _targets(sources, locales)
    translation_sources = {
        ts.object_id: ts
        for ts in TranslationSource.objects.filter(
            object_id__in=[s.translation_key for s in sources], locale=source_locale
        )
    }
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(
            source__in=translation_sources.values(), target_locale__in=locales
        )
    }
    progress = _Progress(translation_sources.values(), locales)

    statuses = []
    for source in sources:
        translation_source = translation_sources.get(source.translation_key)
        synced = translation_source is None or _synced(source, translation_source)
        for locale in locales:
            target = targets.get((source.translation_key, locale.pk))
            status = TranslationStatus(
                source, locale, NOT_STARTED, target=target, translation_source=translation_source
            )
            statuses.append(status)
            if target is None:
                continue
            translation = translation_source and translations.get(
                (translation_source.pk, locale.pk)
            )
            if translation is None or not translation.enabled:
                _by_hand(status)
                continue
            progress.fill(status)
            status.synced = synced
            _in_editor(status)
    return statuses


class _Progress:
    """How far each translation in the editor is, read for every source and locale at once:
    segments translated out of the total, and whether strings were edited after the last
    publication."""

    def __init__(self, translation_sources, locales):
        self.totals, self.done = _progress(translation_sources, locales)
        self.edited, self.saved = _last_edits(translation_sources, locales)

    def fill(self, status):
        """Set `percent`, `to_translate` and `unpublished` on a status in the editor."""
        source_id, locale_id = status.translation_source.pk, status.locale.pk
        total = self.totals.get(source_id, 0)
        translated = self.done.get((source_id, locale_id), 0)
        status.percent = 100 * translated // total if total else 100
        status.to_translate = total - translated
        last_edit = self.edited.get((status.source.translation_key, locale_id))
        last_save = self.saved.get((source_id, locale_id))
        target = status.target
        status.unpublished = bool(last_edit and (not last_save or last_edit > last_save)) or (
            isinstance(target, DraftStateMixin)
            and (not target.live or target.has_unpublished_changes)
        )


def _by_hand(status):
    """A translation made outside the translation editor: out of date once the English page
    is published after it."""
    source, target = status.source, status.target
    published = source.last_published_at if isinstance(source, Page) else None
    behind = bool(published) and (not target.last_published_at or _published_after(source, target))
    status.state = OUT_OF_DATE if behind else UP_TO_DATE
    status.since = published if behind else None


def _in_editor(status):
    """A translation in wagtail-localize's editor. Out of date, per language, while its
    readers see a translation of older English text: not synced yet, or synced (perhaps by
    another language's translator) and not published since."""
    if not status.synced or _published_after(status.source, status.target):
        status.state = OUT_OF_DATE
        status.since = getattr(status.source, "last_published_at", None)
    elif status.percent < 100 or status.unpublished:
        status.state = IN_PROGRESS
    else:
        status.state = UP_TO_DATE
