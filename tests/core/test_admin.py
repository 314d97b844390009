"""The Wagtail admin works for the page types and snippets this project adds."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import CustomImage, SiteFooter, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_every_demo_page_opens_in_the_editor(demo, editor_client):
    for page in Page.objects.filter(depth__gt=1):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
    # Translated pages open in wagtail-localize's translation editor.
    spanish_about = StandardPage.objects.get(slug="sobre-el-proyecto")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[spanish_about.pk]))
    assert b'class="js-translation-editor"' in response.content
    english_about = StandardPage.objects.get(slug="about")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[english_about.pk]))
    assert b'class="js-translation-editor"' not in response.content


def test_footer_snippets_are_listed_and_editable(demo, editor_client):
    listing = editor_client.get(reverse("wagtailsnippets_core_sitefooter:list"))
    assert listing.status_code == 200
    english = SiteFooter.objects.get(locale__language_code="en")
    edit = editor_client.get(reverse("wagtailsnippets_core_sitefooter:edit", args=[english.pk]))
    assert edit.status_code == 200


def test_editor_publishes_a_standard_page_that_appears_in_the_menu(demo, editor_client, client):
    url = reverse("wagtailadmin_pages:add", args=["core", "standardpage", demo.pk])
    data = nested_form_data(
        {
            "title": "Partners' meeting in Derio",
            "slug": "derio-meeting",
            "introduction": "Notes from the meeting.",
            "body": streamfield([("paragraph", rich_text("<p>We met at Txorierri.</p>"))]),
            "show_in_menus": "on",
            "action-publish": "publish",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="derio-meeting")
    assert page.live
    public = client.get("/en/derio-meeting/")
    assert public.status_code == 200
    assert "We met at Txorierri." in public.content.decode()
    assert 'href="/en/derio-meeting/"' in client.get("/en/").content.decode()


def test_image_upload_requires_alt_text(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection

    root_collection = Collection.get_first_root_node().pk
    upload = get_test_image_file()
    file = SimpleUploadedFile("photo.png", upload.file.getvalue(), content_type="image/png")
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "Photo", "file": file, "description": "", "collection": root_collection},
    )
    assert response.status_code == 200  # the form again, with an error
    assert not CustomImage.objects.filter(title="Photo").exists()
    file.seek(0)
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Photo",
            "file": file,
            "description": "Learners in a workshop",
            "collection": root_collection,
        },
    )
    assert response.status_code == 302
    assert CustomImage.objects.get(title="Photo").description == "Learners in a workshop"


def test_basque_is_an_admin_language():
    assert ("eu", "Euskara") in get_available_admin_languages()
