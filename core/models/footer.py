from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.models.pages import BasePageQuerySet


class SiteFooter(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The footer's contact details and EU funding disclaimer, one per language.

    Staff edit the English footer; translators translate it like any page, and a translation
    stays a draft (readers see the English footer, marked as English) until it is published.
    """

    organisation = models.CharField(_("organisation"), max_length=255)
    address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    funding_disclaimer = models.TextField(
        _("funding disclaimer"),
        help_text=_("The Erasmus+ disclaimer shown next to the EU emblem."),
    )

    revisions = GenericRelation("wagtailcore.Revision", related_query_name="site_footer")

    links = StreamField(
        [("page", blocks.PageChooserBlock(label=_("page")))],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Pages such as Privacy and Accessibility, shown in the reader's language."),
    )

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        FieldPanel("funding_disclaimer"),
        FieldPanel("links"),
    ]
    translatable_fields = [
        TranslatableField("organisation"),
        TranslatableField("address"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        TranslatableField("funding_disclaimer"),
        SynchronizedField("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site footer")
        verbose_name_plural = _("site footers")

    def __str__(self):
        return f"{self.organisation} ({self.locale.get_display_name()})"

    @classmethod
    def for_active_locale(cls):
        """The footer in the reader's language, else the default language's, else None."""
        active = get_supported_content_language_variant(get_language())
        default = settings.LANGUAGE_CODE
        footers = {
            footer.locale.language_code: footer
            for footer in cls.objects.filter(
                live=True, locale__language_code__in={active, default}
            ).select_related("locale")
        }
        footer = footers.get(active) or footers.get(default)
        if footer is not None:
            # The English footer stands in for a translation not published yet.
            footer.foreign_language = "" if footer.locale.language_code == active else default
        return footer

    def get_links(self):
        """The footer's pages in the reader's language (else as chosen), if live and public:
        a private page's title stays off the footer. Two queries."""
        chosen = [block.value for block in self.links if block.value]
        if not chosen:
            return []
        language = get_supported_content_language_variant(get_language())
        found = {}
        readable = (
            BasePageQuerySet(Page)
            .live()
            .public()
            .filter(
                Q(locale__language_code=language) | Q(pk__in=[page.pk for page in chosen]),
                translation_key__in={page.translation_key for page in chosen},
            )
            .select_related("locale")
        )
        for page in readable:
            if page.locale.language_code == language or page.translation_key not in found:
                found[page.translation_key] = page
        return [found[page.translation_key] for page in chosen if page.translation_key in found]
