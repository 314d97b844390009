"""Project-wide guarantees: system checks, migrations in step with models, the database CI uses."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from tests.conftest import running_in_ci


def test_system_checks_pass():
    call_command("check", stdout=io.StringIO())


def test_every_model_change_has_its_migration(db):
    call_command("makemigrations", "--check", "--dry-run", stdout=io.StringIO())


@pytest.mark.django_db
def test_ci_runs_on_postgresql():
    if connection.vendor != "postgresql":
        if running_in_ci():
            pytest.fail("CI must run the suite on PostgreSQL: set DATABASE_URL (see .ci/run).")
        pytest.skip("Not on PostgreSQL: set DATABASE_URL to run the suite against it.")
    assert connection.pg_version >= 150000


@pytest.mark.django_db
def test_the_three_languages_exist_in_every_database():
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "es", "eu"}
