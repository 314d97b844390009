"""The menu and the footer are read once per language and kept in the cache until something
they show changes (issue 14): the next anonymous request after a publish, an unpublish or a
footer edit shows the change, in every language."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import SiteFooter, StandardPage
from tests.factories import StandardPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def menu(client, url):
    return [a.get_text(strip=True) for a in soup(client.get(url)).select(".main-menu a")]


def organisation(client, url):
    return soup(client.get(url)).select_one(".site-footer__organisation").get_text(strip=True)


def test_a_cached_page_reads_neither_menu_nor_footer_again(demo, client):
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as queries:
        document = soup(client.get("/en/about/"))
    sql = [query["sql"] for query in queries.captured_queries]
    assert not [query for query in sql if "core_sitefooter" in query]
    conditions = [query.split(" WHERE ", 1)[1] for query in sql if " WHERE " in query]
    assert not [condition for condition in conditions if "show_in_menus" in condition]
    assert document.select(".main-menu a") and document.select_one(".site-footer__organisation")


def test_unpublishing_a_menu_page_in_the_admin_removes_it_at_once(demo, client, admin_user):
    about = StandardPage.objects.get(locale__language_code="en", slug="about")
    assert about.title in menu(client, "/en/")
    admin = Client()
    admin.force_login(admin_user)
    response = admin.post(reverse("wagtailadmin_pages:unpublish", args=[about.pk]), {})
    assert response.status_code == 302
    assert about.title not in menu(client, "/en/")
    assert about.title not in menu(client, "/en/news/")


def test_a_new_menu_page_and_a_footer_edit_show_at_once_in_their_language(demo, client):
    assert "Open calls" not in menu(client, "/en/")
    spanish_before = menu(client, "/es/")
    StandardPageFactory(parent=demo, title="Open calls", show_in_menus=True)
    assert "Open calls" in menu(client, "/en/")
    assert menu(client, "/es/") == spanish_before

    footer = SiteFooter.objects.get(locale__language_code="en")
    spanish_organisation = organisation(client, "/es/")
    footer.organisation = "INNOVET LATAM consortium office"
    footer.save_revision().publish()
    assert organisation(client, "/en/") == "INNOVET LATAM consortium office"
    assert organisation(client, "/es/") == spanish_organisation
