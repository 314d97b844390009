import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from core.models import CustomImage, SiteFooter, StandardPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_demo_builds_every_page_in_three_languages(demo):
    for language in ("en", "es", "eu"):
        assert HomePage.objects.live().filter(locale__language_code=language).count() == 1
        assert StandardPage.objects.live().filter(locale__language_code=language).count() == 3
        assert SiteFooter.objects.filter(locale__language_code=language).count() == 1


def test_demo_translations_are_real_wagtail_localize_translations(demo):
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=1)
    for page in english_pages:
        targets = set(
            Translation.objects.filter(source__object_id=page.translation_key).values_list(
                "target_locale__language_code", flat=True
            )
        )
        assert targets == {"es", "eu"}, page
    footer = SiteFooter.objects.get(locale__language_code="en")
    assert Translation.objects.filter(source__object_id=footer.translation_key).count() == 2


def test_demo_pages_read_in_their_own_language(demo, locales):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    spanish = about.get_translation(locales["es"])
    basque = about.get_translation(locales["eu"])
    assert spanish.title == "Sobre el proyecto"
    assert basque.title == "Proiektuari buruz"
    assert "Ocho organizaciones" in str(spanish.body)
    assert "Bost herrialdetako" in str(basque.body)


def test_demo_is_idempotent(demo):
    counts = (Page.objects.count(), CustomImage.objects.count(), SiteFooter.objects.count())
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert (Page.objects.count(), CustomImage.objects.count(), SiteFooter.objects.count()) == counts
    assert "exists" in output.getvalue()


def test_demo_replaces_wagtails_welcome_page(demo):
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    assert demo.get_site().root_page_id == demo.pk
