import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.models import BasePage, BasePageQuerySet, IndexPage
from core.models.pages import related_partner_logos
from core.pagination import paginate
from core.site import site_name
from core.structured_data import CONTEXT, consortium, page_image, site_home_url
from events.blocks import AgendaBlock
from taxonomy.models import RelatedPartner, localized_partners, partner_pages

PAST_EVENTS_PER_PAGE = 10


def time_zone_choices():
    """The machine's time zones, offered in the admin (never stored in a migration)."""
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("Unknown time zone: %(zone)s") % {"zone": value})


class EventPageRelatedPartner(RelatedPartner):
    page = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="related_partner_links"
    )


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The events of one language: upcoming first, past below, and a calendar feed."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_events(self):
        return EventPage.objects.for_listing().descendant_of(self)

    def get_upcoming_events(self):
        return self.get_events().upcoming()

    def get_past_events(self):
        return self.get_events().past()

    @path("")
    def index_route(self, request):
        return self.render(
            request,
            context_overrides={
                "upcoming_events": list(self.get_upcoming_events()),
                "past_events": paginate(request, self.get_past_events(), PAST_EVENTS_PER_PAGE),
            },
        )

    @path("ical/")
    def calendar_route(self, request):
        from events.ical import calendar_response

        return calendar_response(
            request,
            self.get_events().order_by("start"),
            name=f"{self.title} · {site_name(request)}",
            filename=f"{self.slug}.ics",
        )


class EventPageForm(WagtailAdminPageForm):
    """Start and end are typed in the event's own time zone, not the editor's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("start", "end"):
                value = getattr(self.instance, name)
                if value:
                    self.initial[name] = timezone.localtime(value, self.instance.zone).replace(
                        tzinfo=None
                    )

    def clean(self):
        cleaned_data = super().clean()
        zone = zone_or_default(cleaned_data.get("time_zone"))
        for name in ("start", "end"):
            value = cleaned_data.get(name)
            if value:
                cleaned_data[name] = timezone.make_aware(timezone.make_naive(value), zone)
        return cleaned_data


def zone_or_default(name):
    try:
        return zoneinfo.ZoneInfo(name or "")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return timezone.get_default_timezone()


class EventPageQuerySet(BasePageQuerySet):
    def for_listing(self):
        """Live, public events, latest first, without the agenda and body an event card
        doesn't show. The only query of event cards: the index and partner pages."""
        return self.live().public().order_by("-start", "-pk").defer_streamfields()

    def upcoming(self):
        return self.filter(end__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")


class EventPage(RoutablePageMixin, BasePage):
    objects = PageManager.from_queryset(EventPageQuerySet)()

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Madrid",
        validators=[validate_time_zone],
        help_text=_("Where the event happens; times are entered and shown in this time zone."),
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    is_online = models.BooleanField(_("online event"), default=False)
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
            ],
            heading=_("When"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("organiser"),
            ],
            heading=_("Where and who"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("agenda"),
        FieldPanel("body"),
        InlinePanel("related_partner_links", heading=_("Related partners"), label=_("Partner")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("time_zone"),
        TranslatableField("summary"),
        SynchronizedField("is_online"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        TranslatableField("organiser"),
        SynchronizedField("registration_url"),
        TranslatableField("agenda"),
        TranslatableField("body"),
        SynchronizedField("related_partner_links"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    def get_summary(self):
        return self.summary

    def get_listing_date(self):
        """The day the event starts, where it takes place."""
        return self.start.astimezone(self.zone).date()

    base_form_class = EventPageForm

    @property
    def zone(self):
        return zone_or_default(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @cached_property
    def related_partners(self):
        return localized_partners(self)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def spans_days(self):
        return self.local_start.date() != self.local_end.date()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_partners"] = related_partner_logos(self, self.related_partners)
        return context

    @path("ical/")
    def ical_route(self, request):
        from events.ical import calendar_response

        return calendar_response(request, [self], name=self.title, filename=f"{self.slug}.ics")

    def organizers(self, request):
        """The event's organisers for schema.org, each with a URL: the partners it names whose
        name or acronym the organiser text mentions (their page here, their own website as
        sameAs), else the consortium (its home page)."""
        text = self.organiser.casefold()
        found = []
        if text and self.related_partners:
            partners = (
                partner_pages()
                .filter(pk__in=[page.pk for page in self.related_partners])
                .only("title", "acronym", "website", "url_path", "locale_id", "path", "depth")
            )
            for partner in partners:
                names = [partner.title, partner.acronym]
                if any(name and name.casefold() in text for name in names):
                    data = {
                        "@type": "Organization",
                        "name": partner.title,
                        "url": request.build_absolute_uri(partner.get_url(request)),
                    }
                    if partner.website:
                        data["sameAs"] = [partner.website]
                    found.append(data)
        if found:
            return found
        organisation = consortium(request, site_home_url(request, self))
        organisation.pop("logo")
        return [organisation]

    def get_json_ld(self, request):
        """An Event with what Google recommends: image, organiser with a URL, status,
        attendance mode, location and, where one registers, the offer."""
        url = request.build_absolute_uri(self.get_url(request))
        data = {
            "@context": CONTEXT,
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": self.locale.language_code,
            "url": url,
            "image": [page_image(request, self)],
            "organizer": self.organizers(request),
        }
        if self.is_online:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            data["location"] = {"@type": "VirtualLocation", "url": self.registration_url or url}
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            data["location"] = {
                "@type": "Place",
                "name": self.venue_name or self.organiser or self.title,
                "address": " ".join(self.venue_address.split()) or self.venue_name,
            }
        if self.registration_url:
            data["offers"] = {
                "@type": "Offer",
                "url": self.registration_url,
                "availability": "https://schema.org/SoldOut"
                if self.is_past
                else "https://schema.org/InStock",
                "validThrough": self.local_start.isoformat(),
            }
        return data
