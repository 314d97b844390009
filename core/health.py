"""`/healthz/` and `/readyz/` for a load balancer or a process manager (issue 16; docs/deploy.md,
"Health checks").

- `/healthz/`: the process answers (it asks neither the database nor the cache): 200.
- `/readyz/`: the database answers a query and the cache keeps a value: 200, else 503, with
  what failed in the body.

Both are answered first in MIDDLEWARE, before the https redirect, the Host check (a load balancer
probes by address), the page cache and everything else; neither is stored by any cache, and
neither has a language prefix or a place in the sitemap. The body is a small JSON object.
"""

import inspect
import json
import os

from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpResponse

from core.database_faults import is_unreachable, outage

LIVENESS_PATHS = {"/healthz/", "/healthz"}
READINESS_PATHS = {"/readyz/", "/readyz"}


def database_status(request):
    """Whether a query answers: "ok", else "unavailable". An unreachable database counts as
    this worker's outage, which logs the first failure of a burst (core/database_faults.py);
    the probe's 503 is not logged again each time."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        if is_unreachable(error):
            outage.failed(error)
            request.database_unreachable = True
        return "unavailable"
    return "ok"


def cache_status():
    """Whether the cache keeps a value: "ok", else "unavailable". The caches of
    core/cache_backends.py fail open (a failed write is dropped, a failed read is a miss):
    their own methods are asked, unwrapped."""
    backend = caches["default"]
    write = inspect.unwrap(type(backend).set)
    read = inspect.unwrap(type(backend).get)
    key = f"readyz:{os.getpid()}"
    try:
        write(backend, key, "ok", 60)
        kept = read(backend, key)
    except Exception:  # noqa: BLE001 - any backend failure: Redis down, a full disk
        return "unavailable"
    return "ok" if kept == "ok" else "unavailable"


def probe_response(request, status, body):
    response = HttpResponse(
        b"" if request.method == "HEAD" else json.dumps(body).encode(),
        status=status,
        content_type="application/json",
    )
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def liveness(request):
    return probe_response(request, 200, {"status": "ok"})


def readiness(request):
    checks = {"database": database_status(request), "cache": cache_status()}
    ready = all(value == "ok" for value in checks.values())
    return probe_response(
        request, 200 if ready else 503, {"status": "ready" if ready else "unavailable", **checks}
    )


class HealthCheckMiddleware:
    """First in MIDDLEWARE: answers the two probes, GET or HEAD, and passes everything else on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if request.method in ("GET", "HEAD"):
            if path in LIVENESS_PATHS:
                return liveness(request)
            if path in READINESS_PATHS:
                return readiness(request)
        return self.get_response(request)
