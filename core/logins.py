"""Sign-in lockout and password-reset throttling (docs/security.md, "Logins and lockout").

django-axes counts failed sign-ins in the database (so every gunicorn worker sees the same
counts) and refuses a username, or an address, after settings.AXES_FAILURE_LIMIT failures until
AXES_COOLOFF_TIME has passed since the last one. This module gives axes:

- the client's address (`client_address`, AXES_CLIENT_IP_CALLABLE): behind TRUSTED_PROXY_COUNT
  proxies, the address the outermost trusted one saw;
- the refusal (`lockout_response`, AXES_LOCKOUT_CALLABLE): the admin's sign-in form, status 429,
  saying until when and who can unlock;
- a successful sign-in forgets that user's failures, and only theirs (`forget_failures`);
- the password reset: refused to a locked-out address, limited per address and per e-mail
  address (`PasswordResetView`), and a reset completed through the e-mailed link unlocks the
  user (`PasswordResetConfirmView`);
- the admin's "Locked-out logins" page under Settings (`LockoutsView`, `unlock_view`).
"""

import hashlib
import ipaddress
import logging
import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.forms.utils import ErrorDict
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext, gettext_lazy, ngettext
from django.views.generic import View
from wagtail.admin.views import account
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

logger = logging.getLogger(__name__)

# The permission that shows the "Locked-out logins" page (superusers have it).
UNLOCK_PERMISSION = "axes.delete_accessattempt"


# The client's address ------------------------------------------------------------------------


def client_address(request):
    """The address a login attempt is counted against (AXES_CLIENT_IP_CALLABLE).

    Each trusted proxy appends the address it was reached from to X-Forwarded-For, so with
    TRUSTED_PROXY_COUNT proxies the client is that many entries from the right; anything further
    left was written by the client and is ignored. Without a trusted proxy, or if the header is
    missing or malformed, the address of the connection (REMOTE_ADDR).
    """
    remote = request.META.get("REMOTE_ADDR", "") or "unknown"
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


# Lockouts --------------------------------------------------------------------------------------


def _cool_off():
    return get_cool_off() or timedelta(0)


def _live_attempts():
    """Failures still counted: those whose last attempt is within the cool-off."""
    return AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - _cool_off())


def _failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def address_is_locked(request):
    """True when the request's address has reached the failure limit (any usernames)."""
    address = client_address(request)
    return _failures(_live_attempts().filter(ip_address=address)) >= settings.AXES_FAILURE_LIMIT


def _until_text(until):
    """'22:35 CET (in 15 minutes)' in the active language."""
    minutes = max(1, math.ceil((until - timezone.now()).total_seconds() / 60))
    clock = date_format(timezone.localtime(until), "H:i T")
    return ngettext(
        "%(time)s (in %(minutes)d minute)", "%(time)s (in %(minutes)d minutes)", minutes
    ) % {"time": clock, "minutes": minutes}


def lockout_message(until):
    return gettext(
        "Too many failed sign-in attempts for this account or from this address, so signing in "
        "is locked until %(until)s. An administrator of this site can unlock it sooner "
        "(Settings › Locked-out logins)."
    ) % {"until": _until_text(until)}


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the admin's sign-in form with the lockout message, status 429.

    The lockout lasts the cool-off from the latest failure, which is this request's. axes has
    logged it already, on one line: 'AXES: Locking out {username: "…", ip_address: "…", …}'.
    """
    until = timezone.now() + _cool_off()
    username = get_client_username(request, credentials) or ""
    form = account.get_user_login_form()(request, initial={"username": username})
    # An unbound form showing one error: binding it would run authenticate() again.
    form._errors = ErrorDict({"__all__": form.error_class([lockout_message(until)])})
    view = account.LoginView()
    view.setup(request)
    context = view.get_context_data(form=form)
    response = TemplateResponse(
        request, view.template_name, context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    # Rendered here: the middleware runs after the view's response was rendered.
    return response.render()


def forget_failures(sender, request, user, **kwargs):
    """After a successful sign-in, that user's failures are forgotten (from any address).

    Not axes' AXES_RESET_ON_SUCCESS, which also forgets every failure from the address: someone
    with an account of their own could then sign in between guesses at another's password and
    never reach the limit of that address.
    """
    AccessAttempt.objects.filter(username=user.get_username()).delete()


def unlock(*, username=None, address=None):
    """Forget the failures of a username or of an address; the number of records removed."""
    attempts = AccessAttempt.objects.none()
    if username is not None:
        attempts = AccessAttempt.objects.filter(username=username)
    elif address is not None:
        attempts = AccessAttempt.objects.filter(ip_address=address)
    count, _ = attempts.delete()
    return count


@dataclass
class Lockout:
    """A username or an address over the limit, with what its failures came from."""

    kind: str  # "username" or "address"
    value: str
    others: set = field(default_factory=set)  # the addresses of a username, or the reverse
    failures: int = 0
    last_attempt: datetime | None = None

    @property
    def others_text(self):
        return ", ".join(sorted(self.others))

    @property
    def until(self):
        return self.last_attempt + _cool_off()


def current_lockouts():
    """The usernames and addresses locked out now, the latest first."""
    groups = {}
    for attempt in _live_attempts():
        for kind, value, other in (
            ("username", attempt.username, attempt.ip_address),
            ("address", attempt.ip_address, attempt.username),
        ):
            if not value:
                continue
            group = groups.setdefault((kind, value), Lockout(kind, value))
            group.failures += attempt.failures_since_start
            if other:
                group.others.add(other)
            if group.last_attempt is None or attempt.attempt_time > group.last_attempt:
                group.last_attempt = attempt.attempt_time
    locked = [g for g in groups.values() if g.failures >= settings.AXES_FAILURE_LIMIT]
    return sorted(locked, key=lambda g: g.last_attempt, reverse=True)


# Password reset --------------------------------------------------------------------------------

RESET_KEY = "password-reset-requests:{kind}:{digest}"


def _reset_keys(request, email):
    values = {"address": client_address(request), "email": email.strip().lower()}
    return [
        RESET_KEY.format(kind=kind, digest=hashlib.sha256(value.encode()).hexdigest())
        for kind, value in values.items()
    ]


def reset_wait(request, email):
    """Seconds until another reset may be asked for this address or e-mail address (0: now).

    A request that is let through is counted against both. The times are kept in the shared
    cache (Redis or files), PASSWORD_RESET_LIMIT within PASSWORD_RESET_WINDOW.
    """
    now = time.time()
    window = settings.PASSWORD_RESET_WINDOW.total_seconds()
    keys = _reset_keys(request, email)
    stored = cache.get_many(keys)
    recent = {key: [t for t in stored.get(key, []) if t > now - window] for key in keys}
    full = [times for times in recent.values() if len(times) >= settings.PASSWORD_RESET_LIMIT]
    if full:
        return max(min(times) + window - now for times in full)
    cache.set_many({key: [*times, now] for key, times in recent.items()}, timeout=int(window))
    return 0


class PasswordResetView(account.PasswordResetView):
    """Wagtail's "Forgotten password?" form, refused to a locked-out address and throttled."""

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if address_is_locked(request):
            form.is_valid()
            form.add_error(None, lockout_message(self._address_unlocks_at(request)))
            return self._refused(form, "locked-out address")
        if not form.is_valid():
            return self.form_invalid(form)
        wait = reset_wait(request, form.cleaned_data["email"])
        if wait:
            until = timezone.now() + timedelta(seconds=wait)
            form.add_error(
                None,
                gettext(
                    "Too many password reset requests from this address or for this e-mail "
                    "address. You can ask again at %(until)s. An administrator of this site can "
                    "set a new password for you sooner."
                )
                % {"until": _until_text(until)},
            )
            return self._refused(form, "too many requests")
        return self.form_valid(form)

    def _address_unlocks_at(self, request):
        last = (
            _live_attempts()
            .filter(ip_address=client_address(request))
            .order_by("-attempt_time")
            .values_list("attempt_time", flat=True)
            .first()
        )
        return (last or timezone.now()) + _cool_off()

    def _refused(self, form, reason):
        logger.warning(
            "Password reset refused (%s): address=%s", reason, client_address(self.request)
        )
        return self.render_to_response(
            self.get_context_data(form=form), status=settings.AXES_HTTP_RESPONSE_CODE
        )


class PasswordResetConfirmView(account.PasswordResetConfirmView):
    """Setting a new password through the e-mailed link also unlocks the account."""

    def form_valid(self, form):
        response = super().form_valid(form)
        unlock(username=form.user.get_username())
        return response


# Mounted in config/urls.py before Wagtail's admin, whose views these replace.
password_reset_urls = [
    path("", PasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path(
        "confirm/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="wagtailadmin_password_reset_confirm",
    ),
]


# The admin's "Locked-out logins" page --------------------------------------------------------


def can_unlock(user):
    return user.is_active and (user.is_superuser or user.has_perm(UNLOCK_PERMISSION))


class LockoutsView(WagtailAdminTemplateMixin, View):
    template_name = "core/logins/lockouts.html"
    page_title = gettext_lazy("Locked-out logins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not can_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        context = self.get_context_data(
            lockouts=current_lockouts(),
            failure_limit=settings.AXES_FAILURE_LIMIT,
            cool_off_minutes=int(_cool_off().total_seconds() // 60),
        )
        return self.render_to_response(context)


def unlock_view(request):
    """POST kind=username|address and value: forget those failures, back to the list."""
    if not can_unlock(request.user):
        raise PermissionDenied
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    kind, value = request.POST.get("kind"), request.POST.get("value", "")
    if kind not in {"username", "address"} or not value:
        messages.error(request, gettext("Nothing to unlock."))
        return redirect("core_locked_out_logins")
    unlock(**{kind: value})
    logger.warning("Login lockout cleared: %s=%r by %s", kind, value, request.user.get_username())
    if kind == "username":
        text = gettext("The account “%(value)s” can sign in again.")
    else:
        text = gettext("Sign-ins from the address %(value)s are allowed again.")
    messages.success(request, text % {"value": value})
    return redirect("core_locked_out_logins")


admin_urls = [
    path("locked-out-logins/", LockoutsView.as_view(), name="core_locked_out_logins"),
    path("locked-out-logins/unlock/", unlock_view, name="core_unlock_login"),
]


def unlock_permissions():
    """The permission, for Wagtail's group editor (register_permissions)."""
    from django.contrib.auth.models import Permission

    app_label, codename = UNLOCK_PERMISSION.split(".")
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename)
