"""The production settings' readers of the environment: strict, and each refusal names the
variable to fix. Pure functions of an environ mapping (tests/test_settings_safety.py,
tests/test_email.py); production.py calls them with os.environ."""

from email.utils import getaddresses
from urllib.parse import urlsplit

import dj_email_url
from django.core.exceptions import ImproperlyConfigured

# Keys this repository publishes (config/settings/dev.py, test.py, benchmarks): never a server's.
PUBLISHED_SECRET_KEYS = {
    "dev-only-insecure-key-do-not-use-in-production",
    "test-only-key",
    "benchmark-only-not-secret",
}
NEW_KEY_HINT = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'
# The e-mail variables production.py read before EMAIL_URL replaced them.
OLD_EMAIL_VARIABLES = (
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_USE_TLS",
)
EMAIL_URL_EXAMPLES = (
    "submission://user:password@smtp.example.org:587 (STARTTLS; smtp+tls:// is the same), "
    "smtp+ssl://user:password@smtp.example.org:465 (TLS from the start), "
    "smtp://localhost:25 (a relay on this machine, no login), "
    "or dummy: to send nothing"
)


def required(environ, name, example):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} must be set for the production settings, e.g. {example}."
        )
    return value


def secret_key(environ):
    """SECRET_KEY, refused when it is missing, published or weak (Django's own rule in
    `check --deploy`: at least 50 characters, 5 different ones, not `django-insecure-`)."""
    key = required(environ, "SECRET_KEY", f"the output of {NEW_KEY_HINT}")
    if key in PUBLISHED_SECRET_KEYS:
        problem = "is a key published in this repository (development, tests or benchmarks)"
    elif key.startswith("django-insecure-"):
        problem = "is a key Django generated for development (django-insecure-)"
    elif len(key) < 50 or len(set(key)) < 5:
        problem = "is too short or too repetitive (50 characters or more, 5 different ones)"
    else:
        return key
    raise ImproperlyConfigured(f"SECRET_KEY {problem}: generate one with {NEW_KEY_HINT}.")


def base_url(environ):
    """WAGTAILADMIN_BASE_URL: the site's address, for the links in e-mails."""
    url = required(environ, "WAGTAILADMIN_BASE_URL", "https://example.org").rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(
            f"WAGTAILADMIN_BASE_URL must be the site's address, e.g. https://example.org "
            f"(not {url!r})."
        )
    return url


def email_settings(environ, local_trial=False):
    """Django's EMAIL_* settings from EMAIL_URL (dj-email-url), plus DEFAULT_FROM_EMAIL and
    SERVER_EMAIL when the URL carries them (?_default_from_email=, ?_server_email=).

    EMAIL_URL is required; a local trial (`make serve`) prints e-mails in its terminal instead.
    """
    url = environ.get("EMAIL_URL", "").strip()
    if not url:
        if local_trial:
            return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
        old = [name for name in OLD_EMAIL_VARIABLES if environ.get(name)]
        if old:
            raise ImproperlyConfigured(
                f"{', '.join(old)} are no longer read: set EMAIL_URL instead, e.g. "
                f"{EMAIL_URL_EXAMPLES}."
            )
        required(environ, "EMAIL_URL", EMAIL_URL_EXAMPLES)
    scheme, _, rest = url.partition("://")
    # Two spellings people expect, onto dj-email-url's own schemes.
    if scheme == "smtp+tls":
        url = f"submission://{rest}"
    elif scheme == "smtp+ssl":
        url = f"smtp://{rest}{'&' if '?' in rest else '?'}ssl=true"
    conf = dj_email_url.parse(url)
    if "EMAIL_BACKEND" not in conf:
        # The scheme only: the rest of the URL may hold a password.
        raise ImproperlyConfigured(
            f"EMAIL_URL: unknown scheme {url.split(':', 1)[0]!r}; use {EMAIL_URL_EXAMPLES}."
        )
    if scheme == "smtp+ssl" and urlsplit(url).port is None:
        conf["EMAIL_PORT"] = 465
    if conf["EMAIL_BACKEND"].endswith("smtp.EmailBackend") and conf["EMAIL_TIMEOUT"] is None:
        # A mail server that hangs must not hold a request (and its worker) for ever.
        conf["EMAIL_TIMEOUT"] = 10
    return {name: value for name, value in conf.items() if value is not None}


def admins(value):
    """ADMINS from "Ana Pérez <ana@example.org>, web@example.org" (names optional; a name with a
    comma in double quotes)."""
    result = []
    for name, address in getaddresses([value]):
        if not name and not address:
            continue
        if "@" not in address or " " in address:
            raise ImproperlyConfigured(
                f"ADMINS: {value!r} is not a list of e-mail addresses (use "
                '"Name <address@example.org>, other@example.org").'
            )
        result.append((name or address, address))
    if value.strip() and not result:
        raise ImproperlyConfigured(f"ADMINS: no e-mail address in {value!r}.")
    return result


def init_sentry(environ):
    """Sentry, only when SENTRY_DSN is set. No personal data: no user, IP address, cookies or
    request bodies are sent. Returns whether it was set up."""
    dsn = environ.get("SENTRY_DSN", "").strip()
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration
    from sentry_sdk.integrations.logging import ignore_logger

    from core.database_faults import drop_unreachable_database_event

    options = {}
    if environ.get("SENTRY_TRACES_SAMPLE_RATE"):
        options["traces_sample_rate"] = float(environ["SENTRY_TRACES_SAMPLE_RATE"])
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        environment=environ.get("SENTRY_ENVIRONMENT") or "production",
        release=environ.get("SENTRY_RELEASE") or None,
        # The database out of reach is the 503 page and one log line per outage, not an event
        # per request.
        before_send=drop_unreachable_database_event,
        **options,
    )
    # A request with a Host the site does not serve is a scanner, not a bug to report.
    ignore_logger("django.security.DisallowedHost")
    return True
