"""Serving documents: headers, counting every download once, refusing unsafe uploads.

What counts (publications/downloads.py): a GET that is sent the file from its first byte. Not
HEAD, not a 304, not a range that resumes a download, not a 416, not a missing file, not a
refusal by the collection's view restrictions."""

import csv
import io
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from publications.models import DocumentDownloadMonth, ResourceDocument

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
# Long enough for ranges: 2064 bytes, each value of byte once in every 256.
LONG_PDF = b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"
DOCUMENT_CSP = "default-src 'none'; sandbox"


def make_document(title="Report", filename="report.pdf", content=PDF, **fields):
    document = ResourceDocument(title=title, **fields)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def downloads(document):
    document.refresh_from_db()
    return document.download_count


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_download_has_the_right_headers_and_counts_once(client):
    document = make_document()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    # report.pdf, or report_<random>.pdf where another test stored a report.pdf before.
    assert document.filename.startswith("report")
    assert response["Content-Disposition"] == f'attachment; filename="{document.filename}"'
    assert response["Content-Length"] == str(len(PDF))
    assert response["Accept-Ranges"] == "bytes"
    assert response["ETag"] == f'"{document.file_hash}"'
    assert response.has_header("Last-Modified")
    assert response["Cache-Control"] == "private, no-cache"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == DOCUMENT_CSP
    assert not response.has_header("Content-Encoding")
    assert "None" not in [value for _name, value in response.items()]
    assert b"".join(response.streaming_content) == PDF
    document.refresh_from_db()
    assert document.download_count == 1
    assert [(row.count, row.month.day) for row in DocumentDownloadMonth.objects.all()] == [(1, 1)]


@pytest.mark.django_db
def test_office_files_download_as_attachments(client):
    document = make_document(title="Kit", filename="kit.docx", content=b"PK\x03\x04rest")
    response = client.get(document.url)
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert response["Content-Disposition"] == 'attachment; filename="kit.docx"'


@pytest.mark.django_db
def test_a_name_beyond_ascii_gets_a_plain_fallback(client):
    document = make_document(filename="informe-año.pdf")
    response = client.get(document.url)
    assert response["Content-Disposition"] == (
        "attachment; filename=\"informe-ano.pdf\"; filename*=UTF-8''informe-a%C3%B1o.pdf"
    )


@pytest.mark.django_db
def test_a_wrong_filename_is_a_404_and_not_counted(client):
    document = make_document()
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404
    assert client.get("/documents/999999/report.pdf").status_code == 404
    document.refresh_from_db()
    assert document.download_count == 0


@pytest.mark.django_db
def test_head_gets_the_headers_of_a_get_and_is_not_counted(client):
    document = make_document()
    head = client.head(document.url)
    assert head.status_code == 200
    assert head.content == b""
    get = client.get(document.url)
    same = ("Content-Type", "Content-Length", "Content-Disposition", "ETag", "Last-Modified")
    assert [head[name] for name in same] == [get[name] for name in same]
    assert head["Content-Security-Policy"] == DOCUMENT_CSP
    assert downloads(document) == 1  # the GET only


@pytest.mark.django_db
def test_a_revalidation_is_answered_304_and_not_counted(client):
    document = make_document()
    first = client.get(document.url)
    by_etag = client.get(document.url, HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(document.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert by_etag["Content-Security-Policy"] == DOCUMENT_CSP
    assert downloads(document) == 1
    changed = client.get(document.url, HTTP_IF_NONE_MATCH='"another-version"')
    assert changed.status_code == 200
    assert downloads(document) == 2


@pytest.mark.django_db
def test_a_download_resumed_with_range_counts_once(client):
    document = make_document(content=LONG_PDF)
    start = client.get(document.url, HTTP_RANGE="bytes=0-99")
    assert start.status_code == 206
    assert body(start) == LONG_PDF[:100]
    assert start["Content-Range"] == f"bytes 0-99/{len(LONG_PDF)}"
    assert start["Content-Length"] == "100"
    assert start["Content-Security-Policy"] == DOCUMENT_CSP
    assert downloads(document) == 1
    rest = client.get(document.url, HTTP_RANGE="bytes=100-")
    assert rest.status_code == 206
    assert body(rest) == LONG_PDF[100:]
    assert rest["Content-Range"] == f"bytes 100-{len(LONG_PDF) - 1}/{len(LONG_PDF)}"
    tail = client.get(document.url, HTTP_RANGE="bytes=-10")
    assert (tail.status_code, body(tail)) == (206, LONG_PDF[-10:])
    assert downloads(document) == 1
    assert DocumentDownloadMonth.objects.get(document=document).count == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header",
    ["bytes=0-1,5-6", "bytes=abc", "items=0-10", "bytes=50-10", "bytes=-", "bytes 0-10"],
)
def test_several_or_malformed_ranges_get_the_whole_file(client, header):
    document = make_document(content=LONG_PDF)
    response = client.get(document.url, HTTP_RANGE=header)
    assert response.status_code == 200
    assert body(response) == LONG_PDF
    assert downloads(document) == 1


@pytest.mark.django_db
def test_a_range_beyond_the_file_is_416_and_not_counted(client):
    document = make_document(content=LONG_PDF)
    response = client.get(document.url, HTTP_RANGE="bytes=999999-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(LONG_PDF)}"
    assert downloads(document) == 0


@pytest.mark.django_db
def test_if_range_sends_the_whole_file_when_it_has_changed(client):
    document = make_document(content=LONG_PDF)
    first = client.get(document.url, HTTP_RANGE="bytes=0-9")
    same = client.get(document.url, HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE=first["ETag"])
    assert (same.status_code, body(same)) == (206, LONG_PDF[10:20])
    dated = client.get(document.url, HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE=first["Last-Modified"])
    assert dated.status_code == 206
    changed = client.get(document.url, HTTP_RANGE="bytes=10-19", HTTP_IF_RANGE='"old"')
    assert (changed.status_code, body(changed)) == (200, LONG_PDF)
    assert downloads(document) == 2  # the first range and the whole file


@pytest.mark.django_db
def test_a_missing_file_is_a_404_page_and_not_counted(client):
    document = make_document()
    document.file.storage.delete(document.file.name)
    response = client.get(document.url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert client.head(document.url).status_code == 404
    assert downloads(document) == 0


@pytest.mark.django_db
def test_files_are_read_through_the_storage_api(client, settings):
    """No local path needed (S3 and the like): here Django's in-memory storage."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    document = make_document(content=LONG_PDF)
    assert (client.get(document.url).status_code, body(client.get(document.url))) == (
        200,
        LONG_PDF,
    )
    assert body(client.get(document.url, HTTP_RANGE="bytes=5-9")) == LONG_PDF[5:10]
    assert downloads(document) == 2


@pytest.mark.django_db
def test_documents_are_never_stored_by_the_page_cache(client, settings):
    settings.PAGE_CACHE_EXCLUDE = []  # even without the exclusion of /documents/
    document = make_document()
    responses = [client.get(document.url) for _ in range(2)] + [client.head(document.url)]
    assert all(not response.has_header("X-Page-Cache") for response in responses)
    assert downloads(document) == 2


def restricted(document, restriction_type, **fields):
    collection = Collection.get_first_root_node().add_child(name=f"Private {restriction_type}")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **fields
    )
    document.collection = collection
    document.save()
    return restriction


@pytest.mark.django_db
def test_a_password_protected_document_is_counted_once_the_password_is_given(client):
    document = make_document()
    restriction = restricted(document, "password", password="s3cret")
    form = client.get(document.url)
    assert form.status_code == 200
    assert b'name="password"' in form.content
    assert downloads(document) == 0
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    wrong = client.post(action, {"password": "wrong", "return_url": document.url})
    assert wrong.status_code == 200
    assert client.get(document.url).status_code == 200
    assert downloads(document) == 0
    right = client.post(action, {"password": "s3cret", "return_url": document.url})
    assert right.status_code == 302 and right["Location"] == document.url
    response = client.get(document.url)
    assert body(response) == PDF
    assert downloads(document) == 1


@pytest.mark.django_db
def test_login_and_group_restrictions_refuse_without_counting(client, django_user_model):
    document = make_document()
    editors = Group.objects.create(name="Download testers")
    restricted(document, "groups").groups.add(editors)
    reader = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    refused = client.get(document.url)
    assert refused.status_code == 302 and "login" in refused["Location"]
    client.force_login(reader)
    assert client.get(document.url).status_code == 302  # logged in, not in the group
    assert client.head(document.url).status_code == 302
    assert downloads(document) == 0
    reader.groups.add(editors)
    assert body(client.get(document.url)) == PDF
    assert downloads(document) == 1


@pytest.mark.django_db
def test_a_login_restriction_lets_any_user_in(client, django_user_model):
    document = make_document()
    restricted(document, "login")
    assert client.get(document.url).status_code == 302
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    assert client.get(document.url).status_code == 200
    assert downloads(document) == 1


@pytest.mark.django_db
def test_other_methods_are_refused(client):
    document = make_document()
    assert client.post(document.url).status_code == 405
    assert downloads(document) == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_concurrent_downloads_count_twenty(live_server):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; CI runs this on PostgreSQL.")
    document = make_document()

    def download(_number):
        with urllib.request.urlopen(f"{live_server.url}{document.url}", timeout=30) as response:
            return response.status, response.read()

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(download, range(20)))
    assert all(status == 200 and body == PDF for status, body in results)
    document.refresh_from_db()
    assert document.download_count == 20
    assert DocumentDownloadMonth.objects.get(document=document).count == 20


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "pw"))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("page.html", b"<html><script>alert(1)</script></html>"),
        ("setup.exe", b"MZ\x90\x00\x03"),
        ("setup.pdf", b"MZ\x90\x00\x03"),  # a program renamed to look like a PDF
        ("page.docx", b"<html></html>"),
    ],
)
def test_unsafe_uploads_are_refused_with_a_message(editor_client, filename, content):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(filename, content),
            "collection": Collection.get_first_root_node().pk,
            "language": "en",
            "resource_type": "report",
            "licence": "CC BY 4.0",
        },
    )
    assert response.status_code == 200
    assert not ResourceDocument.objects.filter(title="Upload").exists()
    errors = response.context["form"].errors["file"]
    assert errors and ("extension" in errors[0].lower() or "not a real" in errors[0])


@pytest.mark.django_db
def test_a_real_pdf_upload_is_accepted(editor_client):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile("model.pdf", PDF),
            "collection": Collection.get_first_root_node().pk,
            "language": "es",
            "resource_type": "publication",
            "licence": "CC BY 4.0",
        },
    )
    assert response.status_code == 302
    assert ResourceDocument.objects.get(title="Upload").language == "es"


@pytest.mark.django_db
def test_staff_see_downloads_per_document_and_month_as_csv(editor_client, client):
    document = make_document(title="Needs analysis", content=LONG_PDF)
    for _ in range(3):
        etag = client.get(document.url)["ETag"]
    # Not downloads: a HEAD, a revalidation, a resumed range.
    client.head(document.url)
    client.get(document.url, HTTP_IF_NONE_MATCH=etag)
    client.get(document.url, HTTP_RANGE="bytes=100-")
    page = editor_client.get(reverse("downloads_report"))
    assert page.status_code == 200
    assert "Needs analysis" in page.content.decode()
    export = editor_client.get(reverse("downloads_report") + "?format=csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    header, *data = rows
    assert header[:5] == ["Document", "File", "Language", "Type", "Total downloads"]
    row = next(r for r in data if r[0] == "Needs analysis")
    assert row[4] == "3" and row[5] == "3"  # total, and this month
    assert page.context["total"] == sum(int(r[4]) for r in data)


@pytest.mark.django_db
def test_downloads_report_is_for_staff_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    response = client.get(reverse("downloads_report"))
    assert response.status_code in (302, 403)
