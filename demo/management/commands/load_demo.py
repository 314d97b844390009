from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.guard import ensure_demo_allowed
from demo.loader import DemoLoader
from demo.users import create_demo_users
from workflow import notifications

# Each content area's demo (demo/areas/<area>.py, demo/data/<area>.yaml), in the order they
# build on each other.
DEMO_AREAS = ["home", "partners", "events", "news", "publications"]


class Command(BaseCommand):
    help = "Load the demo content in English, Spanish and Basque. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--apps",
            nargs="+",
            choices=DEMO_AREAS,
            default=DEMO_AREAS,
            help="Load only these content areas (home is always loaded first).",
        )

    def handle(self, *args, **options):
        ensure_demo_allowed("load_demo")
        areas = [area for area in DEMO_AREAS if area == "home" or area in options["apps"]]
        demo = DemoLoader(stdout=self.stdout)
        with transaction.atomic(), notifications.suspended():
            demo.ensure_foundations()
            for area in areas:
                import_module(f"demo.areas.{area}").load(demo)
        call_command("setup_roles", stdout=self.stdout, stderr=self.stderr)
        if settings.CREATE_DEMO_ADMIN:
            self._demo_users()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def _demo_users(self):
        """One user per role with a known password, on development machines only."""
        self.stdout.write("Demo users for /admin/ (development only):")
        for username, role, password in create_demo_users():
            note = f"password “{password}”" if password else "the password you set"
            self.stdout.write(f"  {username:<15} {role:<24} {note}")
