"""Django's Redis and file caches, failing open: with Redis down or unreachable, or the cache's
disk full or read-only, every read is a miss and every write is dropped (with a warning in the
log), so the site is slower, never broken. Wagtail (site root paths), the page cache, the
furniture and the routing cache all go through it."""

import functools
import logging

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# What each operation answers when the cache cannot: a miss, nothing stored, nothing deleted.
FALLBACKS = {
    "get": lambda key, default=None, version=None: default,
    "get_many": lambda *args, **kwargs: {},
    "has_key": lambda *args, **kwargs: False,
    "add": lambda *args, **kwargs: False,
    "set": lambda *args, **kwargs: None,
    "set_many": lambda keys, *args, **kwargs: list(keys),
    "touch": lambda *args, **kwargs: False,
    "delete": lambda *args, **kwargs: False,
    "delete_many": lambda *args, **kwargs: None,
    "clear": lambda *args, **kwargs: False,
}


def _tolerant(backend, name):
    method = getattr(backend, name)
    fallback = FALLBACKS[name]

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - redis.ConnectionError, TimeoutError, OSError
            logger.warning("%s unavailable (%s): %r", backend.__name__, name, error)
            return fallback(*args, **kwargs)

    return call


class TolerantRedisCache(RedisCache):
    pass


class TolerantFileBasedCache(FileBasedCache):
    def _createdir(self):
        try:
            super()._createdir()
        except OSError as error:  # every operation will fail open in turn
            logger.warning("FileBasedCache unavailable (folder): %r", error)


for _name in FALLBACKS:
    setattr(TolerantRedisCache, _name, _tolerant(RedisCache, _name))
    setattr(TolerantFileBasedCache, _name, _tolerant(FileBasedCache, _name))
