#!/usr/bin/env python
"""Django's command line, with the settings from DJANGO_SETTINGS_MODULE.

Without it, a development machine gets config.settings.dev (what `make run` needs on a fresh
clone), but only when nothing in the environment says "server": with SECRET_KEY,
ALLOWED_HOSTS, WAGTAILADMIN_BASE_URL, EMAIL_URL, SENTRY_DSN or a DATABASE_URL other than
SQLite set, manage.py stops and asks for DJANGO_SETTINGS_MODULE rather than run a server's
database under the development settings (DEBUG, a published secret key, demo logins).
"""

import os
import sys

DEVELOPMENT_SETTINGS = "config.settings.dev"
SERVER_VARIABLES = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "WAGTAILADMIN_BASE_URL",
    "EMAIL_URL",
    "SENTRY_DSN",
)


def server_variables(environ):
    """The variables set here that only a server sets."""
    found = [name for name in SERVER_VARIABLES if environ.get(name, "").strip()]
    database = environ.get("DATABASE_URL", "").strip()
    if database and not database.startswith("sqlite:"):
        found.append("DATABASE_URL")
    return found


def settings_module(environ):
    """DJANGO_SETTINGS_MODULE, else the development settings where that is safe; else exit."""
    chosen = environ.get("DJANGO_SETTINGS_MODULE", "").strip()
    if chosen:
        return chosen
    found = server_variables(environ)
    if found:
        sys.exit(
            f"manage.py: DJANGO_SETTINGS_MODULE is not set, and {', '.join(found)} "
            f"{'is' if len(found) == 1 else 'are'}: this looks like a server, so the development "
            "settings (DEBUG, a published SECRET_KEY, demo logins) are not used.\n"
            "Set DJANGO_SETTINGS_MODULE=config.settings.production on a server, or "
            "DJANGO_SETTINGS_MODULE=config.settings.dev on a development machine."
        )
    return DEVELOPMENT_SETTINGS


if __name__ == "__main__":
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module(os.environ)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
