"""/healthz/ and /readyz/ (core/health.py) over Django's test client. With the database stopped
under gunicorn: tests/test_database_faults.py."""

import json

import pytest


@pytest.fixture
def production_like(settings):
    """The production server's checks: only its own host, and plain http redirected to https."""
    settings.ALLOWED_HOSTS = ["innovet.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    return settings


def probe(client, path, method="get"):
    """A load balancer's probe: by address, over plain http."""
    return getattr(client, method)(path, HTTP_HOST="10.0.0.7")


def test_healthz_answers_without_the_database(client, production_like):
    # No database access is allowed here: a query would fail the test.
    response = probe(client, "/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert json.loads(response.content) == {"status": "ok"}
    assert probe(client, "/healthz").status_code == 200


@pytest.mark.django_db
def test_readyz_asks_the_database_and_the_cache(client, production_like):
    response = probe(client, "/readyz/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert json.loads(response.content) == {"status": "ready", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_readyz_is_503_when_the_cache_cannot_keep_anything(client, production_like, tmp_path):
    # The site's file cache, failing open, in a folder that cannot be created (a file is there).
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    production_like.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.TolerantFileBasedCache",
            "LOCATION": str(blocked / "cache"),
        }
    }
    response = probe(client, "/readyz/")
    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "database": "ok",
        "cache": "unavailable",
    }


@pytest.mark.django_db
def test_a_head_probe_has_no_body(client, production_like):
    for path in ("/healthz/", "/readyz/"):
        response = probe(client, path, "head")
        assert response.status_code == 200
        assert response.content == b""


def test_probes_are_never_stored_and_only_answer_get_and_head(client, production_like, db):
    for _ in range(2):
        response = probe(client, "/healthz/")
        assert "X-Page-Cache" not in response
    # Another method is not a probe: the address is like any other (here, outside ALLOWED_HOSTS).
    assert probe(client, "/healthz/", "post").status_code == 400


def test_probes_are_not_in_the_sitemap(demo, client):
    for address in ("/sitemap.xml", "/sitemap-1.xml"):
        response = client.get(address)
        assert response.status_code == 200
        text = response.content.decode()
        assert "healthz" not in text
        assert "readyz" not in text
