"""Production-safe defaults shared by every environment.

dev.py relaxes them for a laptop; production.py demands its secrets from the environment.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from . import storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "core",
    "taxonomy",
    "home",
    "partners",
    "news",
    "events",
    "publications",
    "workflow",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /healthz/ and /readyz/ for a load balancer, before the https redirect, the Host check and
    # the page cache (core/health.py).
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy (by path), Cross-Origin-Resource-Policy and Permissions-Policy on
    # every response, static files and stored pages included (core/security_headers.py).
    "core.security_headers.SecurityHeadersMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # A Host outside ALLOWED_HOSTS, a NUL byte in a header: the 400 page before any cache or
    # the database sees them (core/middleware.py).
    "core.middleware.BadRequestMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Stored anonymous responses go out before sessions, users or the database are touched.
    "core.page_cache.PageCacheMiddleware",
    # Brotli or gzip as the reader accepts (core/compression.py); the page cache stores the result.
    "core.compression.CompressionMiddleware",
    # The database out of reach a moment ago: the 503 page at once (core/database_faults.py).
    "core.database_faults.OutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "core.middleware.NulByteMiddleware",
    # Public pages answer GET and HEAD; other methods get the 405 page (before the CSRF check).
    "core.middleware.PublicMethodsMiddleware",
    # The site, the home page and the route of a page from cached lookups (core/routing.py).
    "core.routing.RouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A full disk or a storage error during an admin upload: a message, not a 500 (before
    # CsrfViewMiddleware, the first to read the body). core/uploads.py.
    "core.uploads.UploadErrorMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, after AuthenticationMiddleware: turns a locked-out sign-in into its 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite next to the code unless DATABASE_URL names another database (PostgreSQL in
# production and CI). A persistent connection is checked before a request reuses it
# (CONN_HEALTH_CHECKS): one the server dropped (a restart) is replaced, never an error.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
# The database out of reach (core/database_faults.py; docs/deploy.md): psycopg gives up
# connecting after DATABASE_CONNECT_TIMEOUT seconds (libpq's minimum is 2; without one a worker
# waits two minutes) unless DATABASE_URL names ?connect_timeout=. After a failure a worker
# answers the 503 page for DATABASE_RETRY_SECONDS without trying again; the page asks readers
# and crawlers to come back after DATABASE_RETRY_AFTER seconds (Retry-After).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "2"))
    )
DATABASE_RETRY_SECONDS = float(os.environ.get("DATABASE_RETRY_SECONDS", "1"))
DATABASE_RETRY_AFTER = int(os.environ.get("DATABASE_RETRY_AFTER", "30"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in lockout (django-axes; core/logins.py; docs/security.md "Logins and lockout"). Failures
# are counted in the database, shared by every worker, per username and, separately, per address:
# LOGIN_FAILURE_LIMIT failures lock either until LOGIN_COOLOFF_MINUTES have passed since the last.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out sign-in
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "core.logins.lockout_response"
AXES_CLIENT_IP_CALLABLE = "core.logins.client_address"
# A successful sign-in forgets that user's failures only (core/logins.py, forget_failures).
AXES_RESET_ON_SUCCESS = False
# Successful sign-ins are not stored; failures are, while they count.
AXES_DISABLE_ACCESS_LOG = True
# The log names the username and the address (never the password).
AXES_SENSITIVE_PARAMETERS: list[str] = []
# Proxies in front of Django that append the client's address to X-Forwarded-For; production.py
# trusts one (nginx). With none, the connection's address is the client's.
TRUSTED_PROXY_COUNT = 0
# "Forgotten password?" requests, per address and per e-mail address.
PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "5"))
PASSWORD_RESET_WINDOW = timedelta(hours=1)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the source; Spanish and Basque are translations. Names are shown
# in their own language everywhere ("Euskara", never Django's "Basque").
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("eu", "Euskara"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's admin has no Basque of its own; the project ships it in locale/eu.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Madrid"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    # Django's, removing what a failed write (a full disk) left behind: core/uploads.py. Or an
    # S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (config/settings/storage.py):
    # renditions public at stable addresses, documents and originals private.
    "default": storage.media_storage(os.environ)
    or {"BACKEND": "core.uploads.CleanFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# One cache shared by every server process (gunicorn's workers): a publish in one of them must
# reach the pages, menu and footer the others serve (core/page_cache.py, core/furniture.py).
# Redis when REDIS_URL is set, else files. The file cache holds every stored page (one file per
# address and encoding) plus a few bytes of version stamps per address: 30,000 files leave room
# for the 1,000-articles-per-language benchmark site with its listings, where Django's default
# of 300 would throw a third of the cache away every few requests.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's RedisCache, failing open: Redis down is a slower site, not a broken one.
            "BACKEND": "core.cache_backends.TolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            # A Redis that hangs (a lost network) must fail as fast as one that refuses.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    # Sessions in the database, read through Redis: the cache fails open, and a Redis that
    # blinks must not sign every editor out (without REDIS_URL, the database alone).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            # Django's file cache, failing open: a full or read-only disk is a slower site.
            "BACKEND": "core.cache_backends.TolerantFileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", BASE_DIR / "var" / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 30000},
        }
    }
# Whole pages for anonymous readers (core/page_cache.py); PAGE_CACHE_ENABLED=false turns it
# off (make bench's cold runs).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() not in {
    "0",
    "false",
    "no",
    "off",
}


def frontend_cache(environ):
    """The CDN or proxy that publishes purge (core/cache_purge.py sends it the same addresses
    as the page cache): Varnish or nginx by HTTP PURGE at FRONTEND_CACHE_HTTP_URL, Cloudflare
    with CLOUDFLARE_API_TOKEN and CLOUDFLARE_ZONE_ID, CloudFront with
    CLOUDFRONT_DISTRIBUTION_ID (needs boto3). None configured: nothing is sent."""
    backends = {}
    if environ.get("FRONTEND_CACHE_HTTP_URL"):
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_HTTP_URL"],
        }
    if environ.get("CLOUDFLARE_API_TOKEN") and environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ["CLOUDFLARE_API_TOKEN"],
            "ZONEID": environ["CLOUDFLARE_ZONE_ID"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends


# wagtail.contrib.frontend_cache is not installed on purpose: its own publish handlers would
# purge a second, smaller set of addresses; its PurgeBatch is used directly.
WAGTAILFRONTENDCACHE = frontend_cache(os.environ)

MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves uploads itself only in development and tests (see config/urls.py).
SERVE_MEDIA = False

WAGTAIL_SITE_NAME = "INNOVET LATAM"
# load_demo creates a superuser with a published password only where this is True (dev.py).
CREATE_DEMO_ADMIN = False
# load_demo and load_bench_content run only where this is True (dev.py, test.py, a local trial).
DEMO_CONTENT_ALLOWED = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No Gravatar: staff e-mail addresses are not sent to a third party, and avatars work offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Upload limits (docs/security.md, "Uploads"), checked before an image is decoded
# (core/uploads.py). 40 megapixels holds a photo from any phone's normal mode or a 24-36 MP
# camera, five times what the widest rendition (2560 px) needs, and decodes in 120-160 MB;
# Wagtail's default, 128, costs a worker half a gigabyte. nginx's client_max_body_size must be
# at least the largest byte limit plus 1 MB (51m with these defaults).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("UPLOAD_IMAGE_MAX_MEGAPIXELS", "40")) * 10**6
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("UPLOAD_IMAGE_MAX_MB", "20")) * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(os.environ.get("UPLOAD_DOCUMENT_MAX_MB", "50")) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.upload_forms.DocumentForm"
# Wagtail's database backend; on PostgreSQL each page is indexed with its language's
# text-search configuration (PostgreSQL has no Basque dictionary: "simple" only lowercases,
# so Basque words also match the words they begin), plus its words without accents
# (simple_unaccent: search/migrations/0001). See search/backends.py.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends",
        "SEARCH_CONFIGS": {"en": "english", "es": "spanish", "eu": "simple"},
        "UNACCENTED_CONFIG": "simple_unaccent",
        "PREFIX_LANGUAGES": ["eu"],
    }
}
WAGTAILDOCS_DOCUMENT_MODEL = "publications.ResourceDocument"
# Only these file types can be uploaded; publications/documents.py also checks their content.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "zip", "epub"]
# Files go through Django so that every download is counted.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is a download (Content-Disposition: attachment), PDFs included. Documents are
# sent with the CSP `sandbox` (core/security_headers.py), under which Chrome's PDF viewer, a
# plugin, is blocked: shown inline, a PDF would be a blocked page instead of the publication.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"


def machine_translator(environ):
    """DeepL when DEEPL_API_KEY is set, else LibreTranslate when LIBRETRANSLATE_URL is set,
    else none (the translation editor then hides its "Machine translate" button)."""
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"],
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Other sites may not load this site's files into their pages (core/security_headers.py).
SECURE_CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# No framing, except Wagtail's previews (SAMEORIGIN, set by Wagtail's preview views).
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp; core/security_headers.py; docs/security.md "Response
# headers"). Public pages: nothing inline, nothing from elsewhere (but the images of an object
# store: MEDIA_ORIGIN), and no nonce, since the page cache serves one stored copy to every reader.
MEDIA_ORIGIN = storage.media_origin(os.environ)
IMAGE_SOURCES = ["'self'", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": IMAGE_SOURCES,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin (and wagtail-localize's editor, under /admin/): the tightest policy under which every
# admin screen works in Chromium (tests/browser/test_csp.py). Wagtail's own templates and
# scripts need the two 'unsafe-inline': inline <script> elements (widgets, panels, the explorer)
# and scripts and <style> elements its bundles insert. No 'unsafe-eval'. Its dashboard asks
# releases.wagtail.org for the latest version. A previewed page keeps the public policy.
CSP_ADMIN_PREFIXES = ["/admin/"]
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": IMAGE_SOURCES,
        "font-src": ["'self'"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "frame-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features the site never uses, refused to it and to anything it could frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A client's mistake (a 4xx: a Host outside ALLOWED_HOSTS, too many fields) is one line,
    # without a traceback; the site's own errors keep theirs (core/log_filters.py).
    "filters": {
        "client_errors": {"()": "core.log_filters.ClientErrorLogFilter"},
        "unreachable_database": {"()": "core.database_faults.UnreachableDatabaseLogFilter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["client_errors"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Django's own console handler speaks only with DEBUG; this one always, once.
        "django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # A request answered 503 because the database is out of reach: no traceback and no
        # error mail; core/database_faults.py logs one line when it goes and one when it is back.
        "django.request": {"filters": ["unreachable_database"]},
    },
}
