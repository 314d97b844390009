"""A laptop: debug on, any local host, SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403

# DJANGO_DEBUG=false shows the site's own 404 and 500 pages instead of Django's debug pages.
DEBUG = os.environ.get("DJANGO_DEBUG", "true").lower() not in {"0", "false", "no"}
CREATE_DEMO_ADMIN = True
DEMO_CONTENT_ALLOWED = True
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SERVE_MEDIA = True

# WhiteNoise reads static files from the app folders as they change; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
