"""Backups (core/backups.py): `manage.py backup` and `manage.py restore` run as an operator runs
them, in subprocesses with the production settings.

PostgreSQL: the test database (the demo content, plus a document of this module downloaded three
times) and its media are backed up, restored into a new empty database on the same server and a
new media folder, and compared: pages, their titles and texts in English, Spanish and Basque,
translation groups, download counts, media checksums, the home pages served in each language.
A database with tables and a tampered archive are refused; pg_dump and pg_restore get the
password in their environment, never in their arguments. Skipped (with the reason) when the
tests do not run on PostgreSQL, failed in CI.

The same archive restored into an S3 bucket (moto's server) and backed up from there: media go
through Django's storage API both ways.

SQLite: the same round trip for a file copy of the test database, when the tests run on SQLite.
"""

import hashlib
import json
import secrets
import shutil
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client

from core.cache_backends import TolerantFileBasedCache
from tests.conftest import running_in_ci
from tests.deploy.services import ObjectStore
from tests.deploy.stack import (
    database_url,
    maintenance_connection,
    postgres_url,
    production_environment,
)
from tests.test_settings_safety import manage

# Every test in the first group (with the database), before the transactional tests that empty
# the tables: the round trip reads the demo content.
pytestmark = pytest.mark.django_db
PROBE = "backup-test-probe"
DOCUMENT_TITLE = "Backup test: downloaded three times"
DOWNLOADS = 3


def operator_environment(tmp_path, db_url, media_root):
    """The production settings for `db_url`, with the uploads in `media_root` and a file
    cache of its own."""
    return production_environment(tmp_path, db_url, MEDIA_ROOT=str(media_root))


def backup(env, directory):
    result = manage(env, "backup", "--dir", str(directory))
    assert result.returncode == 0, result.stderr
    [archive] = Path(directory).glob("consortium-*.tar")
    return archive


def snapshot(env, serve=True):
    """What a restore must bring back, read by `manage.py shell` with `env`; `serve` requests
    the home pages too (which stores their renditions)."""
    code = f"from tests.core.test_backups import print_snapshot; print_snapshot({serve})"
    result = manage(env, "shell", "-c", code)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def print_snapshot(serve):
    """Runs inside `manage.py shell`: pages with their texts, translation groups, download
    counts, the home page served in each language, the cache probe; as JSON."""
    from django.core.cache import cache
    from django.db.models import TextField
    from django.test import override_settings
    from wagtail.fields import StreamField
    from wagtail.models import Page

    from publications.documents import ResourceDocument

    texts, groups = {}, {}
    for page in Page.objects.filter(depth__gt=1).specific().select_related("locale"):
        language = page.locale.language_code
        fields = {"title": page.title, "live": page.live}
        for field in type(page)._meta.concrete_fields:
            if isinstance(field, TextField | StreamField):
                fields[field.name] = field.value_to_string(page)
        texts[f"{language} {page.url_path}"] = fields
        groups.setdefault(str(page.translation_key), []).append(language)
    downloads = {
        document.title: [
            document.download_count,
            sorted((str(month.month), month.count) for month in document.download_months.all()),
        ]
        for document in ResourceDocument.objects.prefetch_related("download_months")
    }
    plain_static = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    served = {}
    with override_settings(STORAGES=plain_static):
        languages = ("en", "es", "eu") if serve else ()
        client = Client(HTTP_HOST="example.org")
        for language in languages:
            response = client.get(f"/{language}/", HTTP_X_FORWARDED_PROTO="https")  # nginx
            home = Page.objects.get(depth=2, locale__language_code=language)
            served[language] = [response.status_code, home.title in response.content.decode()]
    print(
        json.dumps(
            {
                "pages": Page.objects.count(),
                "texts": texts,
                "translations": sorted(sorted(languages) for languages in groups.values()),
                "downloads": downloads,
                "served": served,
                "probe": cache.get(PROBE),
            }
        )
    )


def media_checksums(root):
    """{name: sha256} of every file under `root`, read from the disk."""
    root = Path(root)
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def plant_probe(env):
    """A value in the restored site's cache before the restore: the restore must clear it."""
    TolerantFileBasedCache(env["DJANGO_CACHE_DIR"], {}).set(PROBE, "stale", None)


def languages_of(state):
    return {key.split()[0] for key in state["texts"]}


# PostgreSQL --------------------------------------------------------------------------------


def require_postgres():
    if connection.vendor != "postgresql":
        problem = "the tests run on SQLite (set DATABASE_URL to a PostgreSQL database)"
    elif not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        problem = "pg_dump and pg_restore are not installed (postgresql-client)"
    else:
        return
    if running_in_ci():
        pytest.fail(f"CI needs the PostgreSQL backup round trip: {problem}")
    pytest.skip(f"PostgreSQL backup round trip: {problem}")


class EmptyDatabases:
    """New empty databases on the test database's server, dropped at the end."""

    def __init__(self):
        self.db = dict(connection.settings_dict)
        self.names = []

    def create(self, suffix):
        name = f"{self.db['NAME'][:40]}_{suffix}"
        with maintenance_connection(self.db) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return postgres_url(self.db, name)

    def query(self, url, sql):
        """The one value `sql` selects in the database of `url`."""
        db = self.db
        with psycopg.connect(
            dbname=url.rsplit("/", 1)[1],
            user=db["USER"] or None,
            password=db["PASSWORD"] or None,
            host=db["HOST"] or None,
            port=db["PORT"] or None,
        ) as target:
            return target.execute(sql).fetchone()[0]

    def drop_all(self):
        with maintenance_connection(self.db) as admin:
            for name in self.names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def downloaded_document():
    """A document of this module, committed to the test database and downloaded through the
    site's document view, DOWNLOADS times."""
    from publications.documents import ResourceDocument

    ResourceDocument.objects.filter(title=DOCUMENT_TITLE).delete()
    document = ResourceDocument.objects.create(
        title=DOCUMENT_TITLE,
        file=ContentFile(b"%PDF-1.4\n" + secrets.token_bytes(4096), name="backup-test.pdf"),
    )
    client = Client()
    for _ in range(DOWNLOADS):
        response = client.get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    document.refresh_from_db()
    assert document.download_count == DOWNLOADS
    return document


@pytest.fixture(scope="module")
def round_trip(django_db_setup, django_db_blocker, tmp_path_factory):
    """Backs up the test database and MEDIA_ROOT, restores them into a new database and media
    folder; the archive, both snapshots and both media folders."""
    require_postgres()
    tmp_path = tmp_path_factory.mktemp("backups")
    databases = EmptyDatabases()
    with django_db_blocker.unblock():
        document = downloaded_document()
    try:
        db = connection.settings_dict
        source_env = operator_environment(
            tmp_path / "source", postgres_url(db, db["NAME"]), settings.MEDIA_ROOT
        )
        archive = backup(source_env, tmp_path / "archives")
        source_media = media_checksums(settings.MEDIA_ROOT)
        restored_media = tmp_path / "restored-media"
        restored_env = operator_environment(
            tmp_path / "restored", databases.create("restored"), restored_media
        )
        plant_probe(restored_env)
        restore = manage(restored_env, "restore", str(archive))
        assert restore.returncode == 0, restore.stderr
        print(restore.stdout)
        yield {
            "archive": archive,
            "source_media": source_media,
            "restored_media": media_checksums(restored_media),
            "source": snapshot(source_env, serve=False),
            "restored": snapshot(restored_env),
            "restored_env": restored_env,
            "databases": databases,
            "tmp_path": tmp_path,
            "document_member": f"media/{document.file.name}",
        }
    finally:
        databases.drop_all()
        with django_db_blocker.unblock():
            document.delete()


def manifest_of(archive):
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("manifest.json"))


def test_the_archive_holds_the_dump_the_media_and_their_checksums(round_trip):
    archive = round_trip["archive"]
    manifest = manifest_of(archive)
    assert archive.stat().st_mode & 0o077 == 0  # readable by its owner only

    assert manifest["database"]["vendor"] == "postgresql"
    members = {member["name"]: member for member in manifest["members"]}
    with tarfile.open(archive) as tar:
        assert tar.getnames()[0] == "database.pgdump"
        assert tar.getnames()[-1] == "manifest.json"
        for name, member in members.items():
            data = tar.extractfile(name).read()
            assert (len(data), hashlib.sha256(data).hexdigest()) == (
                member["size"],
                member["sha256"],
            )
    archived_media = {
        name.removeprefix("media/"): member["sha256"]
        for name, member in members.items()
        if name.startswith("media/")
    }
    assert archived_media == round_trip["source_media"]
    assert round_trip["document_member"].removeprefix("media/") in archived_media

    applied = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        applied[app] = max(name, applied.get(app, ""))
    assert manifest["migrations"] == applied
    import django
    import wagtail

    assert manifest["versions"]["django"] == django.get_version()
    assert manifest["versions"]["wagtail"] == wagtail.__version__


def test_a_restore_brings_back_pages_texts_translations_downloads_and_media(round_trip):
    source, restored = round_trip["source"], round_trip["restored"]
    assert languages_of(source) == {"en", "es", "eu"}
    assert source["pages"] > 100
    assert ["en", "es", "eu"] in source["translations"]
    assert source["downloads"][DOCUMENT_TITLE][0] == DOWNLOADS

    assert restored["pages"] == source["pages"]
    assert restored["texts"] == source["texts"]
    assert restored["translations"] == source["translations"]
    assert restored["downloads"] == source["downloads"]
    assert round_trip["restored_media"] == round_trip["source_media"]
    assert restored["served"] == {language: [200, True] for language in ("en", "es", "eu")}
    assert restored["probe"] is None  # the cache of before was cleared


def test_a_database_with_tables_is_refused_unless_replacing_is_asked_for(round_trip):
    env, databases = round_trip["restored_env"], round_trip["databases"]
    refused = manage(env, "restore", str(round_trip["archive"]))
    assert refused.returncode != 0
    assert "already has" in refused.stderr
    assert "nothing was restored" in refused.stderr

    replaced = manage(env, "restore", "--replace-existing", str(round_trip["archive"]))
    assert replaced.returncode == 0, replaced.stderr
    assert "replaced the" in replaced.stdout
    pages = databases.query(env["DATABASE_URL"], "SELECT count(*) FROM wagtailcore_page")
    assert pages == round_trip["source"]["pages"]


def test_a_tampered_archive_is_refused_before_anything_is_written(round_trip):
    archive, tmp_path = round_trip["archive"], round_trip["tmp_path"]
    tampered = tmp_path / "tampered" / archive.name
    tampered.parent.mkdir()
    shutil.copy(archive, tampered)
    with tarfile.open(archive) as tar:
        member = tar.getmember(round_trip["document_member"])
    with tampered.open("r+b") as handle:
        handle.seek(member.offset_data + 100)
        byte = handle.read(1)[0]
        handle.seek(member.offset_data + 100)
        handle.write(bytes([byte ^ 1]))

    databases = round_trip["databases"]
    url = databases.create("tampered")
    media = tmp_path / "tampered-media"
    env = operator_environment(tmp_path / "tampered-env", url, media)
    refused = manage(env, "restore", str(tampered))
    assert refused.returncode != 0
    assert f"{member.name}: its checksum does not match" in refused.stderr
    tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
    assert databases.query(url, tables) == 0
    assert not media.exists() or media_checksums(media) == {}


def test_pg_dump_and_pg_restore_get_the_password_in_their_environment_only(round_trip):
    """PG_BINDIR points at wrappers that write down their arguments and PGPASSWORD."""
    tmp_path, databases = round_trip["tmp_path"], round_trip["databases"]
    calls = tmp_path / "pg-calls.log"
    wrappers = tmp_path / "pg-bin"
    wrappers.mkdir()
    for tool in ("pg_dump", "pg_restore"):
        wrapper = wrappers / tool
        wrapper.write_text(
            "#!/bin/sh\n"
            f'echo "{tool} $*" >> {calls}\n'
            f'echo "PGPASSWORD=$PGPASSWORD" >> {calls}\n'
            f'exec {shutil.which(tool)} "$@"\n'
        )
        wrapper.chmod(0o755)
    password = secrets.token_urlsafe(12)
    db = {**connection.settings_dict, "PASSWORD": password}
    source_env = {
        **operator_environment(tmp_path / "pw", postgres_url(db, db["NAME"]), settings.MEDIA_ROOT),
        "PG_BINDIR": str(wrappers),
    }
    archive = backup(source_env, tmp_path / "pw-archives")
    target = postgres_url(db, databases.create("password").rsplit("/", 1)[1])
    restore = manage(
        {**source_env, "DATABASE_URL": target, "MEDIA_ROOT": str(tmp_path / "pw-media")},
        "restore",
        str(archive),
    )
    assert restore.returncode == 0, restore.stderr

    lines = calls.read_text().splitlines()
    commands = [line for line in lines if not line.startswith("PGPASSWORD=")]
    assert {command.split()[0] for command in commands} == {"pg_dump", "pg_restore"}
    assert not any(password in command for command in commands)
    assert set(lines) - set(commands) == {f"PGPASSWORD={password}"}


def require_moto():
    try:
        import moto.server  # noqa: F401
    except ImportError:
        problem = "moto's S3 server is not installed (pip install -e '.[dev]')"
        if running_in_ci():
            pytest.fail(f"CI needs it for the object storage round trip: {problem}")
        pytest.skip(problem)


def bucket_checksums(store, bucket):
    """{key: sha256} of every object of the bucket, read with boto3."""
    client = store.client()
    found = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            body = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            found[item["Key"]] = hashlib.sha256(body).hexdigest()
    return found


def test_media_on_object_storage_are_restored_and_archived_through_the_storage_api(round_trip):
    """The archive restored into a bucket (moto's S3 server), then backed up from it: the
    bucket holds the media, and the new archive the same media, checksum for checksum."""
    require_moto()
    tmp_path, databases = round_trip["tmp_path"], round_trip["databases"]
    with ObjectStore(tmp_path / "s3") as store:
        store.create_bucket("restored-media", public_prefixes=["images/"])
        env = {
            **operator_environment(tmp_path / "s3-env", databases.create("s3"), tmp_path / "x"),
            **store.environment("restored-media"),
        }
        restore = manage(env, "restore", str(round_trip["archive"]))
        assert restore.returncode == 0, restore.stderr
        assert bucket_checksums(store, "restored-media") == round_trip["source_media"]

        archive = backup(env, tmp_path / "s3-archives")
    manifest = manifest_of(archive)
    assert manifest["media"]["storage"] != settings.STORAGES["default"]["BACKEND"]
    archived_media = {
        member["name"].removeprefix("media/"): member["sha256"]
        for member in manifest["members"]
        if member["name"].startswith("media/")
    }
    assert archived_media == round_trip["source_media"]
    assert not (tmp_path / "x").exists()  # nothing went to a local folder


# SQLite ------------------------------------------------------------------------------------


def test_sqlite_round_trip(django_db_setup, django_db_blocker, tmp_path):
    """The test database (when the tests run on SQLite: `make test` without DATABASE_URL),
    copied to a file, backed up with SQLite's backup API, restored into a new file."""
    if connection.vendor != "sqlite":
        pytest.skip(
            "SQLite round trip: the tests run on PostgreSQL (the SQLite one runs with the suite "
            "on SQLite, `make test` without DATABASE_URL)"
        )
    with django_db_blocker.unblock():
        source_url = database_url(tmp_path)
    source_env = operator_environment(tmp_path / "source", source_url, settings.MEDIA_ROOT)
    archive = backup(source_env, tmp_path / "archives")
    source_media = media_checksums(settings.MEDIA_ROOT)
    assert manifest_of(archive)["database"]["vendor"] == "sqlite"

    restored_media = tmp_path / "restored-media"
    restored_env = operator_environment(
        tmp_path / "restored", f"sqlite:///{tmp_path / 'restored' / 'db.sqlite3'}", restored_media
    )
    plant_probe(restored_env)
    restore = manage(restored_env, "restore", str(archive))
    assert restore.returncode == 0, restore.stderr
    assert media_checksums(restored_media) == source_media

    source, restored = snapshot(source_env, serve=False), snapshot(restored_env)
    assert languages_of(source) == {"en", "es", "eu"}
    assert restored["pages"] == source["pages"]
    assert restored["texts"] == source["texts"]
    assert restored["translations"] == source["translations"]
    assert restored["downloads"] == source["downloads"]
    assert restored["served"] == {language: [200, True] for language in ("en", "es", "eu")}
    assert restored["probe"] is None

    refused = manage(restored_env, "restore", str(archive))
    assert refused.returncode != 0
    assert "already has" in refused.stderr
