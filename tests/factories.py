"""Test data builders (wagtail-factories). Pages hang from the language trees they are given."""

import factory
import wagtail_factories
from wagtail.models import Locale

from core.models import CustomImage, SiteFooter, StandardPage
from home.models import HomePage


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
