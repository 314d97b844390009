"""Public pages can be stored by a shared cache (issue 14): an anonymous GET sets no cookie
and does not vary on Cookie, in every language and on every kind of page."""

import pytest
from django.urls import reverse

from tests.public_pages import LANGUAGES, public_pages

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_pages_set_no_cookie_and_do_not_vary_on_it(demo, client, language):
    for page in public_pages(language):
        response = client.get(page.url)
        assert response.status_code == page.status, page
        assert not response.cookies, (page, list(response.cookies))
        vary = [value.strip().lower() for value in response.get("Vary", "").split(",")]
        assert "cookie" not in vary, page


def test_a_form_that_posts_still_gets_its_csrf_cookie(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert "csrftoken" in response.cookies
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
