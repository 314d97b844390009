"""Settings you cannot get wrong: manage.py and wsgi.py never fall back to the development
settings on a server, the production settings refuse a published or weak SECRET_KEY and report
nothing in `check --deploy` with the documented environment, and the demo (its content and its
users with a published password) refuses a server's settings.

The subprocess tests run manage.py as an administrator would, with a controlled environment.
"""

import importlib.util
import io
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from config.settings.environment import secret_key
from demo.users import DEMO_PASSWORD, create_demo_users

BASE_DIR = Path(settings.BASE_DIR)
UNREACHABLE_POSTGRES = "postgres://consortium@127.0.0.1:9/consortium"


def documented_environment(**extra):
    """The production environment docs/development.md ("Production") documents, and no
    variable of the test run's own (DJANGO_SETTINGS_MODULE, DATABASE_URL, ...)."""
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="innovet.example.org",
        WAGTAILADMIN_BASE_URL="https://innovet.example.org",
        DATABASE_URL=UNREACHABLE_POSTGRES,
        EMAIL_URL="submission://site%40innovet.example.org:p%40ss@smtp.example.org:587",
    )
    env.update(extra)
    return {name: value for name, value in env.items() if value is not None}


def manage(env, *args, tmp_path=None):
    if tmp_path is not None:  # nothing a refused command could write lands in the repository
        env = {
            **env,
            "DJANGO_CACHE_DIR": str(tmp_path / "cache"),
            "MEDIA_ROOT": str(tmp_path / "media"),
        }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def load_manage_py():
    spec = importlib.util.spec_from_file_location("manage_py", BASE_DIR / "manage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# manage.py and wsgi.py ----------------------------------------------------------------------


def test_manage_py_falls_back_to_development_settings_only_on_a_development_machine():
    choose = load_manage_py().settings_module
    assert choose({}) == "config.settings.dev"  # a fresh clone: make run
    assert choose({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"}) == "config.settings.dev"
    assert choose({"DJANGO_SETTINGS_MODULE": "config.settings.test"}) == "config.settings.test"
    assert (
        choose({"DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": "postgres://x"})
        == "config.settings.dev"
    )  # said explicitly: a developer's own PostgreSQL
    for server in (
        {"DATABASE_URL": "postgres://user@db/consortium"},
        {"SECRET_KEY": "x" * 60},
        {"ALLOWED_HOSTS": "example.org"},
        {"EMAIL_URL": "smtp://localhost"},
        {"SENTRY_DSN": "https://key@sentry.example.org/1"},
    ):
        with pytest.raises(SystemExit) as refused:
            choose(server)
        message = str(refused.value.code)
        assert "DJANGO_SETTINGS_MODULE" in message
        assert next(iter(server)) in message


def test_load_demo_on_a_server_with_only_database_url_is_refused_before_django_starts(tmp_path):
    # The case: a production machine, DATABASE_URL set, manage.py's old default (dev).
    env = {"PATH": os.environ["PATH"], "DATABASE_URL": UNREACHABLE_POSTGRES}
    result = manage(env, "load_demo", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "DJANGO_SETTINGS_MODULE is not set, and DATABASE_URL is" in result.stderr
    assert "config.settings.production" in result.stderr
    assert "Traceback" not in result.stderr  # refused before Django (and the database) started


def test_wsgi_defaults_to_the_production_settings(tmp_path):
    """Without DJANGO_SETTINGS_MODULE or any secret, config.wsgi stops on the first missing
    variable of the production settings instead of serving the development ones."""
    env = {"PATH": os.environ["PATH"], "DJANGO_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import config.wsgi"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set for the production settings" in result.stderr


# The production settings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "dev-only-insecure-key-do-not-use-in-production",  # config/settings/dev.py
        "test-only-key",
        "django-insecure-" + secrets.token_urlsafe(50),
        "short-" + secrets.token_urlsafe(20),
        "ab" * 40,
        "",
    ],
)
def test_production_refuses_a_published_or_weak_secret_key(key):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        secret_key({"SECRET_KEY": key})


def test_production_accepts_a_generated_secret_key():
    key = secrets.token_urlsafe(50)
    assert secret_key({"SECRET_KEY": key}) == key


def test_production_settings_will_not_start_with_the_development_key(tmp_path):
    env = documented_environment(SECRET_KEY="dev-only-insecure-key-do-not-use-in-production")
    result = manage(env, "check", tmp_path=tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY is a key published in this repository" in result.stderr


def test_check_deploy_reports_nothing_with_the_documented_environment(tmp_path):
    """The issue's measurement: `manage.py check --deploy` with the production settings gave 2
    warnings (X_FRAME_OPTIONS, HSTS preload) and 7 with manage.py's development default."""
    result = manage(
        documented_environment(), "check", "--deploy", "--fail-level", "WARNING", tmp_path=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


# The demo ------------------------------------------------------------------------------------


def test_load_demo_refuses_the_production_settings(tmp_path):
    database = tmp_path / "production.sqlite3"
    env = documented_environment(DATABASE_URL=f"sqlite:///{database}")
    result = manage(env, "load_demo", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "CommandError: load_demo loads made-up pages" in result.stderr
    assert "config.settings.production" in result.stderr
    assert not database.exists()  # not even opened


def test_demo_content_and_users_refused_where_settings_do_not_allow_them(db, settings):
    settings.DEMO_CONTENT_ALLOWED = False
    for command in ("load_demo", "load_bench_content"):
        with pytest.raises(CommandError, match="these settings .* are a server's"):
            call_command(command, stdout=io.StringIO())

    settings.DEMO_CONTENT_ALLOWED = True
    settings.CREATE_DEMO_ADMIN = False  # as in config.settings.production, even a local trial
    with pytest.raises(ImproperlyConfigured, match="CREATE_DEMO_ADMIN"):
        create_demo_users()
    call_command("load_demo", "--apps", "home", stdout=io.StringIO())
    users = get_user_model().objects.all()
    assert not users.filter(username="admin").exists()
    assert not any(user.check_password(DEMO_PASSWORD) for user in users)
