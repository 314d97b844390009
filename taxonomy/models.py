"""What several content apps share: the topics and tags they file pages under, and the link
from a page to the partners it names.

Content apps import from here and from `core`, never from each other. The partner link names
`partners.PartnerPage` by label, so a partner page reaches the pages naming it through the
reverse relations (`partner.named_by_news`, `partner.named_by_events`, ...), not by import.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, Orderable, Page, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import TranslatableField

from core.i18n import in_memory
from core.models import LINK_FIELDS, BasePageQuerySet


class Term(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """What topics and tags share: a name and an address (slug), both translated, and drafts
    like pages: a translation started in Spanish or Basque stays a draft, and readers see the
    English term (marked as English) until a translator publishes it."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_(
            "Used in addresses; left empty, it is made from the name. Translators "
            "translate it with the name; it is made unique in its language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "slug" in update_fields:
            self.slug = self.available_slug()
        super().save(*args, **kwargs)

    def available_slug(self):
        """The slug as typed (or the name), made an address word and unique in its language:
        a translator may type "Competencias verdes" and get `competencias-verdes`. A
        translation whose slug is still the English one (a translator who left that segment
        untranslated) gets its name's instead, so that its addresses read in its language."""
        slug = self.slug
        if slug and self.locale_id is not None and self.translation_key:
            english = (
                type(self)
                .objects.filter(
                    translation_key=self.translation_key,
                    locale__language_code=settings.LANGUAGE_CODE,
                )
                .exclude(locale_id=self.locale_id)
                .values_list("slug", flat=True)
                .first()
            )
            if slug == english:
                slug = ""
        base = (slugify(slug) or slugify(self.name) or "term")[:90].strip("-")
        if self.locale_id is None:
            return base
        taken = set(
            type(self)
            .objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug

    def clean_fields(self, exclude=None):
        self.slug = self.available_slug()
        super().clean_fields(exclude=exclude)


class Topic(Term):
    """A subject news (and the library's documents) are filed under."""

    revisions = GenericRelation("wagtailcore.Revision", related_query_name="topic")

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Tag(Term):
    """A keyword of news articles (a project, a place, a kind of event), translated like a
    topic. Articles choose English tags; readers see each tag in their language."""

    revisions = GenericRelation("wagtailcore.Revision", related_query_name="news_tag")

    class Meta(Term.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")


class RelatedPartner(Orderable):
    """A partner a page names: an article's or an event's partners, a publication's authors.
    Subclasses add the `page` ParentalKey, with `related_name="related_partner_links"`."""

    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="named_by_%(app_label)s",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True

    @classmethod
    def pages_naming(cls, partner):
        """The live, public pages in the partner's language that name it (in any of its
        translations), through the page type's own listing query."""
        pages = cls._meta.get_field("page").related_model.objects.for_listing()
        return pages.filter(
            locale_id=partner.locale_id,
            related_partner_links__partner__translation_key=partner.translation_key,
        ).distinct()


def partner_pages():
    """The partner page model's manager, for the apps that list partners they don't own."""
    return apps.get_model("partners", "PartnerPage").objects


def localized_partners(page):
    """The live, public partners a page names, in the page's language where translated, in
    the editor's order, as pages to link to (their page rows). Two light queries. A partner
    whose page is view-restricted (itself or its index) or unpublished is left out."""
    if in_memory(page, "related_partner_links"):  # a preview: the links as edited
        links = [
            (link.partner_id, link.partner.translation_key)
            for link in page.related_partner_links.all()
            if link.partner_id
        ]
    else:
        links = list(
            page.related_partner_links.model.objects.filter(page=page)
            .order_by("sort_order", "pk")
            .values_list("partner_id", "partner__translation_key")
        )
    if not links:
        return []
    # As links (title, address): their page rows, not their partner profiles.
    candidates = (
        BasePageQuerySet(Page)
        .live()
        .public()
        .filter(
            Q(locale_id=page.locale_id) | Q(pk__in=[pk for pk, _key in links]),
            translation_key__in={key for _pk, key in links},
        )
        .only(*LINK_FIELDS)
        .order_by()
    )
    found = {}
    for partner in candidates:
        if partner.locale_id == page.locale_id or partner.translation_key not in found:
            found[partner.translation_key] = partner
    keys = dict.fromkeys(key for _pk, key in links)
    return [found[key] for key in keys if key in found]
