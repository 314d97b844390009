"""When the database cannot be reached (issue 16; docs/deploy.md, "When the database is
unreachable").

Pages in the page cache are still served: core/page_cache.py answers them before anything asks
the database. Every other request gets the 503 page in its address's language, with
`Retry-After` and `Cache-Control: no-store`, at once:

- psycopg gives up connecting after DATABASE_CONNECT_TIMEOUT seconds (DATABASES' OPTIONS);
- an error that means the database is out of reach (refused, lost, shutting down), raised in any
  view or middleware, reaches Django's handler500 (`server_error`, config/urls.py), which answers
  503 for it and the usual 500 page for anything else;
- for DATABASE_RETRY_SECONDS after such an error a worker answers 503 without trying the
  database again (`OutageMiddleware`), so a database that hangs rather than refuses holds no
  worker for long.

Each worker process logs one line when it finds the database out of reach and one when it
connects again, instead of a traceback per request: Django's request log, the error mail and
Sentry leave these errors out (`UnreachableDatabaseLogFilter`, `drop_unreachable_database_event`).
"""

import logging
import sqlite3
import sys
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views import defaults

logger = logging.getLogger(__name__)

# SQLSTATE classes of a connection that failed or was cut: 08 (connection exception), 57P
# (the server shutting down, crashed or still starting). A query cancelled by a timeout (57014)
# or a deadlock (40P01) is a failed query, not a database out of reach.
CONNECTION_SQLSTATES = ("08", "57P")


def is_unreachable(error):
    """Whether `error` (Django's wrapper of the driver's exception) says that the database
    cannot be reached, as opposed to a query that failed."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if hasattr(cause, "sqlstate"):  # psycopg; None when the server never answered
        return cause.sqlstate is None or cause.sqlstate.startswith(CONNECTION_SQLSTATES)
    return getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN


def summary(error):
    """The error's first line, for the log."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


class Outage:
    """This process's view of the database: since when it has been out of reach (None while it
    is reachable), when it last failed, and how many requests were answered 503 meanwhile."""

    def __init__(self):
        self._lock = threading.Lock()
        self.since = None
        self.last_failure = None
        self.answered = 0

    def failed(self, error):
        """A request found the database out of reach: the first of a burst is logged."""
        now = time.monotonic()
        with self._lock:
            first = self.since is None
            if first:
                self.since, self.answered = now, 0
            self.last_failure = now
        if first:
            logger.warning("database unreachable: %s", summary(error))

    def refusing(self):
        """Whether the last failure is recent enough to answer 503 without trying again."""
        last = self.last_failure
        retry = getattr(settings, "DATABASE_RETRY_SECONDS", 1)
        return last is not None and time.monotonic() - last < retry

    def answer(self, request):
        """The 503 page, counted; the request is marked for UnreachableDatabaseLogFilter."""
        with self._lock:
            self.answered += 1
        request.database_unreachable = True
        return unavailable_response(request)

    def reconnected(self, **_signal):
        """A new connection succeeded (Django's connection_created): the burst is over."""
        with self._lock:
            if self.since is None:
                return
            duration, answered = time.monotonic() - self.since, self.answered
            self.since = self.last_failure = None
            self.answered = 0
        logger.warning(
            "database reachable again after %.1f s, %d requests answered 503", duration, answered
        )


outage = Outage()


def unavailable_response(request):
    """The 503 page in the language of the address (else of the reader's browser), drawn
    without the database, kept by no cache."""
    language = translation.get_language_from_path(request.path_info)
    language = language or translation.get_language_from_request(request)
    with translation.override(language):
        content = loader.render_to_string("503.html")
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(getattr(settings, "DATABASE_RETRY_AFTER", 30))
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


def server_error(request, template_name="500.html"):
    """Django's handler500, except that an unreachable database is the 503 page. Django calls
    it while handling the exception, so sys.exc_info() names it."""
    error = sys.exc_info()[1]
    if error is not None and is_unreachable(error):
        outage.failed(error)
        return outage.answer(request)
    return defaults.server_error(request, template_name)


class OutageMiddleware:
    """Right after the page cache: while this worker found the database out of reach less than
    DATABASE_RETRY_SECONDS ago, the 503 page without trying it again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if outage.refusing():
            return outage.answer(request)
        return self.get_response(request)


class UnreachableDatabaseLogFilter(logging.Filter):
    """On the django.request logger: no record (no traceback, no error mail) for a request
    answered 503 because the database is out of reach: the error reached handler500,
    OutageMiddleware answered without trying, or /readyz/ found it (core/health.py). `Outage`
    logs one line per burst."""

    def filter(self, record):
        if record.exc_info and is_unreachable(record.exc_info[1]):
            return False
        return not getattr(getattr(record, "request", None), "database_unreachable", False)


def drop_unreachable_database_event(event, hint):
    """Sentry's before_send: no event for a request answered 503 because the database is out
    of reach."""
    exc_info = hint.get("exc_info")
    if exc_info and is_unreachable(exc_info[1]):
        return None
    return event
