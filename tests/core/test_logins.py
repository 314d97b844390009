"""Sign-in lockout (django-axes, core/logins.py): real requests to the admin's sign-in form and
password reset, on the real database. The limit is settings.AXES_FAILURE_LIMIT (5)."""

import logging
import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import logins

PASSWORD = "Right-Horse-Battery-42"
LIMIT = settings.AXES_FAILURE_LIMIT
LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"


@pytest.fixture
def ann(db):
    return get_user_model().objects.create_user(
        "ann", "ann@example.org", PASSWORD, is_superuser=True, is_staff=True
    )


def sign_in(username, password, address="10.0.0.1", language="en", client=None):
    client = client or Client()
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def errors(response):
    return re.findall(r'<li class="error">(.*?)</li>', response.content.decode(), re.S)


def fail(times, username="ann", address="10.0.0.1"):
    return [sign_in(username, f"wrong-{i}", address) for i in range(times)]


def test_failures_below_the_limit_then_the_right_password_signs_in(ann):
    assert {r.status_code for r in fail(LIMIT - 1)} == {200}
    assert signed_in(sign_in("ann", PASSWORD))
    # ...and forgets them: the limit counts from zero again.
    assert {r.status_code for r in fail(LIMIT - 1)} == {200}
    assert signed_in(sign_in("ann", PASSWORD))


def test_the_limit_locks_the_user_from_any_address(ann):
    responses = fail(LIMIT, address="10.0.0.1")
    assert [r.status_code for r in responses][-2:] == [200, 429]
    # The right password, from another address, is refused too.
    response = sign_in("ann", PASSWORD, address="10.9.9.9")
    assert response.status_code == 429
    assert "_auth_user_id" not in response.client.session
    # On the sign-in form itself, saying until when and who can unlock.
    page = response.content.decode()
    assert 'class="login-form"' in page and 'name="password"' in page
    [message] = errors(response)
    assert "Too many failed sign-in attempts" in message
    assert re.search(r"until \d\d:\d\d \w+ \(in 15 minutes\)", message)
    assert "Locked-out logins" in message


def test_the_limit_locks_the_address_for_every_username(ann):
    for i in range(LIMIT):
        sign_in(f"guess-{i}", "wrong", address="10.0.0.7")
    assert sign_in("ann", PASSWORD, address="10.0.0.7").status_code == 429
    assert signed_in(sign_in("ann", PASSWORD, address="10.0.0.8"))


@pytest.mark.parametrize(
    "language, words",
    [("es", "Demasiados intentos fallidos"), ("eu", "Saioa hasteko huts egindako saiakera")],
)
def test_the_message_is_in_the_users_language(ann, language, words):
    fail(LIMIT)
    response = sign_in("ann", PASSWORD, language=language)
    assert response.status_code == 429
    assert f'lang="{language}"' in response.content.decode()
    assert words in errors(response)[0]


def test_the_lockout_ends_after_the_cool_off(ann):
    fail(LIMIT)
    assert sign_in("ann", PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert signed_in(sign_in("ann", PASSWORD))


def test_a_lockout_is_logged_on_one_line_without_the_password(ann, caplog):
    with caplog.at_level(logging.WARNING):
        fail(LIMIT, address="10.0.0.5")
    [line] = [r.getMessage() for r in caplog.records if "Locking out" in r.getMessage()]
    assert '"ann"' in line and "10.0.0.5" in line and "\n" not in line
    assert not any("wrong-" in r.getMessage() for r in caplog.records)


def test_an_admin_unlocks_from_the_settings_page(ann):
    fail(LIMIT, address="10.0.0.1")
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    page = admin.get(reverse("core_locked_out_logins"))
    assert page.status_code == 200
    table = page.content.decode()
    assert "<strong>ann</strong>" in table and "<strong>10.0.0.1</strong>" in table
    assert reverse("core_locked_out_logins") in admin.get("/admin/").content.decode()

    response = admin.post(reverse("core_unlock_login"), {"kind": "username", "value": "ann"})
    assert response.status_code == 302
    # The account is free from any other address; the address stays locked until unlocked.
    assert signed_in(sign_in("ann", PASSWORD, address="10.0.0.2"))
    admin.post(reverse("core_unlock_login"), {"kind": "address", "value": "10.0.0.1"})
    assert (
        "No account or address is locked out"
        in admin.get(reverse("core_locked_out_logins")).content.decode()
    )
    assert admin.get(reverse("core_unlock_login")).status_code == 405


def editor(*permissions):
    user = get_user_model().objects.create_user("ed", "ed@example.org", "x")
    group = Group.objects.create(name="Lockout test editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *(Permission.objects.get(codename=codename) for codename in permissions),
    )
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


def test_an_editor_cannot_see_or_unlock(ann):
    fail(LIMIT)
    client = editor()
    assert client.get(reverse("core_locked_out_logins")).status_code == 302
    assert reverse("core_locked_out_logins") not in client.get("/admin/").content.decode()
    client.post(reverse("core_unlock_login"), {"kind": "username", "value": "ann"})
    assert sign_in("ann", PASSWORD, address="10.0.0.2").status_code == 429


def test_the_permission_opens_the_page(ann):
    client = editor("delete_accessattempt")
    assert client.get(reverse("core_locked_out_logins")).status_code == 200


# Password reset ------------------------------------------------------------------------------


def ask_reset(email, address="10.0.0.1"):
    return Client().post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_a_locked_out_address_cannot_ask_for_a_reset(ann, mailoutbox):
    for i in range(LIMIT):
        sign_in(f"guess-{i}", "wrong", address="10.0.0.1")
    response = ask_reset("ann@example.org", address="10.0.0.1")
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert mailoutbox == []


@pytest.mark.parametrize("vary", ["address", "email"])
def test_reset_requests_are_limited_per_address_and_per_email(ann, mailoutbox, vary):
    limit = settings.PASSWORD_RESET_LIMIT
    for i in range(limit):
        if vary == "address":  # the same e-mail address from many addresses
            response = ask_reset("ann@example.org", address=f"10.1.0.{i}")
        else:  # many e-mail addresses from one address
            response = ask_reset(f"nobody{i}@example.org", address="10.2.0.1")
        assert response.status_code == 302
    refused = (
        ask_reset("ANN@example.org", address="10.1.0.99")
        if vary == "address"
        else ask_reset("ann@example.org", address="10.2.0.1")
    )
    assert refused.status_code == 429
    assert "Too many password reset requests" in refused.content.decode()
    assert len(mailoutbox) == (limit if vary == "address" else 0)


def test_a_reset_through_the_emailed_link_unlocks_the_account(ann, mailoutbox):
    fail(LIMIT, address="10.0.0.1")
    assert ask_reset("ann@example.org", address="10.0.0.2").status_code == 302
    [link] = re.findall(r"/admin/password_reset/confirm/\S+/", mailoutbox[0].body)
    client = Client()
    form = client.get(link, follow=True)
    new = "Another-Long-Passphrase-7"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert signed_in(sign_in("ann", new, address="10.0.0.3"))


def test_a_weak_password_is_refused_on_the_reset_form(ann, mailoutbox):
    ask_reset("ann@example.org")
    [link] = re.findall(r"/admin/password_reset/confirm/\S+/", mailoutbox[0].body)
    client = Client()
    form = client.get(link, follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": "12345678", "new_password2": "12345678"}
    )
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()


def test_a_weak_password_is_refused_on_the_account_page(ann):
    client = Client()
    client.force_login(ann)
    response = client.post(
        reverse("wagtailadmin_account"),
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "password",
            "password-new_password2": "password",
        },
    )
    assert response.status_code == 200
    assert "This password is too common." in response.content.decode()
    ann.refresh_from_db()
    assert ann.check_password(PASSWORD)


# The client's address behind the proxy -------------------------------------------------------


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "127.0.0.1"),  # no proxy trusted: the header is the client's own
        (1, "203.0.113.9", "203.0.113.9"),  # nginx appended the address it saw
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # the client's own entry is ignored
        (2, "6.6.6.6, 203.0.113.9, 10.0.0.2", "203.0.113.9"),  # a CDN, then nginx
        (1, "junk", "127.0.0.1"),
        (2, "203.0.113.9", "127.0.0.1"),  # fewer entries than proxies
    ],
)
def test_the_address_is_the_one_the_trusted_proxy_saw(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.post(LOGIN, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert logins.client_address(request) == expected
