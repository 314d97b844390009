"""E-mail and errors in production: SMTP from one EMAIL_URL, ADMINS told of every 500 by e-mail,
Sentry only with SENTRY_DSN and without personal data, and the admin's password reset from the
e-mail to the first sign-in with the new password."""

import gzip
import http.server
import json
import re
import subprocess
import sys
import threading
import uuid

import brotli
import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured

from config.settings.environment import admins, email_settings
from tests.test_settings_safety import BASE_DIR, documented_environment

SMTP = "django.core.mail.backends.smtp.EmailBackend"


# EMAIL_URL and ADMINS -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "submission://web%40innovet.example.org:p%40ss%2Fw@smtp.example.org:587",
            {"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": 587, "EMAIL_USE_TLS": True},
        ),
        (
            "smtp+tls://web:secret@smtp.example.org",
            {"EMAIL_PORT": 587, "EMAIL_USE_TLS": True, "EMAIL_USE_SSL": False},
        ),
        (
            "smtp+ssl://web:secret@smtp.example.org",
            {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True, "EMAIL_USE_TLS": False},
        ),
        ("smtp://localhost", {"EMAIL_HOST": "localhost", "EMAIL_PORT": 25, "EMAIL_USE_TLS": False}),
        (
            "smtp://relay.example.org:2525?timeout=30&_default_from_email=web@innovet.example.org",
            {
                "EMAIL_PORT": 2525,
                "EMAIL_TIMEOUT": 30,
                "DEFAULT_FROM_EMAIL": "web@innovet.example.org",
            },
        ),
    ],
)
def test_smtp_settings_come_from_one_url(url, expected):
    conf = email_settings({"EMAIL_URL": url})
    assert conf["EMAIL_BACKEND"] == SMTP
    assert expected.items() <= conf.items()
    assert conf.get("EMAIL_TIMEOUT")  # never a worker held for ever by a silent server
    if "p%40ss" in url:  # percent-encoded user and password are decoded
        assert conf["EMAIL_HOST_USER"] == "web@innovet.example.org"
        assert conf["EMAIL_HOST_PASSWORD"] == "p@ss/w"


def test_email_url_is_required_and_checked():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL must be set"):
        email_settings({})
    with pytest.raises(ImproperlyConfigured, match="EMAIL_HOST, EMAIL_PORT are no longer read"):
        email_settings({"EMAIL_HOST": "smtp.example.org", "EMAIL_PORT": "587"})
    with pytest.raises(ImproperlyConfigured, match="unknown scheme 'smtq'") as refused:
        email_settings({"EMAIL_URL": "smtq://web:hunter2@smtp.example.org"})
    assert "hunter2" not in str(refused.value)  # a password never ends up in a log
    # A local trial (make serve) prints e-mails in its terminal; dummy: sends nothing.
    assert email_settings({}, local_trial=True)["EMAIL_BACKEND"].endswith("console.EmailBackend")
    assert email_settings({"EMAIL_URL": "dummy:"})["EMAIL_BACKEND"].endswith("dummy.EmailBackend")


def test_admins_from_names_and_addresses():
    assert admins("Ana Pérez <ana@example.org>, web@example.org") == [
        ("Ana Pérez", "ana@example.org"),
        ("web@example.org", "web@example.org"),
    ]
    assert admins('"Pérez, Ana" <ana@example.org>') == [("Pérez, Ana", "ana@example.org")]
    assert admins("") == []
    with pytest.raises(ImproperlyConfigured, match="ADMINS"):
        admins("Ana, web@example.org")


# Errors: ADMINS by e-mail, Sentry -----------------------------------------------------------


class SentryStub(http.server.BaseHTTPRequestHandler):
    """A Sentry server that keeps the envelopes it is sent."""

    envelopes: list = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        encoding = self.headers.get("Content-Encoding")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "br":
            body = brotli.decompress(body)
        self.envelopes.append(body.decode())
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def sentry_stub():
    SentryStub.envelopes = []
    for port in range(18100, 18200):  # this suite's share of the machine's ports
        try:
            server = http.server.ThreadingHTTPServer(("127.0.0.1", port), SentryStub)
            break
        except OSError:
            continue
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://public{uuid.uuid4().hex[:8]}@127.0.0.1:{port}/1"
    server.shutdown()
    server.server_close()


# Run in the production settings: a page while the database is down is a real 500. The reader's
# address and cookie come from the environment (the code itself is in the stack sent to Sentry).
def shell_json(code, env):
    """Run `code` in `manage.py shell` with the environment `env`; the JSON it prints last."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


SERVER_ERROR = """
import json, os, sentry_sdk
from django.conf import settings
from django.core import mail
from django.test import Client, override_settings

names = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS", "EMAIL_HOST_USER",
         "EMAIL_TIMEOUT", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL", "ADMINS", "SENTRY_ENABLED"]
shown = {name: getattr(settings, name) for name in names}
with override_settings(
    EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
):
    # A scanner's Host first: a 400, and neither an error mail nor a Sentry event.
    shown["bad_host"] = Client().get("/en/", HTTP_HOST="scanner.invalid").status_code
    reader = dict(
        HTTP_HOST="innovet.example.org", HTTP_X_FORWARDED_PROTO="https",
        HTTP_COOKIE=os.environ["READER_COOKIE"], REMOTE_ADDR=os.environ["READER_ADDRESS"])
    # A bug in the site's own code (before any query): the 500 page, mailed and sent to Sentry.
    from core import middleware
    original = middleware.NulByteMiddleware.__call__
    middleware.NulByteMiddleware.__call__ = lambda self, request: 1 / 0
    response = Client(raise_request_exception=False).get("/en/", **reader)
    shown["status"] = response.status_code
    # DATABASE_URL names no server: an outage, the 503 page, neither a mail nor a Sentry event.
    middleware.NulByteMiddleware.__call__ = original
    outage = Client(raise_request_exception=False).get("/en/", **reader)
    shown["outage"] = [outage.status_code, outage.get("Retry-After")]
    sentry_sdk.flush(timeout=10)
    shown["outbox"] = [
        {"to": m.to, "from": m.from_email, "subject": m.subject, "body": m.body}
        for m in getattr(mail, "outbox", [])
    ]
print(json.dumps(shown))
"""


def test_a_server_error_is_mailed_to_admins_and_sent_to_sentry_without_personal_data(
    sentry_stub, tmp_path
):
    env = documented_environment(
        EMAIL_URL="smtp+tls://web%40innovet.example.org:mail-secret@smtp.example.org",
        ADMINS="Ana Pérez <ana@innovet.example.org>, web@innovet.example.org",
        SERVER_EMAIL="errors@innovet.example.org",
        SENTRY_DSN=sentry_stub,
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="consortium@test",
        DJANGO_CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
        PAGE_CACHE_ENABLED="false",
        READER_ADDRESS="203.0.113.9",
        READER_COOKIE="sessionid=reader-session-7f3a",
    )
    shown = shell_json(SERVER_ERROR, env)

    # The SMTP settings from EMAIL_URL, the addresses from their own variables.
    assert shown["EMAIL_BACKEND"] == SMTP
    assert (shown["EMAIL_HOST"], shown["EMAIL_PORT"], shown["EMAIL_USE_TLS"]) == (
        "smtp.example.org",
        587,
        True,
    )
    assert shown["EMAIL_HOST_USER"] == "web@innovet.example.org"
    assert shown["DEFAULT_FROM_EMAIL"] == "noreply@innovet.example.org"
    assert shown["SERVER_EMAIL"] == "errors@innovet.example.org"
    assert shown["ADMINS"] == [
        ["Ana Pérez", "ana@innovet.example.org"],
        ["web@innovet.example.org", "web@innovet.example.org"],
    ]

    # The 500, mailed once to every admin, without the secrets of the settings.
    assert shown["bad_host"] == 400
    assert shown["outage"] == [503, "30"]
    assert shown["status"] == 500
    [report] = shown["outbox"]
    assert report["to"] == ["ana@innovet.example.org", "web@innovet.example.org"]
    assert report["from"] == "errors@innovet.example.org"
    assert report["subject"].startswith("[INNOVET LATAM] ERROR")
    assert "ZeroDivisionError" in report["body"]
    for secret in ("mail-secret", "reader-session-7f3a", env["SECRET_KEY"]):
        assert secret not in report["body"]

    # Sentry: the error, its environment and release, and nothing about the reader.
    events = [envelope for envelope in SentryStub.envelopes if '"type":"event"' in envelope]
    assert events, SentryStub.envelopes
    event = "\n".join(events)
    assert "ZeroDivisionError" in event
    assert "OperationalError" not in event
    assert "DisallowedHost" not in event
    assert '"environment":"staging"' in event
    assert '"release":"consortium@test"' in event
    for personal in ("203.0.113.9", "reader-session-7f3a", "mail-secret", env["SECRET_KEY"]):
        assert personal not in event, event[
            max(0, event.find(personal) - 400) : event.find(personal) + 100
        ]


def test_no_sentry_and_no_error_mail_without_their_variables(tmp_path):
    env = documented_environment(
        DJANGO_CACHE_DIR=str(tmp_path / "cache"), MEDIA_ROOT=str(tmp_path / "media")
    )
    code = (
        "import json, sentry_sdk; from django.conf import settings; "
        "print(json.dumps([settings.ADMINS, settings.SENTRY_ENABLED, "
        "sentry_sdk.get_client().is_active(), "
        "'mail_admins' in settings.LOGGING['handlers']]))"
    )
    assert shell_json(code, env) == [[], False, False, False]


# Password reset, end to end -----------------------------------------------------------------


def test_password_reset_from_the_email_to_signing_in_with_the_new_password(client, db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    user = get_user_model().objects.create_user(
        username=f"reset-{uuid.uuid4().hex[:8]}",
        email=f"reset-{uuid.uuid4().hex[:8]}@innovet.example.org",
        password="An old password 1",
        is_staff=True,
    )
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))

    form = client.get("/admin/password_reset/")
    assert form.status_code == 200
    sent = client.post("/admin/password_reset/", {"email": user.email})
    assert sent.status_code == 302
    assert sent["Location"] == "/admin/password_reset/done/"

    [message] = mail.outbox
    assert message.to == [user.email]
    [link] = re.findall(r"http://testserver(/admin/password_reset/confirm/\S+/)", message.body)

    # The link in the e-mail leads to the form for a new password.
    confirm = client.get(link, follow=True)
    assert confirm.status_code == 200
    set_password_url = confirm.redirect_chain[-1][0] if confirm.redirect_chain else link
    assert b'name="new_password1"' in confirm.content

    # Django's password validators are on: a weak password is refused.
    weak = client.post(set_password_url, {"new_password1": "password", "new_password2": "password"})
    assert weak.status_code == 200
    assert b"This password is too common." in weak.content
    user.refresh_from_db()
    assert user.check_password("An old password 1")

    new_password = f"Green tractor {uuid.uuid4().hex[:6]} at dawn"
    done = client.post(
        set_password_url, {"new_password1": new_password, "new_password2": new_password}
    )
    assert done.status_code == 302
    assert done["Location"] == "/admin/password_reset/complete/"

    # Signing in: the new password works, the old one no longer does.
    old = client.post("/admin/login/", {"username": user.username, "password": "An old password 1"})
    assert old.status_code == 200
    assert "_auth_user_id" not in client.session
    signed_in = client.post("/admin/login/", {"username": user.username, "password": new_password})
    assert signed_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk
    assert client.get("/admin/").status_code == 200
