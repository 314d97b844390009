import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale

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
