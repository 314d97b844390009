"""Production: every secret comes from the environment, and a missing one stops start-up."""

import os

from .base import *  # noqa: F403

SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]
# The admin's address, for links in e-mails (translators' notices, password resets).
WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]
if "DATABASE_URL" not in os.environ:
    raise RuntimeError("DATABASE_URL must be set in production (PostgreSQL).")

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

# E-mail (translators' notices, password resets, workflow tasks): SMTP from the environment.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "").lower() in {"1", "true", "yes"}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"noreply@{ALLOWED_HOSTS[0]}")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
