"""A translation goes live only when a translator publishes it.

wagtail-localize's "Translate" / "Start translation" (its submit views, their "include subtree"
option, and the related snippets it submits along with a page) creates each target object and
publishes it at once when the source is live: the Spanish page would be public, still in
English. Its setting WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False makes new targets
drafts, but then re-submitting an object whose translation is already live would save the
untranslated text onto the live page, or unpublish a live snippet.

`DraftTranslationCreator` is wagtail-localize's `TranslationCreator` with one rule instead:

- no target yet, or a target that is not live: saved as a draft (the translator publishes it
  from the translation editor when it is ready);
- a live target: left as readers see it; its translation record is (re)enabled, so the new
  source text is in the translation editor until the translator publishes again.

`use_draft_translations()` puts it in place of upstream's class at start-up (WorkflowConfig),
so every path that starts a translation uses it.
"""

import contextlib

from django.core.exceptions import ValidationError
from wagtail.models import DraftStateMixin, Page
from wagtail_localize import operations
from wagtail_localize.models import Translation, TranslationSource


def _live_target(instance, locale):
    """The instance's live translation in `locale` (a real page, not an alias), or None."""
    if isinstance(instance, Page):
        targets = Page.objects.filter(alias_of__isnull=True)
    elif isinstance(instance, DraftStateMixin):
        targets = type(instance).objects.all()
    else:
        return None
    return targets.filter(
        translation_key=instance.translation_key, locale=locale, live=True
    ).first()


class DraftTranslationCreator(operations.TranslationCreator):
    """Upstream's create_translations (wagtail-localize 1.14), with the rule above where it
    decided whether to publish. Keep it in step with upstream on upgrades (docs/development.md)."""

    def create_translations(self, instance, include_related_objects=True):
        if isinstance(instance, Page):
            instance = instance.specific
        if instance.translation_key in self.seen_objects:
            return
        self.seen_objects.add(instance.translation_key)

        source, _created = TranslationSource.get_or_create_from_instance(instance)

        # Related objects first (one level), so that the translation can point at them.
        if include_related_objects:
            for related_object_segment in source.relatedobjectsegment_set.all():
                related_instance = related_object_segment.object.get_instance(instance.locale)
                self.create_translations(related_instance, include_related_objects=False)

        for target_locale in self.target_locales:
            if target_locale == source.locale:
                continue
            # Always synced: upstream's WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE, which this
            # project sets to "synced" (config/settings/base.py), would decide it here.
            translation, _created = Translation.objects.update_or_create(
                source=source, target_locale=target_locale, defaults={"enabled": True}
            )
            self.mappings[source].append(translation)
            if _live_target(instance, target_locale) is not None:
                continue  # readers keep the published translation
            with contextlib.suppress(ValidationError):
                translation.save_target(
                    user=self.user, publish=not isinstance(instance, DraftStateMixin)
                )


def use_draft_translations():
    operations.TranslationCreator = DraftTranslationCreator
