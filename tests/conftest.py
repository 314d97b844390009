import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def demo(db):
    """The demo content, loaded the way `make run` loads it. Returns the English home page."""
    call_command("load_demo", stdout=io.StringIO())
    return HomePage.objects.get(depth=2, locale__language_code="en")


def running_in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture
def home(db):
    """An empty English home page serving as the site root, for tests that build their own."""
    from tests.factories import HomePageFactory

    page = HomePageFactory(parent=Page.get_first_root_node(), slug="test-home")
    site = Site.objects.get(is_default_site=True)
    site.root_page = page
    site.save()
    return page
