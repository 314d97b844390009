"""Real servers for the tests of the production stack, started once per test module: gunicorn
with the production settings and the committed gunicorn.conf.py (`Server`), nginx with the
committed deploy/nginx configuration (`Nginx`, tests/deploy/nginx.py), on free loopback ports.

A module starts them in one module-scoped fixture, inside a throwaway copy of the test database,
collecting the static files first and stopping everything when the module ends: see the `site`
fixture of tests/deploy/test_nginx_config.py (one gunicorn) and tests/deploy/test_scale_out.py
(two, behind one nginx).

The servers read the test database that conftest.py fills with the demo: `database_url` for
servers that only read it, `copy_of_test_database` for servers that may write (a throwaway
copy, dropped afterwards, so nothing leaks into other tests).
"""

import contextlib
import http.client
import os
import secrets
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import running_in_ci
from tests.deploy.nginx import Nginx, NginxMissing, free_port, missing_software

__all__ = [
    "Nginx",
    "Server",
    "collect_static",
    "copy_of_test_database",
    "database_url",
    "free_port",
    "nginx_in_front",
    "production_environment",
    "require_nginx",
]

BASE_DIR = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).with_name("gunicorn")
BOOT_SECONDS = 60


def require_nginx():
    """Fails in CI, skips with the reason elsewhere, when nginx (or its brotli modules) is not
    installed. `.ci/run` installs them."""
    problem = missing_software()
    if problem and running_in_ci():
        pytest.fail(f"CI needs nginx: {problem}")
    if problem:
        pytest.skip(problem)


# The database


def postgres_url(db, name):
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or ""
    if host.startswith("/"):  # a socket's folder
        host = quote(host, safe="")
    if db["PORT"]:
        host += f":{db['PORT']}"
    netloc = f"{credentials}@{host}" if credentials else host
    return f"postgres://{netloc}/{quote(name)}"


def sqlite_copy(tmp_path):
    """A file copy of SQLite's in-memory test database (the online backup API)."""
    path = tmp_path / "db.sqlite3"
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    return f"sqlite:///{path}"


def database_url(tmp_path):
    """A URL for servers that only read the test database: a file copy of SQLite's in-memory
    database, or PostgreSQL's test database itself. Call with the database unblocked."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        return sqlite_copy(tmp_path)
    return postgres_url(connection.settings_dict, connection.settings_dict["NAME"])


def maintenance_connection(db):
    """A connection to PostgreSQL's `postgres` database, for CREATE and DROP DATABASE."""
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"] or None,
        password=db["PASSWORD"] or None,
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        autocommit=True,
    )


@contextlib.contextmanager
def copy_of_test_database(tmp_path, django_db_blocker):
    """The URL of a throwaway copy of the test database (with the demo content), which servers
    may change: a file for SQLite, `CREATE DATABASE … TEMPLATE <test database>` for PostgreSQL,
    dropped when the block ends (stop the servers inside the block)."""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            url = sqlite_copy(tmp_path)
        else:
            db = dict(connection.settings_dict)
            # A template may have no other connection: Django's is closed (it reconnects when a
            # test next needs it) and any left by an earlier module's servers ended.
            connection.close()
    if connection.vendor == "sqlite":
        yield url
        return
    template = db["NAME"]
    copy = f"{template[:40]}_copy_{secrets.token_hex(4)}"
    with maintenance_connection(db) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [template],
        )
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{template}"')
    try:
        yield postgres_url(db, copy)
    finally:
        with maintenance_connection(db) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


# gunicorn


def production_environment(tmp_path, db_url, **extra):
    """The environment of a production server (config.settings.production) for `db_url`, with
    its static root and file cache in `tmp_path`, the uploads in the tests' MEDIA_ROOT, a random
    secret key and one worker; `extra` adds or replaces variables."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": db_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,example.org,www.example.org",
        "WAGTAILADMIN_BASE_URL": "https://example.org",
        "EMAIL_URL": "dummy:",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "WEB_CONCURRENCY": "1",
        **extra,
    }


def collect_static(env):
    """The project's own static files into env's DJANGO_STATIC_ROOT, with hashed names and .gz
    and .br copies, as `make serve` and a deployment collect them; the admin's thousand files are
    left out to keep the tests fast."""
    collect = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"]
        + ["-i", "admin", "-i", "wagtail*", "-i", "flags"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert collect.returncode == 0, collect.stderr
    return Path(env["DJANGO_STATIC_ROOT"])


class Server:
    """gunicorn with gunicorn.conf.py and `env`, on `port` (a free one by default), its output in
    `log`. Usable as a context manager (started and up inside the block, stopped after)."""

    def __init__(self, env, log, port=None):
        self.port = port or free_port()
        self.log = Path(log)
        self.env = {**env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.process = None
        self.start()

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "--config", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log.open("a"),
            stderr=subprocess.STDOUT,
        )

    def wait_until_up(self):
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"gunicorn stopped:\n{self.log.read_text()}")
            try:
                self.get("/robots.txt", timeout=5)
                return self
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"gunicorn did not answer in {BOOT_SECONDS} s:\n{self.log.read_text()}")

    def request(self, method, path, headers=None, body=None, timeout=30):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
            response = conn.getresponse()
            return response, response.read()
        finally:
            conn.close()

    def get(self, path, headers=None, timeout=30):
        return self.request("GET", path, headers, timeout=timeout)

    def stop(self):
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self.wait_until_up()

    def __exit__(self, *exc):
        self.stop()


@contextlib.contextmanager
def nginx_in_front(tmp_path, upstream_ports, env):
    """Committed nginx in front of the gunicorns on `upstream_ports`, serving env's static root
    and media root; skipped (or failed in CI) without nginx."""
    require_nginx()
    nginx = Nginx(tmp_path / "nginx", upstream_ports, env["DJANGO_STATIC_ROOT"], env["MEDIA_ROOT"])
    try:
        nginx.start()
    except NginxMissing as missing:
        pytest.skip(str(missing))
    try:
        yield nginx
    finally:
        nginx.stop()
