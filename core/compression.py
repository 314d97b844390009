"""Compression of the site's own responses (pages, feeds, calendars, the sitemap): brotli or gzip,
whichever the client's Accept-Encoding prefers, whether or not a proxy in front compresses too.

WhiteNoise serves the static files itself, already compressed by collectstatic (.br and .gz), and
answers before this middleware runs. Here the response is compressed on the fly: brotli at
quality 5 (quality 11, brotli's default, is meant for files compressed once and costs a hundred
times more), gzip at level 6 (Django's).

BREACH: compressing a page that holds a secret and echoes what the reader sent lets an attacker
guess the secret from the compressed sizes. The site's anonymous pages hold no secret (no CSRF
token, no session: they do not vary on Cookie), so they are compressed deterministically, which
keeps their ETag stable. A response that varies on Cookie (the admin, a form with its CSRF token)
gets gzip with Django's BREACH mitigation (up to 100 random bytes in the gzip header, "Heal the
Breach"), and no brotli, which has no such padding; Django also masks the CSRF token anew in
every response.
"""

import brotli
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

BROTLI_QUALITY = 5
# Shorter bodies gain nothing worth the headers (Django's GZipMiddleware uses the same bound).
MIN_SIZE = 200
COMPRESSIBLE_TYPES = {
    "application/javascript",
    "application/json",
    "application/xml",
    "image/svg+xml",
}
# Preference when the client accepts several with the same q-value: brotli is smaller.
PREFERENCE = ("br", "gzip")

_coding_re = _lazy_re_compile(r"^\s*([A-Za-z0-9*-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def _q_values(accept_encoding):
    values = {}
    for part in accept_encoding.split(","):
        match = _coding_re.match(part)
        if not match:
            continue
        coding, q = match[1].lower(), match[2]
        try:
            values[coding] = float(q) if q is not None else 1.0
        except ValueError:
            values[coding] = 0.0
    return values


def negotiate(accept_encoding, allow_brotli=True):
    """The content coding to send for an Accept-Encoding header: "br", "gzip" or "identity".

    The highest q-value wins, brotli on a tie; "*" stands for any coding not named; q=0 refuses.
    """
    values = _q_values(accept_encoding or "")
    best, best_q = "identity", 0.0
    for coding in PREFERENCE:
        if coding == "br" and not allow_brotli:
            continue
        q = values.get(coding, values.get("*", 0.0))
        if q > best_q:
            best, best_q = coding, q
    return best


def is_compressible(response):
    content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return (
        content_type.startswith("text/")
        or content_type in COMPRESSIBLE_TYPES
        or content_type.endswith(("+xml", "+json"))
    )


def is_private(response):
    """Whether the response may hold a secret of the reader's (it varies on their cookies)."""
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    return "cookie" in vary or "*" in vary


def compress_response(request, response):
    if (
        response.streaming
        or response.has_header("Content-Encoding")
        or not is_compressible(response)
        or len(response.content) < MIN_SIZE
    ):
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    private = is_private(response)
    coding = negotiate(request.META.get("HTTP_ACCEPT_ENCODING", ""), allow_brotli=not private)
    if coding == "identity":
        return response
    if coding == "br":
        compressed = brotli.compress(
            response.content, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY
        )
    else:
        compressed = compress_string(response.content, max_random_bytes=100 if private else 0)
    if len(compressed) >= len(response.content):
        return response
    response.content = compressed
    response["Content-Length"] = str(len(compressed))
    response["Content-Encoding"] = coding
    # The bytes differ from the identity's: a strong ETag set below becomes weak (as Django's
    # GZipMiddleware does), so that it still matches the identity's in a conditional request.
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = "W/" + etag
    return response


class CompressionMiddleware:
    """Put right below WhiteNoise and the page cache (which stores what this produces)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return compress_response(request, self.get_response(request))
