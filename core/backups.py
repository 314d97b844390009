"""Backups: one archive holds the database and the media files, with a manifest of checksums;
a restore checks every checksum before it touches anything and goes only into an empty database
(issue 16). `manage.py backup` / `manage.py restore` (core/management/commands/), `make backup`
and `make restore FILE=...`; "Backups" in docs/deploy.md says how often and how to test them.

The archive is a plain tar (the dump and the images are compressed already), readable with `tar`:

    database.pgdump    PostgreSQL: pg_dump --format=custom (one consistent snapshot), or
    database.sqlite3   SQLite: a copy by SQLite's online backup API (consistent while the site
                       writes, unlike a copy of the file)
    media/<name>       every file of the default storage, read through Django's storage API (a
                       local MEDIA_ROOT or S3 alike), image renditions included
    manifest.json      last: the database vendor, the time, the versions of Python, Django,
                       Wagtail and wagtail-localize, the latest applied migration of each app,
                       and the size and sha256 of every other member

The database is dumped before the media are listed: an upload stores its file before its row
is committed, so every file the dump names is in the archive. The manifest lists the files the
database names that the storage did not have (`media.missing`).

Renditions are kept: their rows are in the dump, a restored site without their files would show
missing images (or, with the rows dropped, resize every image again on its first requests), and
they are small next to real photographs (the demo, whose originals are small generated images,
after one visit of every page: 326 of 358 files, 1.4 of 5.4 MB). `--without-media` leaves the
media out altogether, for media on object storage backed up by the bucket's own versioning.

pg_dump and pg_restore read the connection from DATABASES through libpq's environment
(PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE...): never a password on a command
line. PG_BINDIR names the folder of another PostgreSQL client (a server newer than Debian's).

A restore, in order: every checksum (a damaged archive is refused), the vendor, the target (a
database with tables is refused unless `replace`; so is a media file that exists with other
content), pg_restore's own reading of the dump; then the media, then the database (PostgreSQL
in one transaction), then every cache is cleared (the page cache would serve the pages of
before) and the frontend cache purged. The dump is unpacked into TMPDIR meanwhile. A restore
that failed can be run again: media already there with the same content are skipped, and a
failed pg_restore leaves the database empty.
"""

import hashlib
import json
import os
import platform
import posixpath
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import FileField

from core import cache_purge

FORMAT = "consortium-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media/"
# A table in pg_restore --list: "216; 1259 25932 TABLE public auth_group postgres".
TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE \S+ (\S+) ", re.MULTILINE)
ARCHIVE_NAME = re.compile(r"^consortium-\d{8}T\d{6}Z\.tar$")
BLOCK_SIZE = 1024 * 1024
MB = 1024 * 1024


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why and what to do."""


def archive_name(moment):
    return f"consortium-{moment:%Y%m%dT%H%M%SZ}.tar"


def megabytes(size):
    return f"{size / MB:.1f} MB"


# Databases --------------------------------------------------------------------------------


class PostgresDatabase:
    vendor = "postgresql"
    member = "database.pgdump"
    label = "PostgreSQL"

    def __init__(self, db):
        self.connection = db
        self.settings = db.settings_dict

    @property
    def name(self):
        return self.settings.get("NAME") or ""

    def environment(self):
        """libpq's variables for DATABASES' connection: the password never on a command line."""
        _args, secrets = DatabaseClient.settings_to_cmd_args_env(self.settings, [])
        environ = {**os.environ, **(secrets or {})}
        for variable, key in (
            ("PGHOST", "HOST"),
            ("PGPORT", "PORT"),
            ("PGUSER", "USER"),
            ("PGDATABASE", "NAME"),
        ):
            if self.settings.get(key):
                environ[variable] = str(self.settings[key])
        return environ

    def tool(self, name):
        folder = os.environ.get("PG_BINDIR")
        found = str(Path(folder) / name) if folder else shutil.which(name)
        if not found or not Path(found).exists():
            raise BackupError(
                f"{name} was not found: install PostgreSQL's client programs (Debian: apt "
                f"install postgresql-client), or set PG_BINDIR to the folder that has {name}."
            )
        return found

    def run(self, command, what):
        result = subprocess.run(  # noqa: S603 (our own arguments, no shell)
            command, env=self.environment(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            hint = (
                " The client must be at least as new as the server and the dump: set PG_BINDIR "
                "(e.g. /usr/lib/postgresql/17/bin)."
                if "version" in result.stderr
                else ""
            )
            raise BackupError(
                f"{what} failed (exit {result.returncode}): {result.stderr.strip()}{hint}"
            )
        return result.stdout

    def dump(self, target):
        self.run(
            [self.tool("pg_dump"), "--format=custom", "--no-password", f"--file={target}"],
            "pg_dump",
        )

    def check(self, dump):
        """pg_restore reads the dump's table of contents: an archive of a newer pg_dump than
        this pg_restore is refused here, before anything is written."""
        command = [self.tool("pg_restore"), "--list", str(dump)]
        self.contents = self.run(command, "pg_restore --list")

    def restore(self, dump, existing):
        """pg_restore in one transaction. `existing`: the tables there now (to be replaced):
        those the archive lacks are dropped first, the archive's own are dropped and created
        again in pg_restore's transaction (--clean)."""
        archived = {match[1] for match in TOC_TABLE.finditer(self.contents)}
        extra = [table for table in existing if table not in archived]
        if extra:
            quote = self.connection.ops.quote_name
            with self.connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS {', '.join(map(quote, extra))} CASCADE")
        self.connection.close()
        # Without the extensions' comments: only an extension's owner may comment on it, and a
        # managed PostgreSQL may have created the extension (unaccent) before.
        contents = Path(dump).with_name("contents.list")
        contents.write_text(
            "".join(
                line
                for line in self.contents.splitlines(keepends=True)
                if " COMMENT - EXTENSION " not in line
            )
        )
        self.run(
            [
                self.tool("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                *(["--clean", "--if-exists"] if existing else []),
                f"--use-list={contents}",
                f"--dbname={self.name}",
                str(dump),
            ],
            "pg_restore",
        )

    def tables(self):
        with self.connection.cursor() as cursor:
            return sorted(self.connection.introspection.table_names(cursor))

    def server_version(self):
        self.connection.ensure_connection()
        version = self.connection.pg_version
        return f"{version // 10000}.{version % 10000}"

    def tool_version(self):
        return self.run([self.tool("pg_dump"), "--version"], "pg_dump --version").strip()


class SqliteDatabase:
    vendor = "sqlite"
    member = "database.sqlite3"
    label = "SQLite"

    def __init__(self, db):
        self.connection = db
        name = str(db.settings_dict.get("NAME") or "")
        if not name or name == ":memory:" or "mode=memory" in name:
            raise BackupError("The SQLite database is in memory: there is no file to back up.")
        self.name = name

    def dump(self, target):
        """SQLite's online backup API: a consistent copy even while the site writes."""
        if not Path(self.name).exists():
            raise BackupError(f"There is no database at {self.name}: nothing to back up.")
        source = sqlite3.connect(f"{Path(self.name).resolve().as_uri()}?mode=ro", uri=True)
        with closing(source), closing(sqlite3.connect(target)) as copy:
            source.backup(copy)

    def check(self, dump):
        with closing(sqlite3.connect(f"{Path(dump).resolve().as_uri()}?mode=ro", uri=True)) as db:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"The archive's SQLite database is damaged: {result}")

    def restore(self, dump, existing):
        """The backup API again, into the database's file: its whole content (`existing`
        tables included) is replaced."""
        self.connection.close()
        Path(self.name).parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(dump)) as source, closing(sqlite3.connect(self.name)) as db:
            source.backup(db)

    def tables(self):
        if not Path(self.name).exists():
            return []
        with self.connection.cursor() as cursor:
            return sorted(self.connection.introspection.table_names(cursor))

    def server_version(self):
        return sqlite3.sqlite_version

    def tool_version(self):
        return f"Python sqlite3 backup API (SQLite {sqlite3.sqlite_version})"


def database():
    kinds = {kind.vendor: kind for kind in (PostgresDatabase, SqliteDatabase)}
    if connection.vendor not in kinds:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return kinds[connection.vendor](connection)


def latest_migrations():
    """{app: name of its latest applied migration}."""
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(name, latest.get(app, ""))
    return dict(sorted(latest.items()))


def code_migrations():
    """{app: name of its latest migration in this code}."""
    latest = {}
    for app, name in MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes():
        latest[app] = max(name, latest.get(app, ""))
    return latest


def versions():
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "wagtail-localize": metadata.version("wagtail-localize"),
    }


# Media ------------------------------------------------------------------------------------


def media_names(storage, folder=""):
    """Every file of the storage, by its storage name, through listdir (local disk or S3)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a MEDIA_ROOT that nothing was uploaded to yet
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for name in sorted(folders):
        yield from media_names(storage, posixpath.join(folder, name))


def files_named_by_database():
    """The names stored in every FileField (images, renditions, documents...)."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.local_concrete_fields:
            if isinstance(field, FileField):
                rows = model._base_manager.exclude(**{field.attname: ""})
                names.update(rows.values_list(field.attname, flat=True))
    names.discard(None)
    return names


def safe_name(name):
    """A relative POSIX name with no way out of its folder."""
    parts = name.split("/")
    return bool(name) and "\\" not in name and all(part not in ("", ".", "..") for part in parts)


def sha256_of(handle):
    digest = hashlib.sha256()
    while block := handle.read(BLOCK_SIZE):
        digest.update(block)
    return digest.hexdigest()


# Writing ----------------------------------------------------------------------------------


class HashingReader:
    """Hands tarfile a file's bytes and keeps their sha256 on the way."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


class ArchiveWriter:
    """A tar written to `path` (readable by its owner only), recording each member's checksum."""

    def __init__(self, path):
        self.file = os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
        self.tar = tarfile.open(  # noqa: SIM115 (closed by close())
            fileobj=self.file, mode="w", format=tarfile.PAX_FORMAT
        )
        self.members = []

    def add(self, name, handle, size, modified=None):
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        info.mtime = int(modified or time.time())
        reader = HashingReader(handle)
        self.tar.addfile(info, reader)  # reads exactly `size` bytes, or raises
        self.members.append({"name": name, "size": size, "sha256": reader.digest.hexdigest()})

    def add_path(self, name, path):
        with open(path, "rb") as handle:
            self.add(name, handle, Path(path).stat().st_size)

    def add_bytes(self, name, data):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mode = 0o600
        info.mtime = int(time.time())
        self.tar.addfile(info, _BytesReader(data))

    def close(self):
        self.tar.close()
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()


class _BytesReader:
    def __init__(self, data):
        self.data, self.position = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.position + size
        chunk = self.data[self.position : end]
        self.position += len(chunk)
        return chunk


def modified_time(storage, name):
    try:
        return storage.get_modified_time(name).timestamp()
    except (NotImplementedError, OSError):
        return None


def add_media(archive, storage):
    """Every file of the storage into the archive; (files, bytes)."""
    count = total = 0
    for name in media_names(storage):
        size = storage.size(name)
        with storage.open(name, "rb") as handle:
            archive.add(MEDIA + name, handle, size, modified_time(storage, name))
        count += 1
        total += size
    return count, total


def media_summary(members, named, files, size, included):
    stored = {member["name"][len(MEDIA) :] for member in members}
    return {
        "storage": settings.STORAGES["default"]["BACKEND"],
        "included": included,
        "renditions": "included" if included else "not archived",
        "files": files,
        "bytes": size,
        "missing": sorted(named - stored) if included else [],
    }


def create_backup(directory, media=True, log=print):
    """Write one archive into `directory` (without the media files when `media` is False);
    returns (its path, its manifest)."""
    db = database()
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    started = datetime.now(UTC)
    clock = time.monotonic()
    path = directory / archive_name(started)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with tempfile.TemporaryDirectory(prefix=".scratch-", dir=directory) as scratch:
            dump = Path(scratch) / db.member
            db.dump(dump)
            log(f"Database: {db.label} {megabytes(dump.stat().st_size)} dumped.")
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created": started.isoformat().replace("+00:00", "Z"),
                "site": settings.WAGTAIL_SITE_NAME,
                "database": {
                    "vendor": db.vendor,
                    "member": db.member,
                    "server_version": db.server_version(),
                    "dumped_with": db.tool_version(),
                },
                "versions": versions(),
                "migrations": latest_migrations(),
            }
            named = files_named_by_database()
            with closing(ArchiveWriter(partial)) as archive:
                archive.add_path(db.member, dump)
                files, size = add_media(archive, default_storage) if media else (0, 0)
                manifest["media"] = media_summary(archive.members[1:], named, files, size, media)
                manifest["members"] = archive.members
                text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
                archive.add_bytes(MANIFEST, text.encode())
        partial.rename(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if media:
        log(f"Media: {files} files, {megabytes(size)} (renditions included).")
    else:
        log("Media: not archived (--without-media).")
    if missing := manifest["media"]["missing"]:
        log(
            f"Warning: files named by the database but not in the storage (manifest: "
            f"media.missing): {len(missing)}, e.g. {', '.join(missing[:3])}."
        )
    log(f"Wrote {path}: {megabytes(path.stat().st_size)} in {time.monotonic() - clock:.1f} s.")
    return path, manifest


def prune(directory, keep):
    """Delete all but the `keep` newest archives in `directory`; returns what was deleted."""
    archives = sorted(p for p in Path(directory).iterdir() if ARCHIVE_NAME.match(p.name))
    old = archives[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


# Reading ----------------------------------------------------------------------------------


def open_archive(path):
    try:
        return tarfile.open(path, mode="r:")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{path} cannot be read as a backup archive: {error}") from error


def read_manifest(path, tar):
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except KeyError:
        raise BackupError(f"{path} has no {MANIFEST}: not a backup of this site.") from None
    except (OSError, EOFError, tarfile.TarError) as error:
        raise BackupError(f"{path} is cut short or damaged ({error}).") from error
    except ValueError as error:
        raise BackupError(f"{path}: its {MANIFEST} cannot be read ({error}).") from error
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{path} is not a backup of format {FORMAT} {FORMAT_VERSION} "
            f"(its manifest says {manifest.get('format')} {manifest.get('format_version')})."
        )
    return manifest


def member_problems(tar, manifest):
    """What does not match the manifest: each member's size and sha256, and the list itself."""
    expected = {member["name"]: member for member in manifest["members"]}
    problems = [f"{name}: not a safe name" for name in expected if not safe_name(name)]
    if manifest["database"]["member"] not in expected:
        problems.append(f"{manifest['database']['member']}: the database dump is not listed")
    seen = set()
    for member in tar:
        name = member.name
        if name == MANIFEST:
            continue
        if name in seen or name not in expected or not member.isfile():
            problems.append(f"{name}: not in the manifest (or twice, or not a file)")
            continue
        seen.add(name)
        digest = sha256_of(tar.extractfile(member))
        if member.size != expected[name]["size"] or digest != expected[name]["sha256"]:
            problems.append(f"{name}: its checksum does not match the manifest")
    problems += [f"{name}: missing from the archive" for name in sorted(expected.keys() - seen)]
    return problems


def verify_archive(path):
    """The manifest, once every member's size and sha256 match it; else BackupError."""
    clock = time.monotonic()
    with open_archive(path) as tar:
        manifest = read_manifest(path, tar)
        try:
            problems = member_problems(tar, manifest)
        except (OSError, EOFError, tarfile.TarError) as error:
            problems = [f"the archive cannot be read to its end ({error})"]
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise BackupError(
            f"{path} is damaged or was altered: nothing was restored.\n  {shown}{more}"
        )
    manifest["checked_in"] = time.monotonic() - clock
    return manifest


# Restoring --------------------------------------------------------------------------------


def media_members(manifest):
    return [member for member in manifest["members"] if member["name"].startswith(MEDIA)]


def media_conflicts(storage, members):
    """(members whose file already exists with the same content, names that differ)."""
    same, different = set(), []
    for member in members:
        name = member["name"][len(MEDIA) :]
        if not storage.exists(name):
            continue
        with storage.open(name, "rb") as handle:
            if sha256_of(handle) == member["sha256"]:
                same.add(member["name"])
            else:
                different.append(name)
    return same, different


def refuse_existing(db, tables, conflicts):
    if tables:
        shown = ", ".join(tables[:3]) + (", ..." if len(tables) > 3 else "")
        raise BackupError(
            f"The database {db.label} {db.name} already has {len(tables)} tables ({shown}): "
            "nothing was restored. Restore into an empty database (create one and point "
            "DATABASE_URL at it), or pass --replace-existing to drop every table of this "
            "database and replace them with the archive's."
        )
    if conflicts:
        raise BackupError(
            f"{len(conflicts)} media files already exist with another content "
            f"(e.g. {', '.join(conflicts[:3])}): nothing was restored. Restore into an empty "
            "media storage, or pass --replace-existing to overwrite them."
        )


def write_media(tar, storage, members, skip, replace):
    """The archive's media into the storage through its API; returns (written, bytes)."""
    written = total = 0
    for member in members:
        if member["name"] in skip:
            continue
        name = member["name"][len(MEDIA) :]
        if replace and storage.exists(name):
            storage.delete(name)
        content = File(tar.extractfile(member["name"]), name=posixpath.basename(name))
        content.size = member["size"]
        saved = storage.save(name, content)
        if saved != name:
            raise BackupError(f"The storage saved {name} as {saved}: restore stopped.")
        written += 1
        total += member["size"]
    return written, total


def clear_caches():
    """Every cache (the page cache, menus, renditions) forgets the site of before; a frontend
    cache (CDN), when configured, is asked to purge every page."""
    for alias in settings.CACHES:
        caches[alias].clear()
    cache_purge.whole_site().apply()


def migration_notes(manifest):
    archived, code = manifest["migrations"], code_migrations()
    differ = sorted(
        f"{app} (archive {archived.get(app, '-')}, code {code.get(app, '-')})"
        for app in archived.keys() | code.keys()
        if archived.get(app) != code.get(app)
    )
    if not differ:
        return []
    return [
        "The archive's migrations differ from this code's: " + "; ".join(differ) + ". "
        "Run `manage.py migrate` if this code is newer; if it is older, deploy the version "
        f"that made the archive (Wagtail {manifest['versions']['wagtail']})."
    ]


def restore_media(tar, manifest, same, replace, log):
    """The archive's media into the default storage, but those already there (`same`)."""
    members = media_members(manifest)
    written, size = write_media(tar, default_storage, members, same, replace)
    if manifest["media"].get("included", True):
        log(f"Media: {written} files written ({megabytes(size)}), {len(same)} already there.")
    else:
        log("Media: not in the archive (--without-media); the storage was left as it is.")
    if missing := manifest["media"].get("missing"):
        log(
            f"Warning: the storage lacked files the database names when the archive was "
            f"made: {len(missing)}, e.g. {', '.join(missing[:3])} (manifest: media.missing)."
        )


def restore_backup(path, replace=False, log=print):
    """Restore the archive at `path` into the configured database and media storage."""
    clock = time.monotonic()
    manifest = verify_archive(path)
    log(
        f"Checked {len(manifest['members'])} members against the manifest of "
        f"{manifest['created']}: every checksum matches ({manifest['checked_in']:.1f} s)."
    )
    db = database()
    if manifest["database"]["vendor"] != db.vendor:
        raise BackupError(
            f"The archive holds a {manifest['database']['vendor']} database; DATABASE_URL "
            f"names a {db.vendor} one. Nothing was restored."
        )
    tables = db.tables()
    same, conflicts = media_conflicts(default_storage, media_members(manifest))
    if not replace:
        refuse_existing(db, tables, conflicts)
    with open_archive(path) as tar, tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / db.member
        with tar.extractfile(db.member) as source, dump.open("wb") as copy:
            shutil.copyfileobj(source, copy, BLOCK_SIZE)
        db.check(dump)
        restore_media(tar, manifest, same, replace, log)
        started = time.monotonic()
        db.restore(dump, tables)
        if tables:
            log(f"Database: replaced the {len(tables)} tables that were there.")
        log(f"Database: {db.label} restored in {time.monotonic() - started:.1f} s.")
    clear_caches()
    log("Caches cleared (page cache, menus, renditions; the frontend cache if configured).")
    for note in migration_notes(manifest):
        log(note)
    log(f"Restored {path} in {time.monotonic() - clock:.1f} s.")
    return manifest
