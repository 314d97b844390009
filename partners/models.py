from itertools import groupby

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import translations_of
from core.models import BasePage, IndexPage


class PartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    PARTNER = "partner", _("Full partner")
    ASSOCIATED = "associated", _("Associated partner")


class PartnerIndexPage(IndexPage):
    """Who the consortium is: coordinator first, partners by country, and a map."""

    subpage_types = ["partners.PartnerPage"]

    class Meta:
        verbose_name = _("partner index page")
        verbose_name_plural = _("partner index pages")

    def get_partners(self):
        return (
            PartnerPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("logo")
            .prefetch_related("logo__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        from partners.map import partner_map

        context = super().get_context(request, *args, **kwargs)
        partners = list(self.get_partners())
        context["coordinators"] = [p for p in partners if p.role == PartnerRole.COORDINATOR]
        others = sorted(
            (p for p in partners if p.role != PartnerRole.COORDINATOR),
            key=lambda p: (p.country.name, p.role != PartnerRole.PARTNER, p.title.lower()),
        )
        context["countries"] = [
            (country_name, list(group))
            for country_name, group in groupby(others, key=lambda p: p.country.name)
        ]
        context["partner_map"] = partner_map(partners, request)
        return context


class PartnerPage(BasePage):
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    role = models.CharField(
        _("role in the consortium"),
        max_length=20,
        choices=PartnerRole.choices,
        default=PartnerRole.PARTNER,
    )
    logo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    short_description = models.TextField(
        _("short description"), help_text=_("One sentence, shown on the partner's card.")
    )
    profile = StreamField(
        BodyStreamBlock(),
        verbose_name=_("profile"),
        blank=True,
        help_text=_("Expertise and contribution to the project."),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("acronym"),
        FieldPanel("role"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
            help_text=_("Latitude and longitude place the partner on the map (decimal degrees)."),
        ),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("short_description"),
        FieldPanel("profile"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.SearchField("short_description"),
        index.SearchField("profile"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("acronym"),
        SynchronizedField("country"),
        TranslatableField("city"),
        SynchronizedField("role"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        TranslatableField("short_description"),
        TranslatableField("profile"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def get_summary(self):
        return self.short_description

    def get_social_image(self):
        return self.social_image or self.logo

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @cached_property
    def place(self):
        """ "Brussels, Belgium" in the reader's language."""
        return ", ".join(str(part) for part in (self.city, self.country.name) if part)

    def get_related_news(self):
        from news.models import NewsPage

        return (
            NewsPage.objects.for_listing()
            .filter(
                locale_id=self.locale_id,
                related_partner_links__partner__translation_key=self.translation_key,
            )
            .distinct()
        )

    def get_related_news_cards(self, count=6):
        """The latest related articles, as news cards: topics in this page's language."""
        from news.models import NewsPage

        return NewsPage.attach_topics(self.get_related_news()[:count], self.locale)

    def get_related_events(self):
        from events.models import EventPage

        return (
            EventPage.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                related_partner_links__partner__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("-start", "-pk")
        )

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "description": self.short_description,
            "url": request.build_absolute_uri(self.get_url(request)),
            "address": {
                "@type": "PostalAddress",
                "addressCountry": self.country.code,
                **({"addressLocality": self.city} if self.city else {}),
            },
        }
        if self.acronym:
            data["alternateName"] = self.acronym
        if self.website:
            data["sameAs"] = [self.website]
        if self.logo:
            data["logo"] = request.build_absolute_uri(self.logo.get_rendition("max-400x400").url)
        if self.has_location:
            data["location"] = {
                "@type": "Place",
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": float(self.latitude),
                    "longitude": float(self.longitude),
                },
            }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = self.get_related_news_cards()
        context["related_events"] = self.get_related_events()[:6]
        return context


class RelatedPartner(Orderable):
    """A partner named by a news article or an event. Subclasses add the ParentalKey."""

    partner = models.ForeignKey(
        PartnerPage, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


def localized_partners(page):
    """The live partners a page names, in the page's language where translated. Two queries."""
    chosen = [link.partner for link in page.related_partner_links.select_related("partner")]
    translated = translations_of(
        chosen, PartnerPage.objects.live().filter(locale_id=page.locale_id)
    )
    partners = [translated.get(partner.translation_key, partner) for partner in chosen]
    return [partner for partner in partners if partner.live]
