import re
from itertools import groupby

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.models import BasePage, BasePageQuerySet, IndexPage, optional_image
from core.models.pages import SOCIAL_LOGO_FILTER, SocialImage
from core.seo import rendition_or_none
from core.structured_data import CONTEXT, consortium, image_object, site_home_url

RELATED_NEWS_COUNT = 6
RELATED_EVENTS_COUNT = 6
RELATED_PUBLICATIONS_COUNT = 6

# A monogram shows the acronym when it is this short, else the initials of the name's words.
MONOGRAM_MAX_ACRONYM = 5
MONOGRAM_MAX_INITIALS = 3
# Words left out of initials: "Universidad Popular de Guatemala" is UPG.
MINOR_WORDS = {"a", "and", "de", "del", "des", "di", "du", "e", "et", "for", "la", "las", "los"}
MINOR_WORDS |= {"of", "the", "y", "und", "eta"}


def monogram(title, acronym=""):
    """The letters of a partner's placeholder logo: its acronym, or its initials."""
    acronym = acronym.strip()
    if acronym and len(acronym.replace(" ", "")) <= MONOGRAM_MAX_ACRONYM:
        return acronym.replace(" ", "").upper()
    words = [word for word in re.split(r"[\s\-/]+", title) if word and word[0].isalnum()]
    major = [word for word in words if word.lower() not in MINOR_WORDS] or words
    if not major:
        return "?"
    first = major[0]
    if first.isupper() and len(first) <= MONOGRAM_MAX_ACRONYM:  # "GAIA", "IAL FVG"
        return first
    if len(major) == 1:  # "Nexmachina" is NE
        return first[:2].upper()
    return "".join(word[0] for word in major)[:MONOGRAM_MAX_INITIALS].upper()


def acronym_in_title(title, acronym):
    """Whether the title already says the acronym, as a word, whatever the case ("IHF asbl")."""
    pattern = r"(?<!\w)" + re.escape(acronym.strip()) + r"(?!\w)"
    return bool(re.search(pattern, title, flags=re.IGNORECASE))


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
        return PartnerPage.objects.for_listing().descendant_of(self)

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


class PartnerPageQuerySet(BasePageQuerySet):
    def for_listing(self):
        """Live, public partners, coordinator first, then full and associated partners, by
        name, with the logo a partner card shows and without the profile. The only query of
        partner cards: the partner index and the home page's logo strip."""
        return (
            self.live()
            .public()
            .order_by(
                models.Case(
                    models.When(role=PartnerRole.COORDINATOR, then=0),
                    models.When(role=PartnerRole.PARTNER, then=1),
                    default=2,
                ),
                "title",
            )
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .defer_streamfields()
        )


class PartnerPage(BasePage):
    objects = PageManager.from_queryset(PartnerPageQuerySet)()

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    role = models.CharField(
        _("role in the consortium"),
        max_length=20,
        choices=PartnerRole.choices,
        default=PartnerRole.PARTNER,
    )
    logo = optional_image(_("logo"))
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

    def get_social_card(self):
        """The logo, whole on white (a logo cut to 1200×630 loses its ends), with "Logo of
        …" in the page's language."""
        if self.social_image or not self.logo:
            return super().get_social_card()
        alt = gettext("Logo of %(name)s") % {"name": self.title}
        return SocialImage(self.logo, SOCIAL_LOGO_FILTER, alt)

    @property
    def acronym_to_show(self):
        """The acronym after the name, unless the name already contains it."""
        if not self.acronym or acronym_in_title(self.title, self.acronym):
            return ""
        return self.acronym

    @property
    def monogram(self):
        return monogram(self.title, self.acronym)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @cached_property
    def place(self):
        """ "Brussels, Belgium" in the reader's language."""
        return ", ".join(str(part) for part in (self.city, self.country.name) if part)

    def get_related_news(self):
        """The latest articles naming this partner, as news cards."""
        return self.pages_naming_this("named_by_news", RELATED_NEWS_COUNT)

    def get_related_events(self):
        """The latest events naming this partner."""
        return self.pages_naming_this("named_by_events", RELATED_EVENTS_COUNT)

    def get_related_publications(self):
        """The publications this partner wrote, in this language, newest first (titles only:
        the partner page links them from its sidebar)."""
        try:
            link_model = self._meta.get_field("named_by_publications").related_model
        except FieldDoesNotExist:
            return []
        page_model = link_model._meta.get_field("page").related_model
        pages = (
            page_model.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                related_partner_links__partner__translation_key=self.translation_key,
            )
        )
        return list(
            pages.distinct()
            .order_by("-first_published_at")
            .only("title", "url_path")[:RELATED_PUBLICATIONS_COUNT]
        )

    def pages_naming_this(self, relation, count):
        """Through a reverse relation of the partner link (`named_by_news`, ...): the pages
        of that type in this language that name this partner, as that type's cards. The
        partners app knows no other content app; an app that is not installed names none."""
        try:
            link_model = self._meta.get_field(relation).related_model
        except FieldDoesNotExist:
            return []
        page_model = link_model._meta.get_field("page").related_model
        return page_model.as_cards(link_model.pages_naming(self)[:count], self.locale)

    def get_json_ld(self, request):
        """An Organization: its page here as `url`, its own website as `sameAs`, its logo,
        address and place, and the consortium it is a member of."""
        data = {
            "@context": CONTEXT,
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
        logo = rendition_or_none(self.logo, "max-400x400|format-png")
        if logo is not None:
            data["logo"] = image_object(request, logo)
        if self.has_location:
            data["location"] = {
                "@type": "Place",
                "address": data["address"],
                "geo": {
                    "@type": "GeoCoordinates",
                    "latitude": float(self.latitude),
                    "longitude": float(self.longitude),
                },
            }
        organisation = consortium(request, site_home_url(request, self))
        organisation.pop("logo")
        data["memberOf"] = organisation
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = self.get_related_news()
        context["related_events"] = self.get_related_events()
        context["related_publications"] = self.get_related_publications()
        return context
