"""`make serve`: the production settings under gunicorn with the committed gunicorn.conf.py, read
over real HTTP.

Two servers start once for the module, on free loopback ports, against a copy of the test
database (the demo content that conftest.py loads) and a static root collected the way `make
serve` collects it: a local trial (DJANGO_LOCAL_TRIAL=true, plain http) and a production server
without the trial flag (behind a TLS proxy, so plain http is redirected to https).
"""

import http.client
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import brotli
import pytest
from django.conf import settings
from django.db import connection

BASE_DIR = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).with_name("gunicorn")
BOOT_SECONDS = 60

# The servers read a copy of the test database, which pytest-django creates only for a session
# that has database tests.
pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """A URL for the servers to read the test database: a file copy of SQLite's in-memory
    database, or PostgreSQL's test database itself."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        path = tmp_path / "db.sqlite3"
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{path}"
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or ""
    if host.startswith("/"):  # a socket's folder
        host = quote(host, safe="")
    if db["PORT"]:
        host += f":{db['PORT']}"
    netloc = f"{credentials}@{host}" if credentials else host
    return f"postgres://{netloc}/{quote(db['NAME'])}"


class Server:
    def __init__(self, env, log):
        self.port = free_port()
        self.log = log
        env = {**env, "HOST": "127.0.0.1", "PORT": str(self.port)}
        self.process = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "--config", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=env,
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )

    def wait_until_up(self):
        deadline = time.monotonic() + BOOT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"gunicorn stopped:\n{self.log.read_text()}")
            try:
                self.get("/robots.txt")
                return
            except OSError:
                time.sleep(0.2)
        pytest.fail(f"gunicorn did not answer in {BOOT_SECONDS} s:\n{self.log.read_text()}")

    def get(self, path, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
            response = conn.getresponse()
            return response, response.read()
        finally:
            conn.close()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    with django_db_blocker.unblock():
        db_url = database_url(tmp_path)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": db_url,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "EMAIL_URL": "dummy:",
        "DJANGO_STATIC_ROOT": str(tmp_path / "static"),
        "DJANGO_CACHE_DIR": str(tmp_path / "cache"),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "WEB_CONCURRENCY": "1",
    }
    # The project's own static files, with hashed names and .gz and .br copies, as `make serve`
    # collects them; the admin's thousand files are left out to keep the test fast.
    collect = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"]
        + ["-i", "admin", "-i", "wagtail*", "-i", "flags"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert collect.returncode == 0, collect.stderr
    trial = Server({**env, "DJANGO_LOCAL_TRIAL": "true"}, tmp_path / "trial.log")
    production = Server(env, tmp_path / "production.log")
    try:
        trial.wait_until_up()
        production.wait_until_up()
        yield {"trial": trial, "production": production, "static_root": tmp_path / "static"}
    finally:
        trial.stop()
        production.stop()


def test_local_trial_serves_pages_over_plain_http(servers):
    trial = servers["trial"]
    response, body = trial.get("/en/")
    assert response.status == 200, body[:500]
    assert response.getheader("Server") == "gunicorn"
    assert b"<html" in body
    assert response.getheader("Strict-Transport-Security") is None
    # The language redirect of / stays on http: no redirect loop to https.
    response, _ = trial.get("/")
    assert response.status == 302
    location = response.getheader("Location")
    assert location.startswith("/en/") or location.startswith("http://"), location
    response, _ = trial.get(location)
    assert response.status == 200


def test_static_files_have_hashed_names_and_brotli(servers):
    trial = servers["trial"]
    _, page = trial.get("/en/")
    stylesheet = page.split(b'rel="stylesheet" href="', 1)[1].split(b'"', 1)[0].decode()
    assert stylesheet.startswith("/static/css/site.") and stylesheet != "/static/css/site.css"
    assert (
        (servers["static_root"] / stylesheet.removeprefix("/static/"))
        .with_suffix(".css.br")
        .exists()
    )

    plain, css = trial.get(stylesheet)
    assert plain.status == 200
    assert plain.getheader("Content-Encoding") is None
    assert "immutable" in plain.getheader("Cache-Control")

    response, compressed = trial.get(stylesheet, {"Accept-Encoding": "gzip, deflate, br"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "br"
    assert "Accept-Encoding" in response.getheader("Vary")
    assert brotli.decompress(compressed) == css
    assert len(compressed) < len(css) / 2


def test_production_without_the_trial_flag_redirects_http_to_https(servers):
    production = servers["production"]
    response, _ = production.get("/en/")
    assert response.status == 301
    assert response.getheader("Location") == "https://127.0.0.1/en/"

    # Behind the TLS proxy (X-Forwarded-Proto: https): served, with HSTS.
    response, body = production.get("/en/", {"X-Forwarded-Proto": "https"})
    assert response.status == 200, body[:500]
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")


def test_the_partner_map_outline_is_a_hashed_static_file(servers):
    trial = servers["trial"]
    response, page = trial.get("/en/partners/")
    assert response.status == 200
    outline = page.split(b'<image href="', 1)[1].split(b'"', 1)[0].decode()
    assert outline.startswith("/static/partners/world.") and outline.endswith(".svg")
    assert outline != "/static/partners/world.svg"
    response, svg = trial.get(outline, {"Accept-Encoding": "br"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "br"
    assert "immutable" in response.getheader("Cache-Control")
    assert brotli.decompress(svg).startswith(b"<svg")
