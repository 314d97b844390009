import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture(scope="session")
def django_db_createdb(request):
    """Whether to build the test database anew: on `--create-db`, and when the database kept by
    `--reuse-db` was emptied at the end of the last run (its transactional tests, the browser
    tests, flush the tables last), which would leave `load_demo` without the root collection."""
    return request.config.getvalue("create_db") or kept_test_database_is_empty()


def kept_test_database_is_empty():
    """True when PostgreSQL holds a kept test database whose tables hold no root collection."""
    import psycopg
    from django.db import connection

    if connection.vendor != "postgresql":
        return False  # SQLite's test database lives in memory, new every run
    settings = connection.settings_dict
    try:
        with psycopg.connect(
            dbname=connection.creation._get_test_db_name(),
            host=settings["HOST"] or None,
            port=settings["PORT"] or None,
            user=settings["USER"] or None,
            password=settings["PASSWORD"] or None,
            connect_timeout=5,
        ) as kept:
            if kept.execute("SELECT to_regclass('wagtailcore_collection')").fetchone()[0] is None:
                return False  # not migrated yet: Django migrates it anyway
            return kept.execute("SELECT count(*) FROM wagtailcore_collection").fetchone()[0] == 0
    except psycopg.OperationalError:
        return False  # no such database yet: it is created


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo content, loaded once into the test database the way `make run` loads it.

    Each test runs in a transaction on top of it and leaves it as it was. Transactional tests
    (the browser tests) empty the tables afterwards, so pytest-django runs them last and they
    load what they need themselves (see `demo`).
    """
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        redraw_lost_image_files()


def redraw_lost_image_files():
    """A flat picture of the right size for every image whose file is gone, and no renditions
    made from the lost files. A reused test database (`--reuse-db`) outlives the MEDIA_ROOT of
    the run that loaded it (config/settings/test.py makes a new one per run), and an image without
    its file renders as `/media/not-found`."""
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    for image in get_image_model().objects.all():
        storage, name = image.file.storage, image.file.name
        if storage.exists(name):
            continue
        picture = io.BytesIO()
        file_format = "PNG" if name.lower().endswith(".png") else "JPEG"
        PILImage.new("RGB", (image.width, image.height), "#0b5d63").save(picture, file_format)
        picture.seek(0)
        assert storage.save(name, picture) == name
        image.renditions.all().delete()


def english_demo_home():
    return HomePage.objects.filter(depth=2, locale__language_code="en", slug="home").first()


@pytest.fixture
def demo(db, request):
    """The English home page of the demo content, loading the demo if a transactional test
    emptied the database. `@pytest.mark.demo_apps("home")` loads only some content areas."""
    home = english_demo_home()
    site = Site.objects.filter(is_default_site=True).first()
    if home is None or site is None or site.root_page_id != home.pk:
        marker = request.node.get_closest_marker("demo_apps")
        apps = ["--apps", *marker.args] if marker else []
        call_command("load_demo", *apps, stdout=io.StringIO())
        home = english_demo_home()
    return home


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


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; a test that moves the site root must not leak it."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each request activates its page's language and leaves it active in the test's thread:
    every test starts in the default language, whatever the one before it read."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
