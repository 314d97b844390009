from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from core.demo import DemoLoader

# Each content area's demo, in the order they build on each other.
DEMO_APPS = ["home", "partners", "events", "news", "publications"]

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "innovet-demo"


class Command(BaseCommand):
    help = "Load the demo content in English, Spanish and Basque. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--apps",
            nargs="+",
            choices=DEMO_APPS,
            default=DEMO_APPS,
            help="Load only these content areas (home is always loaded first).",
        )

    def handle(self, *args, **options):
        apps = [app for app in DEMO_APPS if app == "home" or app in options["apps"]]
        demo = DemoLoader(stdout=self.stdout)
        with transaction.atomic():
            demo.ensure_foundations()
            for app in apps:
                import_module(f"{app}.demo").load(demo)
        if settings.CREATE_DEMO_ADMIN:
            self._demo_admin()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))

    def _demo_admin(self):
        """A superuser with a known password, on development machines only."""
        user, created = get_user_model().objects.get_or_create(
            username=DEMO_ADMIN_USERNAME, defaults={"email": "admin@innovetlatam.example"}
        )
        if created:
            user.is_staff = user.is_superuser = True
            user.set_password(DEMO_ADMIN_PASSWORD)
            user.save()
        password = (
            f"password “{DEMO_ADMIN_PASSWORD}”"
            if user.check_password(DEMO_ADMIN_PASSWORD)
            else "the password you set (no longer the demo one)"
        )
        self.stdout.write(f"Admin: /admin/  user “{DEMO_ADMIN_USERNAME}”  {password}")
