from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from core import logins
from core.sitemap import robots_txt, sitemap, sitemap_section
from publications import downloads as document_urls
from search import urls as search_urls
from workflow import urls as workflow_urls

urlpatterns = [
    # Starting, syncing and machine-translating translations, limited to the user's languages
    # (same paths as wagtail-localize's, which they replace).
    path("admin/localize/", include(workflow_urls)),
    path("admin/pages/", include(workflow_urls.page_urlpatterns)),
    # "Forgotten password?", throttled, and unlocking on success (core/logins.py).
    path("admin/password_reset/", include(logins.password_reset_urls)),
    path("admin/", include(wagtailadmin_urls)),
    # Documents, served and counted by publications/downloads.py (Wagtail's URL names).
    path("documents/", include(document_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Its sections: /sitemap-1.xml, /sitemap-2.xml, … (no leading zeros, so one address each).
    re_path(r"^sitemap-(?P<number>[1-9][0-9]{0,8})\.xml$", sitemap_section, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    # Development and tests only; production serves /media/ from the web server.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", static_serve, {"document_root": settings.MEDIA_ROOT}),
    ]

# An unreachable database is the 503 page; any other error Django's 500 page
# (core/database_faults.py).
handler500 = "core.database_faults.server_error"

# Every public page lives under its language prefix: /en/, /es/, /eu/.
urlpatterns += i18n_patterns(
    path("search/", include(search_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
