"""English pages go through "Review": an editor submits, a moderator approves and it is live."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import StandardPage
from tests.workflow.conftest import client_for
from workflow.roles import REVIEW_WORKFLOW

pytestmark = pytest.mark.django_db


def test_editor_submits_and_moderator_approves_and_publishes(demo, editor, moderator, client):
    data = nested_form_data(
        {
            "title": "Dual training in Bizkaia",
            "slug": "dual-training-bizkaia",
            "introduction": "How companies and schools share the training.",
            "body": streamfield([("paragraph", rich_text("<p>Two places of learning.</p>"))]),
            "action-submit": "submit",
        }
    )
    add = reverse("wagtailadmin_pages:add", args=["core", "standardpage", demo.pk])
    assert client_for(editor).post(add, data).status_code == 302
    page = StandardPage.objects.get(slug="dual-training-bizkaia")
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow.name == REVIEW_WORKFLOW and state.status == "in_progress"
    assert client.get("/en/dual-training-bizkaia/").status_code == 404

    # The moderator finds it on the dashboard and approves it.
    reviewer = client_for(moderator)
    assert "Dual training in Bizkaia" in reviewer.get(reverse("wagtailadmin_home")).content.decode()
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    assert reviewer.post(approve, {"comment": "Fine."}).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert "Two places of learning." in client.get("/en/dual-training-bizkaia/").content.decode()


def test_review_covers_the_english_tree_only(demo):
    assigned = WorkflowPage.objects.filter(workflow__name=REVIEW_WORKFLOW)
    assert [wp.page.locale.language_code for wp in assigned] == ["en"]
    spanish_home = demo.get_translation(Locale.objects.get(language_code="es"))
    assert spanish_home.get_workflow() is None
    assert demo.get_workflow().name == REVIEW_WORKFLOW


def test_setup_roles_is_idempotent_and_resets_tampering(demo):
    def snapshot():
        return sorted(
            GroupPagePermission.objects.values_list(
                "group__name", "page_id", "permission__codename"
            )
        )

    before = snapshot()
    call_command("setup_roles", stdout=None)
    assert snapshot() == before
    # Someone gives Spanish translators the English tree: the next run takes it back.
    english_home = Page.objects.get(pk=demo.pk)
    GroupPagePermission.objects.create(
        group_id=GroupPagePermission.objects.filter(group__name__startswith="Translators (Esp")
        .first()
        .group_id,
        page=english_home,
        permission_type="change",
    )
    call_command("setup_roles")
    assert snapshot() == before


def test_demo_users_one_per_role_on_development_machines_only(demo, settings):
    import io

    from django.contrib.auth import get_user_model

    settings.CREATE_DEMO_ADMIN = False
    call_command("load_demo", "--apps", "home", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username__startswith="translator-").exists()

    settings.CREATE_DEMO_ADMIN = True
    output = io.StringIO()
    call_command("load_demo", "--apps", "home", stdout=output)
    users = {user.username: user for user in get_user_model().objects.all()}
    assert users["admin"].is_superuser
    assert [g.name for g in users["translator-eu"].groups.all()] == ["Translators (Euskara)"]
    assert users["translator-eu"].wagtail_userprofile.preferred_language == "eu"
    assert [g.name for g in users["editor"].groups.all()] == ["Editors"]
    assert [g.name for g in users["moderator"].groups.all()] == ["Moderators"]
    printed = output.getvalue()
    for username in ("admin", "editor", "moderator", "translator-es", "translator-eu"):
        assert username in printed
    assert "innovet-demo" in printed

    # A changed password is kept and never printed again.
    users["editor"].set_password("something-else-entirely")
    users["editor"].save()
    output = io.StringIO()
    call_command("load_demo", "--apps", "home", stdout=output)
    editor_line = next(line for line in output.getvalue().splitlines() if "editor " in line)
    assert "innovet-demo" not in editor_line
