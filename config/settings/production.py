"""Production: every secret comes from the environment, and a missing or unsafe one stops
start-up with a message naming the variable (config/settings/environment.py)."""

import copy
import os
from urllib.parse import urlsplit

from . import environment
from .base import *  # noqa: F403

SECRET_KEY = environment.secret_key(os.environ)
ALLOWED_HOSTS = environment.required(os.environ, "ALLOWED_HOSTS", "example.org,www.example.org")
ALLOWED_HOSTS = [host.strip() for host in ALLOWED_HOSTS.split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
# The admin's address, for links in e-mails (translators' notices, password resets).
WAGTAILADMIN_BASE_URL = environment.base_url(os.environ)
environment.required(os.environ, "DATABASE_URL", "postgres://user:password@host:5432/name")

# HTTPS is the TLS proxy's job: it sets X-Forwarded-Proto, plain-http requests are redirected to
# https, HSTS is sent (a year) and the session and CSRF cookies are Secure. DJANGO_LOCAL_TRIAL=true
# (which `make serve` sets) is a trial on this machine without a proxy: plain http on 127.0.0.1,
# no redirect, no HSTS, cookies without Secure, and Django serves the uploads itself.
LOCAL_TRIAL = os.environ.get("DJANGO_LOCAL_TRIAL", "").lower() in {"1", "true", "yes"}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = not LOCAL_TRIAL
SESSION_COOKIE_SECURE = not LOCAL_TRIAL
CSRF_COOKIE_SECURE = not LOCAL_TRIAL
SECURE_HSTS_SECONDS = 0 if LOCAL_TRIAL else 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = not LOCAL_TRIAL
# Asks browsers to put the domain on their built-in HTTPS-only lists (hstspreload.org): on unless
# HSTS_PRELOAD=false (a domain with subdomains that are not all on https yet).
SECURE_HSTS_PRELOAD = not LOCAL_TRIAL and os.environ.get("HSTS_PRELOAD", "true").lower() not in {
    "0",
    "false",
    "no",
    "off",
}
SERVE_MEDIA = LOCAL_TRIAL
# The sign-in lockout counts the client's address as the TLS proxy saw it: nginx appends it to
# X-Forwarded-For (proxy_add_x_forwarded_for). TRUSTED_PROXY_COUNT proxies are trusted (1; 2 with
# a CDN or load balancer in front of nginx); the local trial has none.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0" if LOCAL_TRIAL else "1"))

# The demo (load_demo, load_bench_content) only in a local trial; its users with their published
# password never, not even there (demo/guard.py, demo/users.py).
DEMO_CONTENT_ALLOWED = LOCAL_TRIAL
CREATE_DEMO_ADMIN = False

# E-mail (translators' notices, password resets, workflow tasks, error reports) from EMAIL_URL,
# e.g. submission://user:password@smtp.example.org:587; a local trial prints them instead.
mail = environment.email_settings(os.environ, local_trial=LOCAL_TRIAL)
DEFAULT_FROM_EMAIL = (
    os.environ.get("DEFAULT_FROM_EMAIL")
    or mail.pop("DEFAULT_FROM_EMAIL", None)
    or f"noreply@{urlsplit(WAGTAILADMIN_BASE_URL).hostname}"
)
SERVER_EMAIL = (
    os.environ.get("SERVER_EMAIL") or mail.pop("SERVER_EMAIL", None) or DEFAULT_FROM_EMAIL
)
globals().update(mail)  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS, ...
EMAIL_SUBJECT_PREFIX = f"[{WAGTAIL_SITE_NAME}] "  # noqa: F405

# Errors (a 500) are mailed to ADMINS ("Name <address>, address"), from SERVER_EMAIL.
ADMINS = environment.admins(os.environ.get("ADMINS", ""))
LOGGING = copy.deepcopy(LOGGING)  # noqa: F405
if ADMINS:
    LOGGING["handlers"]["mail_admins"] = {
        "class": "django.utils.log.AdminEmailHandler",
        "level": "ERROR",
    }
    request_logger = LOGGING["loggers"].setdefault("django.request", {})
    request_logger["handlers"] = [*request_logger.get("handlers", []), "mail_admins"]

# Sentry when SENTRY_DSN is set (SENTRY_ENVIRONMENT, SENTRY_RELEASE); no personal data.
SENTRY_ENABLED = environment.init_sentry(os.environ)
