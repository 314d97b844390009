"""manage.py restore FILE: an archive of `manage.py backup` into an empty database
(core/backups.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import Error as DatabaseError

from core import backups


class Command(BaseCommand):
    help = (
        "Restore an archive of `manage.py backup` into the database of DATABASE_URL, which must "
        "be empty, and into the media storage, after checking every checksum. See 'Backups' in "
        "docs/deploy.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive (consortium-...tar).")
        parser.add_argument(
            "--replace-existing",
            action="store_true",
            help="Drop every table of a database that is not empty, and overwrite media files "
            "that differ, instead of refusing.",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the archive's checksums; restore nothing.",
        )

    def handle(self, *args, **options):
        try:
            if options["check"]:
                manifest = backups.verify_archive(options["archive"])
                self.stdout.write(
                    f"{options['archive']}: {len(manifest['members'])} members, every checksum "
                    f"matches ({manifest['database']['vendor']}, {manifest['created']})."
                )
                return
            backups.restore_backup(
                options["archive"],
                replace=options["replace_existing"],
                log=self.stdout.write,
            )
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(f"The database cannot be used: {error}") from error
