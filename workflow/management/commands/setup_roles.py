from django.core.management.base import BaseCommand

from workflow.roles import roles, setup_roles


class Command(BaseCommand):
    help = (
        "Create or reset the Editors, Moderators and Translators groups, their permissions "
        "and the Review workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        setup_roles(warn=lambda message: self.stderr.write(self.style.WARNING(message)))
        names = ", ".join(role.name for role in roles())
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {names}; workflow “Review”."))
