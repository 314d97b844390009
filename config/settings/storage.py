"""Where media go, read from the environment: the local folder (MEDIA_ROOT) by default, or an
S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set (core/object_storage.py; docs/deploy.md,
"Object storage for media"). Pure functions of an environ mapping; base.py calls them with
os.environ.

    AWS_STORAGE_BUCKET_NAME   the bucket (turns object storage on)
    AWS_S3_ENDPOINT_URL       the store's API, for a store other than Amazon's
                              (e.g. https://fra1.digitaloceanspaces.com, http://127.0.0.1:9000)
    AWS_S3_REGION_NAME        the bucket's region (Amazon: needed for its address)
    AWS_ACCESS_KEY_ID,        the credentials, read by boto3 itself (or an instance role, a
    AWS_SECRET_ACCESS_KEY     profile: boto3's usual chain)
    AWS_S3_CUSTOM_DOMAIN      the host (a CDN) that serves the public renditions, e.g.
                              media.example.org; else the bucket's own address
    AWS_LOCATION              a folder in the bucket for all keys (a bucket shared with others)
    AWS_S3_MAX_MEMORY_SIZE    bytes of a file read from the store kept in memory before a
                              temporary file takes over (4 MB)
"""

from urllib.parse import urlsplit

MB = 1024 * 1024


def _value(environ, name):
    return environ.get(name, "").strip()


def public_media_url(environ):
    """The address that public keys (renditions) are read at, without a trailing slash: the
    custom domain (https), else the bucket on its endpoint (path style), else Amazon's."""
    bucket = _value(environ, "AWS_STORAGE_BUCKET_NAME")
    domain = _value(environ, "AWS_S3_CUSTOM_DOMAIN").rstrip("/")
    endpoint = _value(environ, "AWS_S3_ENDPOINT_URL").rstrip("/")
    region = _value(environ, "AWS_S3_REGION_NAME")
    if domain:
        url = domain if "://" in domain else f"https://{domain}"
    elif endpoint:
        url = f"{endpoint}/{bucket}"
    elif region:
        url = f"https://{bucket}.s3.{region}.amazonaws.com"
    else:
        url = f"https://{bucket}.s3.amazonaws.com"
    return url  # the key follows, AWS_LOCATION included


def media_storage(environ):
    """STORAGES["default"]: the bucket when AWS_STORAGE_BUCKET_NAME is set, else None (the
    local folder)."""
    bucket = _value(environ, "AWS_STORAGE_BUCKET_NAME")
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "public_url": public_media_url(environ),
        "max_memory_size": int(_value(environ, "AWS_S3_MAX_MEMORY_SIZE") or 4 * MB),
    }
    if _value(environ, "AWS_S3_ENDPOINT_URL"):
        options["endpoint_url"] = _value(environ, "AWS_S3_ENDPOINT_URL")
    if _value(environ, "AWS_S3_REGION_NAME"):
        options["region_name"] = _value(environ, "AWS_S3_REGION_NAME")
    if _value(environ, "AWS_LOCATION"):
        options["location"] = _value(environ, "AWS_LOCATION").strip("/")
    return {"BACKEND": "core.object_storage.ObjectStorage", "OPTIONS": options}


def media_origin(environ):
    """The origin (scheme://host[:port]) of public media, for the Content-Security-Policy's
    img-src; None when media are the site's own (/media/)."""
    if not _value(environ, "AWS_STORAGE_BUCKET_NAME"):
        return None
    parts = urlsplit(public_media_url(environ))
    return f"{parts.scheme}://{parts.netloc}"
