import re

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.core.handlers.exception import response_for_exception
from django.http import Http404, HttpResponse, QueryDict
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import render
from django.utils import translation

# A first path segment shaped like a language code: "fr", "pt-br", "zh-hans".
LANGUAGE_PREFIX = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)(?:/|$)", re.IGNORECASE)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, except that /fr/... is a plain 404.

    Django would redirect an unknown prefix to /en/fr/..., hiding the mistake behind a
    redirect and a second 404. A prefix that looks like a language we do not publish in gets
    the 404 page at once; every other unprefixed path still redirects into a language.
    """

    def process_response(self, request, response):
        if response.status_code == 404:
            match = LANGUAGE_PREFIX.match(request.path_info)
            supported = {code for code, _name in settings.LANGUAGES}
            if match and match.group(1).lower() not in supported:
                response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
                return response
        return super().process_response(request, response)


class NulByteMiddleware:
    """PostgreSQL text cannot hold NUL bytes, so a NUL in a request must never reach a query.

    A NUL in the path is a 404 page; NULs in query-string values are dropped, so a filter or
    page number with one behaves like any other bad value.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise Http404("NUL byte in path")
        if "\x00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class NulByteInHeader(SuspiciousOperation):
    """A request header (or a cookie, once unquoted) holds a NUL byte, which no browser sends
    and PostgreSQL cannot store (a session key, a User-Agent saved with a failed sign-in)."""


class BadRequestMiddleware:
    """What no browser sends is answered first, before the page cache, the routing cache,
    sessions or the database see it: a Host outside ALLOWED_HOSTS, a NUL byte in a header or
    a cookie. The answer is the 400 page in the address's language (else the reader's), and
    one line in the log (core/log_filters.py).

    Django would check the host later (CommonMiddleware), after the page cache and the site
    lookup had been asked about a host the client made up.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()
            if has_nul_byte(request):
                raise NulByteInHeader("NUL byte in a header")
        except SuspiciousOperation as error:
            return bad_request(request, error)
        return self.get_response(request)


def has_nul_byte(request):
    headers = (v for k, v in request.META.items() if k.startswith("HTTP_") and isinstance(v, str))
    cookies = (k + v for k, v in request.COOKIES.items())
    return any("\x00" in text for text in (*headers, *cookies))


def bad_request(request, error):
    """Django's answer to a suspicious request (the 400 page, logged to django.security),
    rendered in the language of the address, else of the reader's browser."""
    language = translation.get_language_from_path(request.path_info)
    language = language or translation.get_language_from_request(request)
    with translation.override(language):
        response = response_for_exception(request, error)
    response.headers.setdefault("Content-Language", language)
    return response


# The views of public GET addresses that get the site's own 405 page for other methods, before
# the CSRF check (which would answer 403 to a POST): Wagtail's pages (and their routes: feeds,
# calendars), search, the sitemap, robots.txt and documents. The password forms of restricted
# pages and documents have views of their own and keep their POST.
GET_ONLY_URL_NAMES = {"search", "sitemap", "sitemap_section", "robots_txt", "wagtaildocs_serve"}
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")


class PublicMethodsMiddleware:
    """GET and HEAD only on public addresses: OPTIONS says so (200, `Allow`), and POST, PUT,
    DELETE and the others get the site's 405 page, translated, with `Allow`.

    An empty 405 from a view (`require_GET`, `require_safe`) outside the admin gets the same
    page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 405
            and not response.streaming
            and not response.content
            and not request.path_info.startswith(admin_prefix())
        ):
            allow = response.get("Allow", "")
            response = render(request, "405.html", status=405)
            response["Allow"] = allow
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail import views as wagtail_views

        match = request.resolver_match
        if view_func is not wagtail_views.serve and (
            match is None or match.url_name not in GET_ONLY_URL_NAMES
        ):
            return None
        if request.method in ("GET", "HEAD"):
            return None
        allow = ", ".join(ALLOWED_METHODS)
        if request.method == "OPTIONS":
            response = HttpResponse()
        else:
            response = render(request, "405.html", status=405)
        response["Allow"] = allow
        return response


def admin_prefix():
    from django.urls import reverse

    return reverse("wagtailadmin_home")
