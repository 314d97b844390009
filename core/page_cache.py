"""Whole responses to anonymous readers, kept in Django's cache and purged when what they show
changes (issue 14). See "Caching" in docs/development.md.

A response is stored per host, language, accepted encoding and full path (query string
included). With it go the *version stamps* it was rendered under, read in the same round trip:

- the site's generation (`pc:gen`): a whole-site purge changes it;
- a tree stamp for the path and each of its prefixes (`/`, `/en/`, `/en/news/`, ...): a tree
  purge of `/en/news/` drops the index, its routes (feeds, archives, `?page=2`) and its
  articles at once;
- an exact stamp for the path: an exact purge drops the path and its query-string variants only;
- a listing stamp for addresses that list every page (search, the sitemap and its sections):
  every publish drops them.

A stored response is served only while all its stamps are unchanged, so a purge is a few
`cache.set` calls, never a scan, and a stamp lost to culling (or a cleared cache) only causes
a miss. Publishing, unpublishing, moving and deleting pages and changing what pages show
(snippets, view restrictions, sites, images, documents) purge through the signals connected in
`connect()`; the menu and footer cache (core/furniture.py) follows the site's generation.
"""

import hashlib
import logging
import re
import time
from urllib.parse import unquote

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import http_date, parse_http_date_safe
from django.utils.translation import get_language_from_path, get_language_from_request

from core.compression import negotiate

logger = logging.getLogger(__name__)

GENERATION = "pc:gen"
# Readers' copies are short (a browser cannot be told to forget one); shared caches keep
# theirs longer, since a publish purges them when a frontend cache is configured
# (WAGTAILFRONTENDCACHE); the server's own cache is purged exactly and keeps a page until the
# end of its time slot, which also bounds what changes by itself (an event that ends).
DEFAULTS = {
    "PAGE_CACHE_ENABLED": True,
    "PAGE_CACHE_MAX_AGE": 60,
    "PAGE_CACHE_S_MAXAGE": 600,
    "PAGE_CACHE_TIMEOUT": 600,
    # Never cached: the admin and previews, documents (each download is counted), media.
    "PAGE_CACHE_EXCLUDE": [r"^/admin/", r"^/documents/", r"^/media/", r"^/static/"],
    # Addresses whose responses list every page: dropped on every publish.
    "PAGE_CACHE_LISTINGS": [r"^/sitemap[^/]*\.xml$", r"^/[^/]+/search/$"],
}
# Headers a response may vary on and still be stored: both are part of the key.
STORABLE_VARY = {"accept-language", "accept-encoding"}


def option(name):
    return getattr(settings, name, DEFAULTS[name])


def _digest(text):
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def tree_key(path):
    return f"pc:t:{_digest(unquote(path))}"


def exact_key(path):
    """Keys name the decoded path: a request's (`/es/noticías/`) and a reversed URL's
    (`/es/notic%C3%ADas/`) must meet."""
    return f"pc:x:{_digest(unquote(path))}"


def listing_key(pattern):
    return f"pc:l:{_digest(pattern)}"


def stamp():
    return time.time_ns()


def version_keys(path):
    """The stamps a response for `path` depends on, generation first."""
    keys = [GENERATION]  # the tree of "/" is the whole site: its generation
    prefix = "/"
    for segment in path.strip("/").split("/"):
        if segment:
            prefix += segment + "/"
            keys.append(tree_key(prefix))
    keys.append(exact_key(path))
    keys.extend(listing_key(p) for p in option("PAGE_CACHE_LISTINGS") if re.search(p, path))
    return keys


def site_version():
    """The site's generation: it changes on every whole-site purge (the furniture's key).
    With the cache out of order, a new value each time, which matches nothing stored."""
    try:
        version = cache.get(GENERATION)
        if version is None:
            cache.add(GENERATION, stamp(), None)
            version = cache.get(GENERATION)
    except Exception as error:  # noqa: BLE001 - any backend failure (Redis down, disk full)
        unavailable(error)
        return stamp()
    return version if version is not None else stamp()


def unavailable(error):
    """A cache that fails is a slower site, never a broken one: say so and carry on."""
    logger.warning("Django's cache is unavailable, serving uncached: %r", error)


def cache_get(key):
    """`cache.get`, or None when the cache fails."""
    try:
        return cache.get(key)
    except Exception as error:  # noqa: BLE001
        unavailable(error)
        return None


def cache_set(key, value, timeout):
    """`cache.set`, or nothing when the cache fails."""
    try:
        cache.set(key, value, timeout)
    except Exception as error:  # noqa: BLE001
        unavailable(error)


# Requests and responses ------------------------------------------------------------------


def _encoding(request):
    """The encoding the compression below (core/compression.py) will choose: br, gzip or
    identity, whatever the spelling of the header."""
    return negotiate(request.headers.get("Accept-Encoding", ""))


def identified(request):
    """A request that speaks for someone: a session (an editor, a login in progress) or
    credentials. It is never served from the cache nor stored."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "Authorization" in request.headers


def cacheable_request(request):
    if not option("PAGE_CACHE_ENABLED") or request.method not in ("GET", "HEAD"):
        return False
    if identified(request):
        return False
    return not any(re.search(pattern, request.path) for pattern in option("PAGE_CACHE_EXCLUDE"))


def entry_key(request):
    language = get_language_from_path(request.path_info) or get_language_from_request(request)
    key = "|".join([request.get_host(), language, _encoding(request), request.get_full_path()])
    return f"pc:e:{_digest(key)}"


def storable(request, response):
    """A complete, public 200 answer to an anonymous GET (or HEAD) that sets no cookie."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.streaming:
        return False
    if response.cookies:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    if vary - STORABLE_VARY:
        return False
    control = {
        d.split("=")[0].strip().lower()
        for d in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if control & {"private", "no-store", "no-cache"}:
        return False
    session = getattr(request, "session", None)
    return not (session is not None and (session.accessed or session.modified))


def mark_private(response):
    """Nobody but the reader may keep it, and the reader must ask again before using it."""
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _slot(now, key):
    """The start of the current time slot of the entry `key` and the seconds left in it.
    Each entry's slots are shifted by an offset drawn from its key, so that stored pages
    expire spread over the slot rather than all at once (no burst of re-renders)."""
    length = option("PAGE_CACHE_TIMEOUT")
    offset = int(key[-8:], 16) % length
    start = now - (now - offset) % length
    return start, max(1, int(start + length - now))


def _make_public(response, key, versions, now):
    """Cache-Control for readers and shared caches, and validators that stay the same until
    something the response shows is purged (or its time slot ends): a weak ETag naming the
    address and the version of everything it shows, so a fresh render of an unchanged page
    (a calendar with a new DTSTAMP, a compressed copy) still answers If-None-Match with 304,
    and the time of the last such purge as Last-Modified."""
    patch_cache_control(
        response,
        public=True,
        max_age=option("PAGE_CACHE_MAX_AGE"),
        s_maxage=option("PAGE_CACHE_S_MAXAGE"),
    )
    start, _left = _slot(now, key)
    if not response.has_header("ETag"):
        response["ETag"] = f'W/"{_digest(f"{key}|{versions}|{start}")}"'
    changed = max([start, *(v // 1_000_000_000 for v in versions)])
    declared = parse_http_date_safe(response.get("Last-Modified", "")) or 0
    response["Last-Modified"] = http_date(max(changed, declared))


def _conditional(request, response):
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )


def _from_entry(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serves stored anonymous responses before sessions, users or the database are touched;
    stores the anonymous responses it may; marks the others private."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            response = self.get_response(request)
            if identified(request) and request.method in ("GET", "HEAD"):
                mark_private(response)
            return response
        try:
            key = entry_key(request)
        except Exception:  # DisallowedHost and the like: let Django answer it
            return self.get_response(request)
        keys = version_keys(request.path)
        try:
            found = cache.get_many([*keys, key])
        except Exception as error:  # noqa: BLE001 - the cache is down: serve uncached
            unavailable(error)
            return self.get_response(request)
        versions = [found.get(k) for k in keys]
        entry = found.get(key)
        if entry is not None and entry["versions"] == versions:
            response = _conditional(request, _from_entry(entry))
            response["X-Page-Cache"] = "hit"
            return response
        missing = {k: stamp() for k, v in zip(keys, versions, strict=True) if v is None}
        if missing:
            try:
                cache.set_many(missing, None)
            except Exception as error:  # noqa: BLE001
                unavailable(error)
                return self.get_response(request)
            versions = [
                v if v is not None else missing[k] for k, v in zip(keys, versions, strict=True)
            ]
        response = self.get_response(request)
        if not storable(request, response):
            if response.cookies or "cookie" in response.get("Vary", "").lower():
                mark_private(response)
            return response
        now = time.time()
        _make_public(response, key, versions, now)
        if request.method == "HEAD":  # the same headers as a GET, nothing stored
            return _conditional(request, response)
        entry = {
            "content": response.content,
            "status": response.status_code,
            "headers": list(response.items()),
            "versions": versions,
        }
        cache_set(key, entry, _slot(now, key)[1])
        response = _conditional(request, response)
        response["X-Page-Cache"] = "miss"
        return response
