"""The site's roles, as Django groups with exactly these permissions.

- Editors write and publish in every language, manage images and documents, and pin
  promoted results to the site search.
- Translators (one group per language) translate into their language only: page permissions
  on that language's home page, and the snippet permissions the translation editor needs
  (the locale of a snippet is checked in workflow/locales.py).
- Moderators approve English pages in the "Review" workflow.

`setup_roles` applies this declaratively: running it again resets a group to this list.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from workflow.locales import locale_roots

EDITORS = "Editors"
MODERATORS = "Moderators"
REVIEW_WORKFLOW = "Review"
REVIEW_TASK = "Moderators approval"  # Wagtail's own default task, reused when present
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
]


def translators_group_name(language_code):
    return f"Translators ({dict(settings.LANGUAGES)[language_code]})"


def translators_group_names():
    return [
        translators_group_name(code)
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def snippet_permissions(actions, translatable_only=False):
    """The actions on every snippet model; "publish" only where the model has drafts."""
    names = []
    for model in get_snippet_models():
        if translatable_only and not issubclass(model, TranslatableMixin):
            continue
        for action in actions:
            if action == "publish" and not issubclass(model, DraftStateMixin):
                continue
            names.append(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
    return names


# Pinning results to the site search (Settings → Promoted search results).
SEARCH_PROMOTION_PERMISSIONS = [
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
]


@dataclass
class Role:
    name: str
    permissions: list[str]
    # Page permissions, granted on the root of every tree (None) or on one language's home.
    page_permissions: list[str]
    page_tree: str | None = None  # "*" for all languages, else a language code
    collection_permissions: list[str] = field(default_factory=list)


def roles():
    source = settings.LANGUAGE_CODE
    editors = Role(
        EDITORS,
        permissions=[
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            *snippet_permissions(["add", "change", "delete", "publish"]),
            *SEARCH_PROMOTION_PERMISSIONS,
        ],
        page_permissions=["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        page_tree="*",
        collection_permissions=COLLECTION_PERMISSIONS,
    )
    moderators = Role(
        MODERATORS,
        permissions=["wagtailadmin.access_admin"],
        page_permissions=["change_page", "publish_page", "lock_page", "unlock_page"],
        page_tree=source,
    )
    translators = [
        Role(
            translators_group_name(code),
            permissions=[
                "wagtailadmin.access_admin",
                "wagtail_localize.submit_translation",
                *snippet_permissions(["change", "publish"], translatable_only=True),
            ],
            page_permissions=["change_page", "publish_page"],
            page_tree=code,
        )
        for code, _name in settings.LANGUAGES
        if code != source
    ]
    return [editors, moderators, *translators]


def _permissions(names):
    found = []
    for name in names:
        app_label, codename = name.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def _page_permissions(group, role, warn):
    if role.page_tree == "*":
        pages = [Page.get_first_root_node()]
    else:
        locale = Locale.objects.filter(language_code=role.page_tree).first()
        home = locale and locale_roots().get(locale.pk)
        if home is None:
            warn(
                f"{role.name}: no {role.page_tree} home page yet. Translate the home page, "
                "then run setup_roles again."
            )
            pages = []
        else:
            pages = [home]
    page_content_type = ContentType.objects.get_for_model(Page)
    wanted = {
        (page.pk, permission.pk)
        for page in pages
        for permission in Permission.objects.filter(
            content_type=page_content_type, codename__in=role.page_permissions
        )
    }
    existing = GroupPagePermission.objects.filter(group=group)
    existing.exclude(
        pk__in=[p.pk for p in existing if (p.page_id, p.permission_id) in wanted]
    ).delete()
    for page_id, permission_id in wanted:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page_id, permission_id=permission_id
        )


def _collection_permissions(group, role):
    root = Collection.get_first_root_node()
    wanted = {permission.pk for permission in _permissions(role.collection_permissions)}
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root, permission_id__in=wanted
    ).delete()
    for permission_id in wanted:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission_id=permission_id
        )


def _review_workflow(moderators, warn):
    """ "Review" on the English tree: editors submit, moderators approve and publish.

    Wagtail installs a workflow on the root page, which would also cover the Spanish and
    Basque trees, where translators publish; it is taken off the root.
    """
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.set([moderators])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    workflow, _created = Workflow.objects.update_or_create(
        name=REVIEW_WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.filter(page__depth=1).delete()
    # Wagtail's own default workflow, now on no page, would only confuse the workflow list.
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, workflow_pages__isnull=True).update(
        active=False
    )
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    english_home = source and locale_roots().get(source.pk)
    if english_home is None:
        warn("Review workflow: no English home page yet; run setup_roles again after.")
        return workflow
    WorkflowPage.objects.update_or_create(page=english_home, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def setup_roles(warn=print):
    """Create or reset every role's group, permissions and the Review workflow."""
    groups = {}
    for role in roles():
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set(_permissions(role.permissions))
        _page_permissions(group, role, warn)
        _collection_permissions(group, role)
        groups[role.name] = group
    _review_workflow(groups[MODERATORS], warn)
    return groups
