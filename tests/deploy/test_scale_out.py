"""Scale-out (issue 16): two gunicorn instances, A and B, behind nginx balancing both, on one
PostgreSQL (a throwaway copy of the test database), one Redis (Debian's redis-server: the
shared cache and session store) and media on S3-compatible object storage (moto's S3 server),
all started once for the module on loopback ports.

Shown over real HTTP: an editor signed in on A is signed in on B; an image uploaded through A's
admin is served with its renditions through B, from the bucket, while its original stays
private; a page cached on both is republished through A and B serves the new text on its next
request; downloads spread over A and B are counted exactly, and documents are private objects
sent by the site; 16 connections for 10 s through nginx across every page type give no error
while an editor publishes. And, without servers: a store error during an upload is a message on
the form, with nothing saved.
"""

import io
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.object_storage import PUBLIC_PREFIXES
from news.models import NewsIndexPage
from tests.conftest import running_in_ci
from tests.deploy.editor import Editor, gunicorn
from tests.deploy.services import ObjectStore, RedisServer, missing_services
from tests.deploy.stack import (
    BASE_DIR,
    Server,
    copy_of_test_database,
    nginx_in_front,
    production_environment,
)
from tests.public_pages import LANGUAGES, public_pages
from tests.uploads import file_errors, sign_in_editor

pytestmark = pytest.mark.django_db

BUCKET = "consortium-media"
LOAD_CONNECTIONS = 16
LOAD_SECONDS = 10


def require(problem):
    """Fails in CI, skips with the reason elsewhere."""
    if problem and running_in_ci():
        pytest.fail(f"CI needs it: {problem}")
    if problem:
        pytest.skip(problem)


def jpeg(width=1200, height=800):
    """A photo-like JPEG: a gradient, so that renditions have something to resize."""
    image = PILImage.linear_gradient("L").resize((width, height)).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def pdf(text):
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + text.encode() + b"\n%%EOF\n"
    )


def anonymous_get(url):
    """(status, content type, body) of a plain GET with no credentials, as a reader's browser."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


@pytest.fixture(scope="module")
def object_store(tmp_path_factory):
    require(missing_services())
    with ObjectStore(tmp_path_factory.mktemp("s3")) as store:
        store.create_bucket(BUCKET, public_prefixes=PUBLIC_PREFIXES)
        yield store


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory, object_store):
    with django_db_blocker.unblock():
        vendor = connection.vendor
    if vendor != "postgresql":
        require("the scale-out test needs DATABASE_URL on PostgreSQL (shared by both servers)")
    tmp_path = tmp_path_factory.mktemp("scale-out")
    # The uploads the demo wrote, moved to the bucket as a site moving to object storage does.
    object_store.upload_folder(BUCKET, settings.MEDIA_ROOT)
    with (
        RedisServer(tmp_path) as redis,
        copy_of_test_database(tmp_path, django_db_blocker) as db_url,
    ):
        env = production_environment(
            tmp_path, db_url, REDIS_URL=redis.url, **object_store.environment(BUCKET)
        )
        env.pop("DJANGO_CACHE_DIR")
        collect_all_static(env)
        password = secrets.token_urlsafe(16)
        create_superuser(env, "scaleout", password)
        with (
            Server(env, tmp_path / "a.log") as a,
            Server(env, tmp_path / "b.log") as b,
            nginx_in_front(tmp_path, [a.port, b.port], env) as nginx,
        ):
            yield {
                "a": a,
                "b": b,
                "nginx": nginx,
                "db_url": db_url,
                "store": object_store,
                "editor": Editor(gunicorn(a.port)).sign_in("scaleout", password),
            }


def collect_all_static(env):
    """Every static file, the admin's included (the editor uses it), as a deployment collects
    them (about 15 s)."""
    result = manage(env, "collectstatic", "--no-input", "-v", "0")
    assert result.returncode == 0, result.stderr


def manage(env, *args):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )


def create_superuser(env, username, password):
    result = manage(
        {**env, "DJANGO_SUPERUSER_PASSWORD": password},
        "createsuperuser",
        "--no-input",
        "--username",
        username,
        "--email",
        f"{username}@example.org",
    )
    assert result.returncode == 0, result.stderr


def query_one(db_url, sql, params=()):
    with psycopg.connect(db_url) as conn:
        return conn.execute(sql, params).fetchone()


def test_an_editor_signed_in_on_a_is_signed_in_on_b(stack):
    on_b = stack["editor"].via(gunicorn(stack["b"].port))
    response = on_b.get("/admin/")
    assert response.status == 200, response.location
    assert "scaleout" in response.text


def test_an_image_uploaded_through_a_is_served_with_its_renditions_through_b(stack):
    editor = stack["editor"]
    title = f"Scale-out image {secrets.token_hex(3)}"
    response = editor.submit(
        "/admin/images/add/",
        files={"file": ("harbour.jpg", jpeg(), "image/jpeg")},
        selector="form#w-editor-form",
        title=title,
        description="A harbour at dawn",
    )
    assert response.status == 302, response.text[:3000]
    image_id, original = query_one(
        stack["db_url"], "SELECT id, file FROM core_customimage WHERE title = %s", [title]
    )

    # B's edit page shows a rendition that B makes from the original A wrote to the bucket.
    on_b = editor.via(gunicorn(stack["b"].port))
    page = on_b.get(f"/admin/images/{image_id}/")
    assert page.status == 200
    endpoint = stack["store"].endpoint
    renditions = re.findall(rf'src="({re.escape(endpoint)}/{BUCKET}/images/[^"]+)"', page.text)
    assert renditions, page.text[:3000]
    assert endpoint in page.headers["Content-Security-Policy"]
    for url in set(renditions):
        status, content_type, body = anonymous_get(url.replace("&amp;", "&"))
        assert status == 200, url
        assert content_type.startswith("image/")
        assert body[:3] == b"\xff\xd8\xff"  # JPEG
        assert "?" not in url  # a stable address: cached pages may keep it

    # A rendition that A makes (another size) is read through B's neighbour the same way, and
    # both instances name the same objects.
    on_a_page = editor.get(f"/admin/images/{image_id}/")
    assert set(renditions) <= set(
        re.findall(rf'src="({re.escape(endpoint)}/{BUCKET}/images/[^"]+)"', on_a_page.text)
    )

    # The original is private: no anonymous reader gets it from the bucket.
    status, _, _ = anonymous_get(f"{endpoint}/{BUCKET}/{original}")
    assert status == 403


def test_a_page_republished_through_a_is_new_on_b_at_its_next_request(stack):
    index = NewsIndexPage.objects.get(locale__language_code="en")
    a, b, editor = stack["a"], stack["b"], stack["editor"]
    forwarded = {"Host": "example.org", "X-Forwarded-Proto": "https"}
    for server in (a, b, a, b):  # cached, and served from the cache on both
        response, body = server.get(index.url, forwarded)
        assert response.status == 200
    assert index.introduction.split()[0].encode() in body

    text = f"Published on A at {secrets.token_hex(4)}"
    response = editor.publish(index.pk, introduction=text)
    assert response.status == 302, response.text[:3000]

    response, body = b.get(index.url, forwarded)
    assert response.status == 200
    assert text.encode() in body


def test_downloads_spread_over_a_and_b_are_counted_exactly(stack):
    editor, nginx = stack["editor"], stack["nginx"]
    title = f"Scale-out report {secrets.token_hex(3)}"
    response = editor.submit(
        "/admin/documents/add/",
        files={"file": ("report.pdf", pdf(title), "application/pdf")},
        selector="form#w-editor-form",
        title=title,
    )
    assert response.status == 302, response.text[:3000]
    document_id, name = query_one(
        stack["db_url"],
        "SELECT id, file FROM publications_resourcedocument WHERE title = %s",
        [title],
    )
    path = f"/documents/{document_id}/{name.rsplit('/', 1)[-1]}"

    downloads = 24

    def download(_):
        response, body = nginx.get(path)
        return response.status, body

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(download, range(downloads)))
    assert Counter(status for status, _ in results) == {200: downloads}
    assert all(body == pdf(title) for _, body in results)
    (count,) = query_one(
        stack["db_url"],
        "SELECT download_count FROM publications_resourcedocument WHERE id = %s",
        [document_id],
    )
    assert count == downloads
    # Both instances sent some of them.
    for server in ("a", "b"):
        assert f"GET {path}" in stack[server].log.read_text(), server

    # The document is a private object: only the site's download view sends it.
    status, _, _ = anonymous_get(f"{stack['store'].endpoint}/{BUCKET}/{name}")
    assert status == 403


def load(nginx, paths, seconds, connections):
    """`connections` keep-alive connections through nginx, each asking for `paths` in turn for
    `seconds`: (Counter of statuses, [errors])."""
    statuses, errors, lock = Counter(), [], threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset):
        conn, i = nginx.connection(timeout=30), offset
        while time.monotonic() < deadline:
            path = paths[i % len(paths)]
            i += 1
            try:
                conn.request("GET", path, headers={"Host": "example.org"})
                response = conn.getresponse()
                response.read()
                status = response.status
            except OSError as error:
                status = None
                conn.close()
                conn = nginx.connection(timeout=30)
                with lock:
                    errors.append(f"{path}: {error!r}")
            with lock:
                statuses[status] += 1
                if status is not None and status >= 400:
                    errors.append(f"{path}: {status}")
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, errors


def test_load_through_nginx_has_no_errors_while_an_editor_publishes(stack):
    paths = [
        page.url for language in LANGUAGES for page in public_pages(language) if page.status == 200
    ]
    index = NewsIndexPage.objects.get(locale__language_code="en")
    editor_on = [stack["editor"], stack["editor"].via(gunicorn(stack["b"].port))]
    publishes, publish_errors, done = [], [], threading.Event()

    def publish_every_two_seconds():
        while not done.wait(2):
            editor = editor_on[len(publishes) % 2]  # through A, then through B
            response = editor.publish(index.pk, introduction=f"Edition {len(publishes)}")
            publishes.append(response.status)
            if response.status != 302:
                publish_errors.append(response.text[:2000])

    publisher = threading.Thread(target=publish_every_two_seconds)
    publisher.start()
    try:
        statuses, errors = load(stack["nginx"], paths, LOAD_SECONDS, LOAD_CONNECTIONS)
    finally:
        done.set()
        publisher.join()
    print(f"\nscale-out load: {sum(statuses.values())} requests, {dict(statuses)}")
    print(f"publishes during the load: {publishes}")
    assert errors == []
    assert set(statuses) <= {200, 301, 302}
    assert publishes and publish_errors == []
    for server in ("a", "b"):
        assert "Traceback" not in stack[server].log.read_text(), server


def test_a_store_error_during_an_upload_is_a_message_and_saves_nothing(
    client, django_user_model, settings, object_store
):
    """The bucket does not exist: the store refuses the write (a botocore error, raised as an
    OSError by core/object_storage.py), and the editor reads the storage error in the form."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.object_storage.ObjectStorage",
            "OPTIONS": {
                "bucket_name": "no-such-bucket",
                "endpoint_url": object_store.endpoint,
                "region_name": "us-east-1",
                "access_key": "scale-out-test",
                "secret_key": "scale-out-test-secret",
                "public_url": f"{object_store.endpoint}/no-such-bucket",
            },
        },
    }
    sign_in_editor(client, django_user_model)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Store error test",
            "description": "A test image",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("harbour.jpg", jpeg(300, 200), "image/jpeg"),
        },
    )
    assert response.status_code == 200
    assert "because of a storage error. Nothing was saved." in file_errors(response)
    assert not get_image_model().objects.filter(title="Store error test").exists()
