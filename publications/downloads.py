"""Serving documents, and counting each download once.

Documents are served here rather than by Wagtail's own view (same addresses, same names), which
counted every request that reached it. What counts as a download: a GET that is sent the file
from its first byte, as a whole (200) or as a range that starts at byte 0 (206). Not counted:
HEAD, a revalidation answered 304 Not Modified (or 412), a range that starts later (a resumed
download, counted when it began), a range that cannot be satisfied (416), a missing file (404),
a refusal (password form, login redirect, any `before_serve_document` hook's answer).

The view restrictions of the document's collection are Wagtail's: its `before_serve_document`
hooks run first, and the password form posts to Wagtail's own view. The file is read through the
storage API (`open`, `size`, `exists`), so it works on local disk and on remote storages alike,
and it is streamed, never read whole into memory.
"""

import re
from urllib.parse import quote

from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.coreutils import string_to_ascii
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.documents.views.serve import authenticate_with_password

# A document is data, never a page of this site: no script, no style, no plugin, a unique origin.
DOCUMENT_CSP = "default-src 'none'; sandbox"
BLOCK_SIZE = 64 * 1024

# One range of bytes ("bytes=0-99", "bytes=100-", "bytes=-500"); anything else (several ranges,
# another unit, a malformed header) is ignored and the whole file sent, as RFC 9110 allows.
SINGLE_RANGE = re.compile(r"bytes=(\d*)-(\d*)", re.IGNORECASE)
UNSATISFIABLE = "unsatisfiable"


class StoredFile:
    """The document's file as its storage sees it now: size and modification time."""

    def __init__(self, document):
        self.storage = document.file.storage
        self.name = document.file.name
        try:
            if not self.name or not self.storage.exists(self.name):
                raise Http404("The document's file is missing.")
            self.size = self.storage.size(self.name)
        except OSError as error:
            raise Http404("The document's file cannot be read.") from error
        try:
            self.modified = int(self.storage.get_modified_time(self.name).timestamp())
        except (NotImplementedError, OSError):
            self.modified = None

    def open(self):
        try:
            return self.storage.open(self.name, "rb")
        except OSError as error:
            raise Http404("The document's file cannot be read.") from error


class FileRange:
    """Streams `length` bytes of an open file from `start`, in blocks; closed by the response."""

    def __init__(self, handle, start, length):
        self.handle, self.start, self.length = handle, start, length

    def __iter__(self):
        self.handle.seek(self.start)
        remaining = self.length
        while remaining > 0:
            block = self.handle.read(min(BLOCK_SIZE, remaining))
            if not block:
                return
            remaining -= len(block)
            yield block

    def close(self):
        self.handle.close()


def content_disposition(document):
    """Inline for the types in WAGTAILDOCS_INLINE_CONTENT_TYPES (none: config/settings/base.py),
    else attachment, with
    the file's name made safe for a quoted string (and in full as filename* when it is not
    plain ASCII), as Wagtail's view sends it."""
    disposition = "inline" if document.content_disposition == "inline" else "attachment"
    filename = document.filename
    plain = re.sub(r'[\x00-\x1f\x7f"\\]', "_", string_to_ascii(filename))
    parts = [disposition, f'filename="{plain}"']
    if plain != filename:
        parts.append(f"filename*=UTF-8''{quote(filename, safe='')}")
    return "; ".join(parts)


def set_headers(response, document, stored):
    """The headers every answer about the file carries, whatever its status."""
    if document.file_hash:
        response["ETag"] = f'"{document.file_hash}"'
    if stored.modified is not None:
        response["Last-Modified"] = http_date(stored.modified)
    response["Accept-Ranges"] = "bytes"
    # Kept by the reader only, and asked for again each time: a revalidation reaches this view
    # (and its restrictions), and is answered 304 without being counted.
    patch_cache_control(response, private=True, no_cache=True)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = DOCUMENT_CSP
    return response


def range_applies(request, response):
    """If-Range: the range is sent only if the reader's copy is this very file (the same strong
    ETag, or exactly its Last-Modified date); otherwise the whole file is."""
    if_range = request.headers.get("If-Range")
    if if_range is None:
        return True
    if_range = if_range.strip()
    if if_range.startswith('"'):
        return if_range == response.get("ETag")
    if if_range.startswith("W/"):
        return False
    date = parse_http_date_safe(if_range)
    modified = parse_http_date_safe(response.get("Last-Modified", ""))
    return date is not None and date == modified


def requested_range(header, size):
    """The (first, last) byte asked for by a Range header, UNSATISFIABLE, or None to send the
    whole file."""
    match = SINGLE_RANGE.fullmatch(header.strip())
    if not match or not (match[1] or match[2]):
        return None
    first, last = match[1], match[2]
    if first and last and int(last) < int(first):
        return None  # not a valid range: ignored
    if size == 0:
        return UNSATISFIABLE
    if first:
        start = int(first)
        if start >= size:
            return UNSATISFIABLE
        return start, min(int(last), size - 1) if last else size - 1
    suffix = int(last)
    if suffix == 0:
        return UNSATISFIABLE
    return max(0, size - suffix), size - 1


def send_range(request, document, stored, response):
    """206 with the range asked for, 416 if it lies beyond the file, or None for the whole."""
    header = request.headers.get("Range")
    if request.method != "GET" or header is None or not range_applies(request, response):
        return None
    byte_range = requested_range(header, stored.size)
    if byte_range is None:
        return None
    if byte_range == UNSATISFIABLE:
        refusal = set_headers(HttpResponse(status=416), document, stored)
        refusal["Content-Range"] = f"bytes */{stored.size}"
        return refusal
    start, end = byte_range
    partial = StreamingHttpResponse(
        FileRange(stored.open(), start, end - start + 1),
        status=206,
        content_type=document.content_type,
    )
    for name, value in response.items():
        partial[name] = value
    partial["Content-Range"] = f"bytes {start}-{end}/{stored.size}"
    partial["Content-Length"] = str(end - start + 1)
    if start == 0:
        count(request, document)
    return partial


def count(request, document):
    """One download: Wagtail's document_served signal, received by publications/signals.py."""
    document_served.send(sender=type(document), instance=document, request=request)


@require_safe
def serve(request, document_id, document_filename):
    Document = get_document_model()
    document = get_object_or_404(Document, id=document_id)
    # The name must match too: the pair names one document (as in Wagtail's view).
    if document.filename != document_filename:
        raise Http404("This document does not match the given filename.")

    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result  # view restrictions: the password form or a login redirect

    stored = StoredFile(document)
    response = set_headers(HttpResponse(content_type=document.content_type), document, stored)
    response["Content-Disposition"] = content_disposition(document)
    response["Content-Length"] = str(stored.size)

    conditional = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=stored.modified,
        response=response,
    )
    if conditional is not response:  # 304 Not Modified or 412 Precondition Failed
        conditional["Content-Security-Policy"] = DOCUMENT_CSP
        conditional["X-Content-Type-Options"] = "nosniff"
        return conditional
    if request.method == "HEAD":
        return response  # the headers of a GET, no body (a Range is ignored, RFC 9110 14.2)

    partial = send_range(request, document, stored, response)
    if partial is not None:
        return partial

    whole = FileResponse(stored.open(), content_type=document.content_type)
    whole.block_size = BLOCK_SIZE
    for name, value in response.items():
        whole[name] = value
    count(request, document)
    return whole


# Mounted at /documents/ (config/urls.py), under Wagtail's URL names.
urlpatterns = [
    path("<int:document_id>/<str:document_filename>", serve, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]
