"""Serving documents: headers, counting every download once, refusing unsafe uploads."""

import csv
import io
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.models import Collection

from publications.models import DocumentDownloadMonth, ResourceDocument

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_document(title="Report", filename="report.pdf", content=PDF, **fields):
    document = ResourceDocument(title=title, **fields)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.mark.django_db
def test_download_has_the_right_headers_and_counts_once(client):
    document = make_document()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="report.pdf"' in response["Content-Disposition"]
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
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.django_db
def test_a_wrong_filename_is_a_404_and_not_counted(client):
    document = make_document()
    assert client.get(f"/documents/{document.pk}/other.pdf").status_code == 404
    assert client.get("/documents/999999/report.pdf").status_code == 404
    document.refresh_from_db()
    assert document.download_count == 0


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
    document = make_document(title="Needs analysis")
    for _ in range(3):
        client.get(document.url)
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


@pytest.mark.django_db
def test_downloads_report_is_for_staff_only(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    response = client.get(reverse("downloads_report"))
    assert response.status_code in (302, 403)
