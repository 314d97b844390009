"""Test data builders (wagtail-factories). Pages hang from the language trees they are given."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from core.models import CustomImage, SiteFooter, StandardPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from taxonomy.models import Tag, Topic


class ImageFactory(wagtail_factories.ImageFactory):
    description = factory.Sequence(lambda n: f"Alt text {n}")

    class Meta:
        model = CustomImage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_introduction = "A consortium of vocational schools."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "An introduction."

    class Meta:
        model = StandardPage


class SiteFooterFactory(factory.django.DjangoModelFactory):
    organisation = "Test consortium"
    funding_disclaimer = "Co-funded by the European Union."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SiteFooter


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class TagFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Tag


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    standfirst = factory.Sequence(lambda n: f"Standfirst of article {n}.")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) - datetime.timedelta(days=n))

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A meeting of the partners."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    time_zone = "Europe/Madrid"
    venue_name = "Politeknika Txorierri"
    venue_address = "Derio, Bizkaia"

    class Meta:
        model = EventPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partners"
    slug = "partners"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner organisation {n}")
    country = "ES"
    city = "Bilbao"
    role = "partner"
    short_description = "A vocational training centre."
    latitude = factory.Sequence(lambda n: 40 + (n % 10) / 2)
    longitude = factory.Sequence(lambda n: -3 + (n % 10) / 2)

    class Meta:
        model = PartnerPage
