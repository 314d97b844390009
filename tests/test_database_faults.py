"""The database out of reach, over real HTTP (issue 16; core/database_faults.py, core/health.py).

gunicorn with the production settings and two sync workers reads a PostgreSQL cluster of this
module's own (initdb'd in a temporary folder, on a free port, holding a copy of the test
database with the demo content), which is stopped and started under requests, once for the
module. What the readers, the load balancer and the log saw is recorded (`outage`), and each
test checks one part of it:

- while PostgreSQL is stopped, a stored page is still served; every other address gets the 503
  page in its language, with `Retry-After` and `Cache-Control: no-store`, at once (the bound,
  2 s, tells an answer from a worker held by a connection attempt); /healthz/ is 200, /readyz/
  503; the log has a line per worker when the database goes and none per request;
- when PostgreSQL is back, every address is served again within a few seconds;
- a restart of PostgreSQL while the site is idle costs no request (CONN_HEALTH_CHECKS).

The test database must be PostgreSQL (DATABASE_URL=postgres://...): skipped otherwise, failed in
CI.
"""

import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.utils import translation

from core import page_cache
from tests.conftest import running_in_ci
from tests.deploy.stack import (
    Server,
    collect_static,
    free_port,
    postgres_url,
    production_environment,
)

pytestmark = pytest.mark.django_db

WORKERS = 2
ANSWERS_WITHIN = 2  # seconds: a 503 at once, not a worker waiting for PostgreSQL
RECOVERS_WITHIN = 10  # seconds after PostgreSQL is back (DATABASE_RETRY_SECONDS is 1)
BEHIND_PROXY = {"X-Forwarded-Proto": "https"}  # as nginx sends it: no redirect to https
LANGUAGES = ("en", "es", "eu")


def unavailable(reason):
    if running_in_ci():
        pytest.fail(f"CI needs this test to run: {reason}")
    pytest.skip(reason)


class Cluster:
    """A PostgreSQL cluster in a temporary folder (data and socket), on `port`, run as the
    `postgres` user when this process is root (PostgreSQL refuses to run as root)."""

    def __init__(self, binaries, port):
        self.binaries = Path(binaries)
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="faults-postgres-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self.url = f"postgres://postgres@127.0.0.1:{port}/consortium_faults"

    def run(self, program, *args):
        command = [str(self.binaries / program), *map(str, args)]
        if os.geteuid() == 0:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)  # noqa: S603
        assert result.returncode == 0, f"{program}: {result.stdout}{result.stderr}"

    def create(self):
        self.run(
            "initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.folder}'\nfsync = off\n"
            )
        self.start()

    def pg_ctl(self, action):
        self.run(
            "pg_ctl", "-D", self.data, "-l", self.folder / "server.log", "-m", "fast", "-w", action
        )

    def start(self):
        self.pg_ctl("start")

    def stop(self):
        self.pg_ctl("stop")

    def restart(self):
        self.pg_ctl("restart")

    def load(self, source_url):
        """A copy of the database at `source_url` (pg_dump, pg_restore)."""
        dump = self.folder / "source.dump"
        self.run("pg_dump", "--format=custom", f"--file={dump}", f"--dbname={source_url}")
        self.run(
            "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "consortium_faults"
        )
        self.run("pg_restore", "--no-owner", f"--dbname={self.url}", dump)

    def remove(self):
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def cluster(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        connection.ensure_connection()
        vendor, db = connection.vendor, dict(connection.settings_dict)
    if vendor != "postgresql":
        unavailable("needs the test database on PostgreSQL (DATABASE_URL=postgres://...)")
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[4]))
    if not binaries:
        unavailable("needs PostgreSQL's programs in /usr/lib/postgresql/*/bin (apt postgresql)")
    cluster = Cluster(binaries[-1], free_port())
    try:
        cluster.create()
        cluster.load(postgres_url(db, db["NAME"]))
        yield cluster
    finally:
        cluster.remove()


def fetch(server, path, headers=BEHIND_PROXY):
    """(status, headers, body, seconds) of a GET."""
    start = time.monotonic()
    response, body = server.get(path, headers)
    return response.status, dict(response.getheaders()), body.decode(), time.monotonic() - start


def seconds_left_in_page_cache(path):
    """How long the production server's page cache (core/page_cache.py, whose time slots are
    the default ones there) keeps what it stores now for `path`."""
    request = RequestFactory().get(path, HTTP_HOST="127.0.0.1")
    with override_settings(PAGE_CACHE_TIMEOUT=page_cache.DEFAULTS["PAGE_CACHE_TIMEOUT"]):
        return page_cache._slot(time.time(), page_cache.entry_key(request))[1]


def stored_page(server):
    """An English page, stored by the page cache for at least two more minutes."""
    _, _, sitemap, _ = fetch(server, "/sitemap-1.xml")
    addresses = re.findall(r"<loc>https?://[^/]+(/en/[^<]*)</loc>", sitemap)
    path = next(p for p in addresses if seconds_left_in_page_cache(p) > 120)
    fetch(server, path)
    status, headers, _, _ = fetch(server, path)
    assert (status, headers.get("X-Page-Cache")) == (200, "hit")
    return path


def log_since(log, offset):
    return log.read_text(errors="replace")[offset:]


def uncached(number):
    """Addresses never asked for before (a query string of their own), in each language."""
    return [f"/{language}/?outage={number}" for language in LANGUAGES]


@pytest.fixture(scope="module")
def outage(cluster, tmp_path_factory):
    """Everything seen while PostgreSQL was stopped, when it came back, and after an idle
    restart."""
    tmp_path = tmp_path_factory.mktemp("faults")
    env = production_environment(tmp_path, cluster.url, WEB_CONCURRENCY=str(WORKERS))
    collect_static(env)
    log = tmp_path / "gunicorn.log"
    seen = {}
    with Server(env, log) as server:
        cached = stored_page(server)
        seen["ready_before"] = fetch(server, "/readyz/", {})

        start = len(log.read_text(errors="replace"))
        cluster.stop()
        seen["down"] = [fetch(server, path) for n in range(8) for path in uncached(n)]
        seen["cached"] = fetch(server, cached)
        seen["healthz"] = fetch(server, "/healthz/", {})
        seen["readyz"] = fetch(server, "/readyz/", {})
        seen["repeated"] = [fetch(server, path) for path in uncached(0)]  # not stored

        cluster.start()
        back = time.monotonic()
        recovered, n = [], 100
        while len(recovered) < 3 * WORKERS and time.monotonic() - back < RECOVERS_WITHIN:
            status = fetch(server, uncached(n)[n % 3])[0]
            recovered = [*recovered, status] if status == 200 else []
            n += 1
        seen["recovery_seconds"] = time.monotonic() - back
        seen["recovered"] = recovered
        seen["after"] = [fetch(server, path) for path in uncached(0)]
        seen["ready_after"] = fetch(server, "/readyz/", {})
        time.sleep(0.5)
        seen["outage_log"] = log_since(log, start)

        # An idle restart: the workers hold connections from before it (CONN_MAX_AGE).
        start = len(log.read_text(errors="replace"))
        time.sleep(1)
        cluster.restart()
        time.sleep(1)
        seen["idle_restart"] = [fetch(server, uncached(200 + n)[n % 3]) for n in range(12)]
        time.sleep(0.5)
        seen["restart_log"] = log_since(log, start)
    print(
        f"503 in at most {max(r[3] for r in seen['down']):.3f} s; "
        f"recovered {seen['recovery_seconds']:.2f} s after PostgreSQL was back"
    )
    return seen


def translated(language, text):
    with translation.override(language):
        return translation.gettext(text)


def test_other_addresses_get_the_translated_503_page_at_once(outage):
    down = outage["down"]
    assert {status for status, *_ in down} == {503}
    for _, headers, body, seconds in down:
        assert seconds < ANSWERS_WITHIN, seconds
        assert int(headers["Retry-After"]) > 0
        assert headers["Cache-Control"] == "no-store"
        language = headers["Content-Language"]
        assert f'<html lang="{language}">' in body
        assert translated(language, "Temporarily unavailable") in body
    assert {headers["Content-Language"] for _, headers, _, _ in down} == set(LANGUAGES)
    assert translated("eu", "Temporarily unavailable") != "Temporarily unavailable"


def test_a_stored_page_is_still_served(outage):
    status, headers, body, _ = outage["cached"]
    assert status == 200
    assert headers["X-Page-Cache"] == "hit"
    assert "<html" in body


def test_the_load_balancer_sees_a_live_process_and_a_missing_database(outage):
    status, headers, body, _ = outage["ready_before"]
    assert status == 200
    assert json.loads(body) == {"status": "ready", "database": "ok", "cache": "ok"}
    status, headers, body, _ = outage["healthz"]
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    status, headers, body, _ = outage["readyz"]
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "database": "unavailable", "cache": "ok"}
    assert headers["Cache-Control"] == "no-store"


def test_one_log_line_per_worker_and_outage_instead_of_tracebacks(outage):
    log = outage["outage_log"]
    assert "Traceback" not in log
    assert "Service Unavailable" not in log  # Django's line per request
    assert 1 <= len(re.findall(r"^database unreachable: ", log, re.MULTILINE)) <= WORKERS
    assert 1 <= len(re.findall(r"^database reachable again after ", log, re.MULTILINE)) <= WORKERS


def test_the_site_recovers_by_itself(outage):
    assert outage["recovered"], f"no run of 200s within {RECOVERS_WITHIN} s"
    # The 503 page was stored by no cache: the same addresses are pages again.
    assert {status for status, *_ in outage["repeated"]} == {503}
    assert {status for status, *_ in outage["after"]} == {200}
    assert outage["ready_after"][0] == 200


def test_an_idle_restart_of_the_database_costs_no_request(outage):
    assert [status for status, *_ in outage["idle_restart"]] == [200] * 12
    assert "database unreachable" not in outage["restart_log"]
    assert "Traceback" not in outage["restart_log"]
