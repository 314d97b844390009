"""Tests: fast hashing, in-memory cache, plain static storage. DATABASE_URL picks PostgreSQL."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
DEMO_CONTENT_ALLOWED = True
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache is on, as shipped; its time slot is a day, so that a test's stored page does not
# reach the end of a 10-minute slot between two requests (core/page_cache.py).
PAGE_CACHE_TIMEOUT = 24 * 60 * 60
STORAGES = {
    "default": {"BACKEND": "core.uploads.CleanFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded and generated files go to a throwaway folder, never the developer's media/.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="consortium-test-media-"))  # noqa: F405
SERVE_MEDIA = True

# WhiteNoise reads static files from the app folders as they change; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Machine translation without a network: wagtail-localize's dummy translator reverses words.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
}
