"""The demo is for development machines and local trials, never a server's database.

`settings.DEMO_CONTENT_ALLOWED` is True in config.settings.dev and test, and in
config.settings.production only for a local trial (DJANGO_LOCAL_TRIAL=true, `make serve`).
The demo users (demo/users.py) have their own, stricter switch: `settings.CREATE_DEMO_ADMIN`,
which only the development settings turn on.
"""

from django.conf import settings
from django.core.management.base import CommandError


def ensure_demo_allowed(command):
    if not settings.DEMO_CONTENT_ALLOWED:
        raise CommandError(
            f"{command} loads made-up pages for development machines and local trials, and "
            f"these settings ({settings.SETTINGS_MODULE}) are a server's: nothing was loaded. "
            "On a development machine use DJANGO_SETTINGS_MODULE=config.settings.dev; a local "
            "trial of the production settings sets DJANGO_LOCAL_TRIAL=true (make serve does)."
        )
