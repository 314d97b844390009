"""Media on S3-compatible object storage (django-storages), for several app servers sharing
one set of uploads. config/settings/storage.py turns it on when AWS_STORAGE_BUCKET_NAME is set.

One bucket, two kinds of object, told apart by their key (docs/deploy.md, "Object storage for
media"):

- public: Wagtail's renditions (`images/`), the only media a page shows. Their address is
  plain and stable (the CDN's AWS_S3_CUSTOM_DOMAIN, else the bucket's own), never a signed
  link that expires: the page cache and a CDN keep pages that name them. The bucket's policy
  lets anyone read `images/*`, and nothing else.
- private: everything else. Documents (`documents/`) are sent by the site's download view,
  which counts them and applies their collection's restrictions (publications/downloads.py);
  originals (`original_images/`) may carry a camera's metadata (a place, a serial number) that
  renditions leave out. Their address, which only the admin shows, is a link signed for an
  hour.

The rules of issue 15 hold as on disk (core/uploads.py): every error of the object store
(botocore's and boto3's, which are not OSError) is raised as an `ObjectStorageError`, an
OSError, so that a failed upload is a message on the form, a rendition that cannot be written
is a missing image, and a document that cannot be read is a 404. An object is written by one
PUT (or a multipart upload, which the store assembles only once it is complete): a failed
write leaves no partial object; one left anyway is removed, as on disk.
"""

import logging

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3File, S3Storage
from storages.utils import clean_name

logger = logging.getLogger(__name__)

# Keys that anyone may read (Wagtail's renditions); the bucket policy must say the same.
PUBLIC_PREFIXES = ("images/",)
# A store that does not answer fails an upload or a page's image in seconds, not minutes;
# one retry on a dropped connection. Checksums only where S3 requires them: many S3-compatible
# stores refuse the ones boto3 adds by default.
CLIENT_CONFIG = Config(
    signature_version="s3v4",
    connect_timeout=3,
    read_timeout=20,
    retries={"max_attempts": 2, "mode": "standard"},
    request_checksum_calculation="when_required",
    response_checksum_validation="when_required",
)
STORE_ERRORS = (BotoCoreError, ClientError, Boto3Error)


class ObjectStorageError(OSError):
    """The object store failed (unreachable, refused, timed out): a storage error."""


def as_storage_error(error):
    return ObjectStorageError(f"object storage: {error}")


class ObjectFile(S3File):
    """django-storages' file, whose download errors are storage errors. Read whole into a
    temporary file (in memory up to AWS_S3_MAX_MEMORY_SIZE, then on disk) on first read."""

    def _get_file(self):
        try:
            return super()._get_file()
        except STORE_ERRORS as error:
            raise as_storage_error(error) from error

    file = property(_get_file, S3File._set_file)


class ObjectStorage(S3Storage):
    """django-storages' S3 storage with public renditions at stable addresses, private
    everything else, and storage errors as OSError."""

    client_config = CLIENT_CONFIG
    # Never overwrite: two uploads named photo.jpg are two objects (Django adds a suffix).
    file_overwrite = False
    # No ACLs (most buckets refuse them): the bucket policy makes `images/*` public.
    default_acl = None
    querystring_auth = True

    def get_default_settings(self):
        # public_url: where public keys are read, e.g. https://media.example.org (settings).
        return {**super().get_default_settings(), "public_url": None}

    @staticmethod
    def is_public(name):
        return clean_name(name).startswith(PUBLIC_PREFIXES)

    def url(self, name, parameters=None, expire=None, http_method=None):
        if self.is_public(name) and self.public_url:
            key = self._normalize_name(clean_name(name))
            return f"{self.public_url.rstrip('/')}/{filepath_to_uri(key)}"
        # A private key: a signed link to the store itself, whatever custom domain is set.
        key = self._normalize_name(clean_name(name))
        try:
            return self.connection.meta.client.generate_presigned_url(
                "get_object",
                Params={**(parameters or {}), "Bucket": self.bucket_name, "Key": key},
                ExpiresIn=self.querystring_expire if expire is None else expire,
                HttpMethod=http_method,
            )
        except STORE_ERRORS as error:
            raise as_storage_error(error) from error

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if self.is_public(name):
            # A rendition's name is its image's and filter's: kept a day by browsers and CDNs.
            parameters.setdefault("CacheControl", "public, max-age=86400")
        return parameters

    def _open(self, name, mode="rb"):
        name = self._normalize_name(clean_name(name))
        try:
            return ObjectFile(name, mode, self)
        except ClientError as error:
            if error.response["ResponseMetadata"]["HTTPStatusCode"] == 404:
                raise FileNotFoundError(f"File does not exist: {name}") from error
            raise as_storage_error(error) from error
        except STORE_ERRORS as error:
            raise as_storage_error(error) from error

    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except STORE_ERRORS as error:
            self._remove_partial(name)
            raise as_storage_error(error) from error

    def _remove_partial(self, name):
        """An object left by a failed write is this write's own (its name was free)."""
        try:
            if self.exists(name):
                self.delete(name)
        except OSError:
            logger.warning("Could not check for a partial upload %s", name)


def _store_errors_as_os_errors(method):
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except STORE_ERRORS as error:
            raise as_storage_error(error) from error

    call.__name__ = method.__name__
    call.__doc__ = method.__doc__
    return call


for _name in ("delete", "exists", "listdir", "size", "get_modified_time"):
    setattr(ObjectStorage, _name, _store_errors_as_os_errors(getattr(S3Storage, _name)))
