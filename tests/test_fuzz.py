"""Hostile input on every public route is answered with a clear page, never a 5xx.

Each test sends a table of hostile values (route arguments, page numbers, filters, search
queries, query strings, headers, methods) to every public route of the demo content in every
language: the pages of tests/public_pages.py, plus the feeds, calendars, sitemap, robots.txt,
search, the resource library's filters and the document links. The client returns a 500
instead of raising, so that every failure of a table is listed at once, as (route, value,
status). The page cache is on, as in the test settings, so conditional requests meet stored
pages too. Every 4xx page is the site's own (404, 400, 405), in the address's language.

Values are written as they travel on the wire: path segments and query strings percent-encoded
(a NUL is %00), header values as text.
"""

import io
import logging

import pytest
from django.test import Client, override_settings
from django.utils import translation

from tests.public_pages import LANGUAGES, public_pages

pytestmark = pytest.mark.django_db

HUGE = "9" * 30  # past any integer column, PostgreSQL's bigint included
LONG = "a" * 10_000

# Path segments: slugs, topic and tag names, a child page under any page.
SLUGS = [
    "x" * 300,
    "x" * 3000,
    "%C3%B1and%C3%BA-%C3%A1rbol",  # ñandú-árbol
    "%E6%97%A5%E6%9C%AC%E8%AA%9E",  # 日本語
    "%F0%9F%98%80",  # an emoji
    "%E2%80%AE%E2%80%8B",  # right-to-left override, zero-width space
    "%00",
    "a%00b",
    "%ff%fe",  # not UTF-8
    "%C0%AF",  # an overlong "/"
    "%ED%A0%80",  # an encoded surrogate
    "%25",
    "%zz",
    "..",
    ".",
    "...",
    "%2e%2e",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%5c..%5cwindows",
    "a.b",
    ".env",
    "index.html",
    "UPPER-Case",
    "with%20space",
    "%0d%0aSet-Cookie:%20x=1",
    "%2F",
    "a;b=c",
    "~root",
    "%27%20OR%201=1--",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%7B%7B7*7%7D%7D",
    "0",
    "-1",
    HUGE,
    "_",
    "-",
]

# Numbers: page numbers, sitemap sections, ids.
NUMBERS = [
    "",
    "0",
    "-1",
    "1",
    "2",
    "9999",
    HUGE,
    "-" + HUGE,
    "9" * 5000,  # more digits than int() reads
    "1e3",
    "1.5",
    "NaN",
    "inf",
    "abc",
    "%00",
    "1%00",
    "%EF%BC%91",  # a full-width 1
    "%D9%A3",  # an Arabic-Indic 3
    "%C2%B2",  # a superscript 2: a digit to str.isdigit, not to int()
    "%20%201%20",
    "%2B1",
    "0x10",
    "1_000",
    "%ff",
    "%",
    "1%27",
    "1%20OR%201=1",
    "%3Cscript%3E",
    "[]",
    "1&page=2",
]

# Sent to every listing, the others to one each in turn.
WORST_NUMBERS = {"0", "-1", HUGE, "9" * 5000, "abc", "%00", "%C2%B2", "%ff"}

# Free text: search queries and filter values.
TEXTS = [
    "",
    "%20",
    LONG,
    "%00",
    "a%00b",
    "%ff%fe",
    "%C0%AF",
    "%ED%A0%80",
    "%C3%B1and%C3%BA",
    "%F0%9F%98%80",
    "%E2%80%AE%D8%B9%D8%B1%D8%A8%D9%8A",
    "e%CC%81" * 50,  # combining accents
    "%01%02%1f%7f",
    "%27%20OR%201=1%20--",
    "%22",
    "%22unterminated",
    "*",
    "?",
    "AND",
    "OR%20NOT",
    "a%20%26%20b%20%7C%20!c",  # tsquery operators
    "a:*",
    "(",
    ")",
    "%5C",
    "%25",
    "_",
    "title:foo",
    "-foo",
    "%2Bfoo",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%7B%7B7*7%7D%7D",
    "..%2F..%2Fetc%2Fpasswd",
    "%0d%0aSet-Cookie:x=1",
    HUGE,
    "-" + HUGE,
    "1e309",
    "en",
    "EN",
    "zz",
]

# Whole query strings, sent to every route.
QUERY_STRINGS = [
    f"a={LONG}",
    f"{LONG}=1",
    "page=1&page=2&page=x",
    "page[]=1&q[]=x&language[]=en",
    "page[0]=1&q[a][b]=x",
    "&&&&==&=&",
    "%",
    "%zz=%zz",
    "q=%00&page=%00",
    "&".join(f"k{n}=v" for n in range(1100)),  # past DATA_UPLOAD_MAX_NUMBER_FIELDS
]

HEADERS = [
    {"Host": "evil.example"},
    {"Host": "testserver:8000"},
    {"Host": "testserver:abc"},
    {"Host": "testserver:99999999999"},
    {"Host": "a" * 5000},
    {"Host": ""},
    {"Host": "[::1"},
    {"Host": "bad host"},
    {"Host": "testserver/../admin"},
    {"Host": "t\u00e9stserver"},
    {"Accept-Language": ""},
    {"Accept-Language": "*"},
    {"Accept-Language": "xx-YY"},
    {"Accept-Language": "en;q=abc, es;q=2"},
    {"Accept-Language": ";;;,,,=="},
    {"Accept-Language": "a" * 5000},
    {"Accept-Language": "EU"},
    {"Accept-Language": "\u00ff\u00fe"},
    {"Accept-Encoding": "br;q=abc, gzip;q=NaN, *;q=-1"},
    {"Accept-Encoding": "a" * 5000},
    {"If-None-Match": "*"},
    {"If-None-Match": "garbage"},
    {"If-None-Match": 'W/"'},
    {"If-None-Match": '"' * 100},
    {"If-None-Match": "," * 5000},
    {"If-Match": "garbage"},
    {"If-Modified-Since": "garbage"},
    {"If-Modified-Since": "Mon, 99 Foo 9999 99:99:99 GMT"},
    {"If-Modified-Since": "Fri, 31 Dec 9999 23:59:59 GMT"},
    {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
    {"If-Modified-Since": HUGE},
    {"If-Unmodified-Since": "garbage"},
    {"Range": "bytes=abc"},
    {"Range": f"bytes={HUGE}-"},
    {"Range": "bytes=5-1"},
    {"Range": ",".join(["bytes=0-0"] * 1000)},
    {"Cookie": "sessionid=bogus"},
    {"Cookie": "sessionid=%00; csrftoken=x"},
    {"Cookie": f"sessionid={'a' * 5000}"},
    {"Cookie": ";;;;=;a=b=c"},
    {"Cookie": 'sessionid="abcdefgh\\000ijk"'},  # a NUL once unquoted
    {"Cookie": "sessionid=abcdefgh\x00ijk"},
    {"Cookie": "django_language=xx"},
    {"Cookie": "django_language=../../etc"},
    {"X-Forwarded-For": "garbage, ::::, 999.999.999.999"},
    {"X-Forwarded-Proto": "garbage"},
    {"X-Forwarded-Host": "evil.example"},
    {"Authorization": "Basic garbage"},
    {"User-Agent": "evil\x00agent"},
    {"Accept-Language": "es\x00"},
    {"User-Agent": "a" * 20_000},
    {"Content-Length": "abc"},
    {"X-Huge": "a" * 100_000},
]

METHODS = ["options", "put", "patch", "delete", "trace"]


class Sweep:
    """Sends requests and keeps every answer of 500 or more as (label, value, status), and
    every 4xx HTML answer that is not the site's own error page in the address's language."""

    def __init__(self, enforce_csrf_checks=True):
        self.client = Client(raise_request_exception=False, enforce_csrf_checks=enforce_csrf_checks)
        self.failures = []
        self.sent = []  # the failing requests, to replay when debugging
        self.count = 0

    def send(self, label, value, path, method="get", **kwargs):
        self.count += 1
        response = getattr(self.client, method)(path, **kwargs)
        if response.status_code >= 500 or not self.own_page(path, method, response):
            self.failures.append((label, str(value)[:60], response.status_code))
            self.sent.append((path, method, kwargs))
        return response

    @staticmethod
    def own_page(path, method, response):
        status = response.status_code
        html = response.get("Content-Type", "").startswith("text/html")
        if not 400 <= status < 500 or method == "head" or not html or not response.content:
            return True
        content = response.content.decode(errors="replace")
        language = path.split("/")[1]
        same_language = language not in LANGUAGES or f'<html lang="{language}"' in content
        return 'class="page error-page"' in content and same_language

    def check(self):
        assert self.failures == [], f"{len(self.failures)} of {self.count}: {self.failures}"


def rotating(values):
    """(language, value): each value once, the languages in turn, so that every language
    meets every kind of value without tripling the requests."""
    return [(LANGUAGES[n % len(LANGUAGES)], value) for n, value in enumerate(values)]


def with_query(url, query):
    return f"{url}{'&' if '?' in url else '?'}{query}"


def _routes(language):
    """{kind: url}: one route of each kind in one language."""
    from events.models import EventIndexPage, EventPage
    from news.models import NewsIndexPage

    routes = {}
    for page in public_pages(language):
        routes.setdefault(page.kind, page.url)
    index = EventIndexPage.objects.live().public().get(locale__language_code=language)
    routes["events calendar"] = f"{index.url}ical/"
    event = EventPage.objects.live().public().descendant_of(index).first()
    routes["event calendar"] = f"{event.url}ical/"
    news = NewsIndexPage.objects.live().get(locale__language_code=language)
    routes["news rss"] = f"{news.url}feed/rss/"
    routes["news atom"] = f"{news.url}feed/atom/"
    with translation.override(language):
        for route in ("topic_route", "tag_route"):
            word = news.reverse_subpage(route, kwargs={route[:-6]: "x"}).removesuffix("x/")
            routes[f"{route[:-6]} archive"] = f"{news.url}{word}"  # /es/noticias/tema/
    return routes


@pytest.fixture(scope="module")
def routes(django_db_setup, django_db_blocker):
    """{language: {kind: url}}, and the routes outside the languages under None."""
    from publications.models import ResourceDocument

    with django_db_blocker.unblock():
        found = {language: _routes(language) for language in LANGUAGES}
        document = ResourceDocument.objects.order_by("pk").first()
        found[None] = {
            "sitemap": "/sitemap.xml",
            "sitemap section": "/sitemap-1.xml",
            "robots": "/robots.txt",
            "document": document.url,
        }
    return found


def every_route(routes):
    return {
        f"{language or ''} {kind}".strip(): url
        for language, kinds in routes.items()
        for kind, url in kinds.items()
        if kind not in ("page not found", "topic archive", "tag archive")
    }


def test_route_arguments(routes):
    """Slugs as topics, tags and child pages (of a routable listing, a plain page, an event);
    years of the news archive."""
    sweep = Sweep()
    bases = [
        "topic archive",
        "tag archive",
        "news index",
        "news article",
        "event",
        "resource library",
    ]
    for kind in bases:
        for language, slug in rotating(SLUGS):
            sweep.send(f"{language} {kind}", slug, f"{routes[language][kind]}{slug}/")
    sweep.send("en topic (English word)", "x", "/en/news/topic/no-such-topic/")
    sweep.send("es topic (English word)", "x", "/es/noticias/topic/no-such-topic/")
    for language in LANGUAGES:
        index = routes[language]["news index"]
        for year in ["0000", "0001", "9999", "%D9%A2%D9%A0%D9%A2%D9%A4", "%EF%BC%92" * 4]:
            response = sweep.send(f"{language} news year", year, f"{index}{year}/")
            assert response.status_code == 404, (language, year)
    sweep.check()


def test_page_numbers(routes):
    """The worst numbers on every listing, the others on each listing in turn."""
    sweep = Sweep()
    listings = ["news index", "news by topic", "event index", "resource library", "search"]
    for n, (language, number) in enumerate(rotating(NUMBERS)):
        kinds = listings if number in WORST_NUMBERS else [listings[n % len(listings)]]
        for kind in kinds:
            url = with_query(routes[language][kind], f"page={number}")
            sweep.send(f"{language} {kind}", number, url)
    sweep.check()


def test_search_and_library_filters(routes):
    sweep = Sweep()
    for language, text in rotating(TEXTS):
        library = routes[language]["resource library"]
        sweep.send(f"{language} search", text, f"/{language}/search/?q={text}")
        sweep.send(f"{language} library q", text, with_query(library, f"q={text}"))
    for key in ["language", "type", "topic", "partner"]:
        for language, value in rotating(TEXTS[::5] + sorted(WORST_NUMBERS)):
            url = with_query(routes[language]["resource library"], f"{key}={value}")
            sweep.send(f"{language} library {key}", value, url)
    sweep.check()


def test_query_strings(routes):
    """Every query string on the listings, which read theirs; one in turn on every route."""
    sweep = Sweep()
    listings = ["news index", "topic archive", "event index", "resource library", "search"]
    for kind in listings:
        for language, query in rotating(QUERY_STRINGS):
            sweep.send(f"{language} {kind}", query, with_query(routes[language][kind], query))
    for n, (label, url) in enumerate(every_route(routes).items()):
        query = QUERY_STRINGS[n % len(QUERY_STRINGS)]
        sweep.send(label, query, with_query(url, query))
    sweep.check()


def test_methods(routes):
    """HEAD is answered like GET, OPTIONS names the methods, and the others get the 405 page
    (before any CSRF check), on every route."""
    sweep = Sweep()
    for n, (label, url) in enumerate(every_route(routes).items()):
        for method in ["head", "post", METHODS[n % len(METHODS)]]:
            response = sweep.send(label, method, url, method=method)
            if method == "head":
                assert response.status_code == 200, (label, method)
            elif response.status_code < 500:
                assert response.status_code == (200 if method == "options" else 405), label
                assert response["Allow"] == "GET, HEAD, OPTIONS", (label, method)
        if n % 4 == 0:
            sweep.send(label, "post form", url, method="post", data={"q": "x", "page": HUGE})
        if n % 4 == 1:
            sweep.send(
                label,
                "post broken multipart",
                url,
                method="post",
                data=b"--x\r\ngarbage",
                content_type="multipart/form-data; boundary=x",
            )
    sweep.check()


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_headers(routes):
    """Each header on a page and on a file (a feed, a calendar, the sitemap, a document) in
    turn, each stored in the page cache first, so that conditional requests meet a stored
    answer as well as a fresh one."""
    sweep = Sweep()
    pages = [
        routes["en"]["home"],
        routes["es"]["news article"],
        routes["eu"]["news index"],
        routes["en"]["resource library"],
        routes["es"]["search"],
        routes["eu"]["event"],
    ]
    files = [
        routes["en"]["news rss"],
        routes["es"]["events calendar"],
        routes["eu"]["event calendar"],
        routes[None]["sitemap"],
        routes[None]["robots"],
        routes[None]["document"],
    ]
    for url in pages + files:
        sweep.send(url, "first", url)
    for n, headers in enumerate(HEADERS):
        (name, value), *_rest = headers.items()
        for url in (pages[n % len(pages)], files[n % len(files)]):
            sweep.send(url, f"{name}: {value}", url, headers=headers)
    sweep.check()


def test_language_prefixes(routes):
    sweep = Sweep()
    prefixes = [
        "EN",
        "En",
        "ES",
        "fr",
        "xx-yy",
        "en-us",
        "en_GB",
        "zh-hans",
        "e",
        "english",
        "%C3%A9n",
        "%00",
        "en%00",
        "eu%2F..%2Fen",
    ]
    for n, prefix in enumerate(prefixes):
        for rest in [["", "news/"], ["search/?q=x", "no-such-page/"]][n % 2]:
            sweep.send("language prefix", f"{prefix}/{rest}", f"/{prefix}/{rest}")
    sweep.check()


def test_documents_sitemap_and_robots(routes):
    from publications.models import ResourceDocument

    sweep = Sweep()
    document = ResourceDocument.objects.order_by("pk").first()
    last = ResourceDocument.objects.order_by("pk").last().pk
    paths = [
        f"/documents/{last + 1000}/missing.pdf",
        f"/documents/{HUGE}/x.pdf",
        "/documents/0/x.pdf",
        "/documents/-1/x.pdf",
        f"/documents/{document.pk}/not-its-name.pdf",
        f"/documents/{document.pk}/%00.pdf",
        f"/documents/{document.pk}/..%2F..%2Fsettings.py",
        f"/documents/{document.pk}/{'x' * 3000}.pdf",
        f"/documents/{document.pk}/",
        "/documents/",
        "/sitemap-0.xml",
        "/sitemap-01.xml",
        "/sitemap-999.xml",
        f"/sitemap-{'9' * 9}.xml",
        f"/sitemap-{HUGE}.xml",
        "/sitemap-%00.xml",
        "/sitemap.xml/",
        "/robots.txt/",
        "/robots.txt?x=%00",
    ]
    for path in paths:
        sweep.send("path", path, path)
        sweep.send("path", f"HEAD {path}", path, method="head")
    sweep.check()


def console_handler():
    """The console handler of LOGGING, which every Django logger writes to."""
    handlers = [h for h in logging.getLogger("django").handlers if hasattr(h, "setStream")]
    assert handlers, "LOGGING gives the django logger a console handler"
    return handlers[0]


def logged(send):
    """What the console handler writes while `send()` runs, and send()'s value."""
    handler, stream = console_handler(), io.StringIO()
    previous = handler.setStream(stream)
    try:
        result = send()
    finally:
        handler.setStream(previous)
    return stream.getvalue(), result


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_disallowed_host_is_one_log_line_and_the_400_page(demo):
    client = Client(raise_request_exception=False)
    output, response = logged(
        lambda: client.get("/es/noticias/?page=2", headers={"Host": "evil.example:8080"})
    )
    assert output.splitlines() == ["400 DisallowedHost GET /es/noticias/ (host evil.example:8080)"]
    assert response.status_code == 400
    content = response.content.decode()
    assert '<html lang="es">' in content and "Solicitud incorrecta" in content
    assert "X-Page-Cache" not in response  # answered before the page cache

    # No address language: the reader's; a host made to break the log line stays on one.
    output, response = logged(
        lambda: client.get(
            "/robots.txt", headers={"Host": "a\nb" + "c" * 500, "Accept-Language": "eu"}
        )
    )
    assert response.status_code == 400 and "Eskaera okerra" in response.content.decode()
    (line,) = output.splitlines()
    assert line.startswith("400 DisallowedHost GET /robots.txt (host a\\nbccc") and len(line) < 300


def test_site_errors_keep_their_traceback():
    """Only a client's mistakes lose their traceback in the log; a 500 keeps it."""
    try:
        raise ValueError("a bug of the site")
    except ValueError as error:
        exception = error
    output, _none = logged(
        lambda: logging.getLogger("django.request").error(
            "Internal Server Error: /en/", exc_info=exception, extra={"status_code": 500}
        )
    )
    assert "Traceback" in output and "ValueError: a bug of the site" in output


def test_sign_in_pages(routes):
    """The admin's sign-in and password reset pages are public too: hostile cookies and
    headers on them, and on a failed sign-in, which is written to the database (django-axes)."""
    sweep = Sweep(enforce_csrf_checks=False)  # the sign-in form's token is not the point
    hostile = [h for h in HEADERS if {"Cookie", "User-Agent", "X-Forwarded-For"} & set(h)]
    for n, headers in enumerate(hostile):
        (name, value), *_rest = headers.items()
        for path in ("/admin/login/", "/admin/password_reset/", "/admin/"):
            sweep.send(path, f"{name}: {value}", path, headers=headers)
        credentials = {"username": f"nobody{n}", "password": "wrong\x00"}
        sweep.send(
            "failed sign-in",
            f"{name}: {value}",
            "/admin/login/",
            method="post",
            data=credentials,
            headers=headers,
        )
    sweep.check()


def test_methods_get_the_405_page(routes):
    client = Client(raise_request_exception=False)
    response = client.post(routes["eu"]["news article"], {"x": "y"})
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD, OPTIONS"
    assert "Metodoa ez dago baimenduta" in response.content.decode()
    response = client.options(routes["es"]["home"])
    assert response.status_code == 200 and response.content == b""
