"""The demo users, one per role with a known password, for development machines only
(`settings.CREATE_DEMO_ADMIN`); `load_demo` creates them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ImproperlyConfigured
from wagtail.users.models import UserProfile

from workflow.roles import EDITORS, MODERATORS, translators_group_name

DEMO_PASSWORD = "innovet-demo"


def demo_users():
    """(username, group name or None for the superuser, admin language)."""
    users = [("admin", None, "en"), ("editor", EDITORS, "en"), ("moderator", MODERATORS, "en")]
    users += [
        (f"translator-{code}", translators_group_name(code), code)
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]
    return users


def create_demo_users():
    """Create the demo users with the demo password; return (username, role, password-note).

    A user whose password was changed keeps it: the note says so instead of printing it.
    Refused unless `settings.CREATE_DEMO_ADMIN` (config.settings.dev only).
    """
    if not settings.CREATE_DEMO_ADMIN:
        raise ImproperlyConfigured(
            f"The demo users have a published password and are created only where "
            f"CREATE_DEMO_ADMIN is True (config.settings.dev), not with {settings.SETTINGS_MODULE}."
        )
    created = []
    for username, group_name, language in demo_users():
        user, new = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@innovetlatam.example"},
        )
        if new:
            user.is_staff = group_name is None
            user.is_superuser = group_name is None
            user.set_password(DEMO_PASSWORD)
            user.save()
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        password = DEMO_PASSWORD if user.check_password(DEMO_PASSWORD) else None
        created.append((username, group_name or "Administrator", password))
    return created
