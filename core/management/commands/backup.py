"""manage.py backup: one archive of the database and the media files (core/backups.py)."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import Error as DatabaseError

from core import backups


class Command(BaseCommand):
    help = (
        "Write one archive (consortium-YYYYmmddTHHMMSSZ.tar) with the database dump, the media "
        "files and a manifest of checksums. See 'Backups' in docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir",
            default=os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "var" / "backups",
            help="Folder of the archives (default: $BACKUP_DIR, else var/backups).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="Then delete all but the KEEP newest archives of the folder (0: keep all).",
        )

        parser.add_argument(
            "--without-media",
            action="store_true",
            help="Only the database: for media on object storage backed up by the bucket's own "
            "versioning or replication.",
        )

    def handle(self, *args, **options):
        try:
            path, _manifest = backups.create_backup(
                options["dir"], media=not options["without_media"], log=self.stdout.write
            )
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(f"The database cannot be used: {error}") from error
        for old in backups.prune(options["dir"], options["keep"]):
            self.stdout.write(f"Deleted the older archive {old}.")
