import re

from django.conf import settings
from django.http import Http404, QueryDict
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
