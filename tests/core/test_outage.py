"""The database out of reach, piece by piece (core/database_faults.py), with real errors from
real connection attempts. The whole, under gunicorn with PostgreSQL stopped and started:
tests/test_database_faults.py."""

import logging
import sys

import pytest
from django.db import OperationalError, connection
from django.db.backends.postgresql.base import DatabaseWrapper as PostgresWrapper
from django.db.backends.sqlite3.base import DatabaseWrapper as SqliteWrapper
from django.test import RequestFactory
from django.utils import translation

from core import database_faults
from core.database_faults import (
    Outage,
    UnreachableDatabaseLogFilter,
    drop_unreachable_database_event,
    is_unreachable,
    server_error,
)
from tests.deploy.stack import free_port

# A settings dictionary Django's backends accept, for databases nobody serves.
DATABASE = {
    "NAME": "nowhere",
    "USER": "",
    "PASSWORD": "",
    "HOST": "",
    "PORT": "",
    "OPTIONS": {},
    "CONN_MAX_AGE": 0,
    "CONN_HEALTH_CHECKS": False,
    "AUTOCOMMIT": True,
    "ATOMIC_REQUESTS": False,
    "TIME_ZONE": None,
    "TEST": {},
}


def connection_error(wrapper, django_db_blocker):
    """The exception a connection attempt raised (Django's, wrapping the driver's)."""
    with django_db_blocker.unblock():
        try:
            wrapper.ensure_connection()
        except OperationalError:
            return sys.exc_info()
    pytest.fail("connected to a database nobody serves")


@pytest.fixture(scope="module")
def refused(django_db_blocker):
    """What connecting to PostgreSQL on a port where nothing listens raises (sys.exc_info())."""
    settings = {
        **DATABASE,
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "OPTIONS": {"connect_timeout": 2},
    }
    return connection_error(PostgresWrapper(settings, alias="refused"), django_db_blocker)


def test_a_refused_or_missing_database_is_unreachable(refused, django_db_blocker, tmp_path):
    assert is_unreachable(refused[1])
    settings = {**DATABASE, "ENGINE": "django.db.backends.sqlite3"}
    settings["NAME"] = str(tmp_path / "no-such-folder" / "db.sqlite3")
    missing = connection_error(SqliteWrapper(settings, alias="missing"), django_db_blocker)
    assert is_unreachable(missing[1])


@pytest.mark.django_db
def test_a_failed_query_is_not_an_unreachable_database():
    """A query cancelled by its time limit on PostgreSQL, a missing table on SQLite: errors of
    the site, which keep their traceback and their 500."""
    with pytest.raises(OperationalError) as failed, connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL statement_timeout = 10")
            cursor.execute("SELECT pg_sleep(1)")
        else:
            cursor.execute("SELECT * FROM no_such_table")
    assert not is_unreachable(failed.value)
    assert not is_unreachable(RuntimeError("boom"))


@pytest.mark.parametrize("language", ["en", "es", "eu"])
def test_handler500_answers_the_translated_503_page_for_an_unreachable_database(refused, language):
    request = RequestFactory().get(f"/{language}/news/")
    try:
        raise refused[1]
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Language"] == language
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    with translation.override(language):
        assert translation.gettext("Temporarily unavailable") in page
    assert request.database_unreachable


def test_handler500_keeps_the_500_page_for_other_errors():
    request = RequestFactory().get("/en/")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        response = server_error(request)
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_neither_the_request_log_nor_sentry_hears_of_an_unreachable_database(refused):
    unreachable = refused
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        bug = sys.exc_info()
    log_filter = UnreachableDatabaseLogFilter()

    def record(exc_info, request=None):
        entry = logging.LogRecord("django.request", logging.ERROR, "", 0, "x", (), exc_info)
        entry.request = request
        return entry

    assert not log_filter.filter(record(unreachable))
    assert log_filter.filter(record(bug))
    # The 503 of OutageMiddleware, logged by Django without an exception.
    answered = RequestFactory().get("/en/")
    answered.database_unreachable = True
    assert not log_filter.filter(record(None, answered))
    assert log_filter.filter(record(None, RequestFactory().get("/en/")))

    event = {"level": "error"}
    assert drop_unreachable_database_event(event, {"exc_info": unreachable}) is None
    assert drop_unreachable_database_event(event, {"exc_info": bug}) is event
    assert drop_unreachable_database_event(event, {}) is event


def test_one_line_when_the_database_goes_and_one_when_it_is_back(refused, caplog):
    outage = Outage()
    error = refused[1]
    request = RequestFactory().get("/es/")
    with caplog.at_level(logging.WARNING, logger=database_faults.__name__):
        for _ in range(5):
            outage.failed(error)
            outage.answer(request)
        outage.reconnected()
        outage.reconnected()  # a connection while reachable: nothing to say
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("database unreachable: connection failed: ")
    assert "\n" not in messages[0]
    assert messages[1].startswith("database reachable again after 0.")
    assert messages[1].endswith(" s, 5 requests answered 503")


def test_a_worker_answers_503_without_retrying_for_a_moment(refused, settings):
    outage = Outage()
    settings.DATABASE_RETRY_SECONDS = 60
    assert not outage.refusing()
    outage.failed(refused[1])
    assert outage.refusing()
    settings.DATABASE_RETRY_SECONDS = 0
    assert not outage.refusing()  # the next request tries the database again
    settings.DATABASE_RETRY_SECONDS = 60
    outage.reconnected()
    assert not outage.refusing()
