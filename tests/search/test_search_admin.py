"""Staff side of search: the admin's page search in every language, and promoted results."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.search.test_search_page import article, result_links, results
from tests.workflow.conftest import client_for, member_of
from workflow.roles import EDITORS, translators_group_name

pytestmark = pytest.mark.django_db


def test_the_admins_page_search_finds_pages_in_every_language(demo, django_user_model):
    english = article("en", "The Lekeitioharbour workshop.", title="Lekeitioharbour workshop")
    spanish = article("es", "El taller de Lekeitioharbour.", title="Taller Lekeitioharbour")
    editor = client_for(member_of(django_user_model, "editor-search", EDITORS))

    response = editor.get(reverse("wagtailadmin_pages:search"), {"q": "Lekeitioharbour"})

    content = response.content.decode()
    assert response.status_code == 200
    assert english.title in content and spanish.title in content


def test_rebuilding_the_index_keeps_every_language_searchable(demo, client):
    page = article("eu", "Lankidetza berria Otxandiogune ikastetxearekin.")

    call_command("update_index", verbosity=0)

    _response, document = results(client, "eu", "Otxandiogune")
    assert result_links(document) == [page.url]


def test_editors_manage_promoted_results_and_translators_do_not(demo, django_user_model):
    editor = client_for(member_of(django_user_model, "editor-picks", EDITORS))
    translator = client_for(
        member_of(django_user_model, "translator-picks", translators_group_name("es"))
    )
    url = reverse("wagtailsearchpromotions:add")

    assert editor.get(url).status_code == 200
    assert translator.get(url).status_code in (302, 403)
