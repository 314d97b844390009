"""`make serve`: the production settings under gunicorn with the committed gunicorn.conf.py, read
over real HTTP.

Two servers start once for the module, on free loopback ports, against a copy of the test
database (the demo content that conftest.py loads) and a static root collected the way `make
serve` collects it: a local trial (DJANGO_LOCAL_TRIAL=true, plain http) and a production server
without the trial flag (behind a TLS proxy, so plain http is redirected to https).
"""

import brotli
import pytest

from tests.deploy.stack import Server, collect_static, database_url, production_environment

# The servers read a copy of the test database, which pytest-django creates only for a session
# that has database tests.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    with django_db_blocker.unblock():
        db_url = database_url(tmp_path)
    env = production_environment(
        tmp_path,
        db_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
    )
    static_root = collect_static(env)
    trial = Server({**env, "DJANGO_LOCAL_TRIAL": "true"}, tmp_path / "trial.log")
    production = Server(env, tmp_path / "production.log")
    try:
        trial.wait_until_up()
        production.wait_until_up()
        yield {"trial": trial, "production": production, "static_root": static_root}
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
