"""Where media go, from the environment (config/settings/storage.py): the local folder unless
AWS_STORAGE_BUCKET_NAME is set; public renditions at the custom domain, else at the bucket's
own address; that origin allowed in the pages' img-src."""

from config.settings import storage


def test_without_a_bucket_media_stay_in_the_local_folder():
    assert storage.media_storage({}) is None
    assert storage.media_origin({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}) is None


def test_a_bucket_on_another_store_is_read_at_its_endpoint():
    environ = {
        "AWS_STORAGE_BUCKET_NAME": "media",
        "AWS_S3_ENDPOINT_URL": "https://fra1.digitaloceanspaces.com/",
        "AWS_S3_REGION_NAME": "fra1",
        "AWS_LOCATION": "/site/",
    }
    assert storage.media_storage(environ) == {
        "BACKEND": "core.object_storage.ObjectStorage",
        "OPTIONS": {
            "bucket_name": "media",
            "public_url": "https://fra1.digitaloceanspaces.com/media",
            "max_memory_size": 4 * 1024 * 1024,
            "endpoint_url": "https://fra1.digitaloceanspaces.com/",
            "region_name": "fra1",
            "location": "site",
        },
    }
    assert storage.media_origin(environ) == "https://fra1.digitaloceanspaces.com"


def test_amazon_and_a_cdn():
    amazon = {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_REGION_NAME": "eu-west-3"}
    assert storage.public_media_url(amazon) == "https://media.s3.eu-west-3.amazonaws.com"
    cdn = {**amazon, "AWS_S3_CUSTOM_DOMAIN": "media.example.org"}
    assert storage.public_media_url(cdn) == "https://media.example.org"
    assert storage.media_origin(cdn) == "https://media.example.org"
