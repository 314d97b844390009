"""The committed nginx configuration (deploy/nginx/consortium.conf in Debian's nginx.conf) in
front of gunicorn with the production settings, read over real HTTP and HTTPS: the redirect to
https, unknown hosts refused, X-Forwarded-Proto reaching Django, static and media files served
from disk with their cache lifetimes, compression and security headers, documents kept away from
disk, and the request size limit."""

import gzip
import io
import json

import brotli
import pytest
from PIL import Image

from tests.deploy.stack import (
    Server,
    collect_static,
    copy_of_test_database,
    nginx_in_front,
    production_environment,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("nginx")
    with copy_of_test_database(tmp_path, django_db_blocker) as db_url:
        env = production_environment(tmp_path, db_url)
        collect_static(env)
        with (
            Server(env, tmp_path / "gunicorn.log") as gunicorn,
            nginx_in_front(tmp_path, [gunicorn.port], env) as nginx,
        ):
            yield nginx


def test_plain_http_is_redirected_to_https(site):
    response, _ = site.get("/en/news/?page=2", https=False)
    assert response.status == 301
    assert response.getheader("Location") == "https://example.org/en/news/?page=2"


def test_unknown_hosts_never_reach_gunicorn(site):
    conn = site.connection(https=False, timeout=5)
    conn.request("GET", "/en/", headers={"Host": "scanner.invalid"})
    with pytest.raises((ConnectionError, OSError)):  # 444: closed without an answer
        conn.getresponse()
    conn.close()


def test_pages_over_https_reach_django_as_https(site):
    # Django sees X-Forwarded-Proto: https, so it does not redirect again (no loop) and sends HSTS.
    response, body = site.get("/en/")
    assert response.status == 200, body[:500]
    assert b"<html" in body
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")
    assert response.getheader("Server").startswith("nginx")
    # The site compresses its pages itself; nginx passes them on as they are.
    response, body = site.get("/en/", {"Accept-Encoding": "br"})
    assert response.getheader("Content-Encoding") == "br"
    assert b"<html" in brotli.decompress(body)


def test_health_probes_pass_through(site):
    response, body = site.get("/healthz/")
    assert response.status == 200, body[:300]
    response, body = site.get("/readyz/")
    assert response.status == 200, body[:300]
    assert json.loads(body) == {"status": "ready", "database": "ok", "cache": "ok"}
    assert response.getheader("Cache-Control") == "no-store"


def stylesheet_address(site):
    _, page = site.get("/en/")
    return page.split(b'rel="stylesheet" href="', 1)[1].split(b'"', 1)[0].decode()


def assert_file_security_headers(response):
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert response.getheader("Cross-Origin-Resource-Policy") == "same-origin"
    assert response.getheader("Content-Security-Policy").startswith("default-src 'none'")
    assert response.getheader("Strict-Transport-Security").startswith("max-age=31536000")


def test_hashed_static_files_are_served_from_disk_for_a_year(site):
    address = stylesheet_address(site)
    assert address.startswith("/static/css/site.") and address != "/static/css/site.css"
    plain, css = site.get(address)
    assert plain.status == 200
    assert plain.getheader("Content-Type") == "text/css"
    assert plain.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert plain.getheader("Content-Encoding") is None
    assert_file_security_headers(plain)

    # The .br and .gz that collectstatic wrote beside the file.
    response, compressed = site.get(address, {"Accept-Encoding": "gzip, deflate, br"})
    assert response.getheader("Content-Encoding") == "br"
    assert "Accept-Encoding" in response.getheader("Vary")
    assert brotli.decompress(compressed) == css
    response, compressed = site.get(address, {"Accept-Encoding": "gzip"})
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(compressed) == css


def test_unhashed_static_files_are_cached_for_an_hour(site):
    response, _ = site.get("/static/css/site.css")
    assert response.status == 200
    assert response.getheader("Cache-Control") == "public, max-age=3600"
    assert_file_security_headers(response)


def media_file(settings, name, content):
    """A file written into the servers' MEDIA_ROOT, as an upload would be."""
    path = settings.MEDIA_ROOT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return name


def png():
    output = io.BytesIO()
    Image.new("RGB", (8, 8), "teal").save(output, "PNG")
    return output.getvalue()


def test_media_is_served_from_disk_in_a_sandbox(site, settings):
    image = png()
    name = media_file(settings, "images/nginx-check.fill-8x8.png", image)
    response, body = site.get(f"/media/{name}")
    assert response.status == 200
    assert response.getheader("Content-Type") == "image/png"
    assert response.getheader("Cache-Control") == "public, max-age=2592000"
    assert "sandbox" in response.getheader("Content-Security-Policy")
    assert_file_security_headers(response)
    assert body == image


@pytest.mark.parametrize(
    "name",
    [
        # Only Django's /documents/<id>/<name> serves them: privacy checked, download counted.
        "documents/nginx-check.pdf",
        # An original may carry a camera's metadata; pages show renditions only.
        "original_images/nginx-check.jpg",
    ],
)
def test_other_uploads_are_never_served_from_disk(site, settings, name):
    media_file(settings, name, b"private bytes")
    response, body = site.get(f"/media/{name}")
    assert response.status == 404
    assert b"private" not in body


def test_a_body_over_51_megabytes_is_refused_by_nginx(site):
    conn = site.connection(timeout=10)
    conn.putrequest("POST", "/admin/login/", skip_host=True)
    conn.putheader("Host", "example.org")
    conn.putheader("Content-Type", "application/octet-stream")
    conn.putheader("Content-Length", str(51 * 1024 * 1024 + 1))
    conn.endheaders()
    response = conn.getresponse()
    assert response.status == 413
    conn.close()


def test_a_body_under_the_limit_reaches_django(site):
    body = b"x" * (2 * 1024 * 1024)  # past client_body_buffer_size: buffered to a file
    response, _ = site.request("POST", "/en/", body=body, headers={"Content-Type": "text/plain"})
    assert response.status in {403, 405}  # Django's answer (CSRF or method), not nginx's 413
