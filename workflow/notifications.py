"""E-mails to translators when an English page they translate is new or its text changed.

One e-mail per page and language each time the English page is published, to the members of
that language's translators group who have an address and have not switched them off (Account
→ Notifications). Django's e-mail: the console in development, SMTP in production.
"""

import contextlib
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.signals import page_published
from wagtail.users.models import UserProfile
from wagtail_localize.segments.extract import extract_segments

from workflow.models import TranslationAlerts
from workflow.roles import translators_group_name

logger = logging.getLogger(__name__)


def _texts(page):
    """What a translator translates on this page: (where, text) of each string segment."""
    return {
        (segment.path, segment.string.data)
        for segment in extract_segments(page)
        if hasattr(segment, "string")
    }


def languages_to_tell(page, revision):
    """{language code: "new" | "changed"}: the languages whose translators should hear of this
    publication of an English page. "changed" compares the translatable text with the page's
    previous publication (not its previous draft)."""
    if page.locale_id != Locale.get_default().pk:
        return {}
    translated = set(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("locale__language_code", flat=True)
    )
    earlier = PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish").exclude(
        revision_id=revision.pk
    )
    is_new = not earlier.exists()
    changed = None
    tell = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        if code not in translated:
            if is_new:
                tell[code] = "new"
            continue
        if changed is None:
            previous = (
                earlier.filter(revision__isnull=False)
                .select_related("revision")
                .order_by("-timestamp", "-pk")
                .first()
            )
            changed = previous is None or _texts(previous.revision.as_object()) != _texts(
                revision.as_object()
            )
        if changed:
            tell[code] = "changed"
    return tell


def _recipients(language_code):
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=translators_group_name(language_code))
        .exclude(email="")
    )
    return TranslationAlerts.wanted_by(users).distinct()


def _message(user, page, locale, kind):
    report = reverse("translation_status_report")
    query = urlencode({"language": locale.language_code, "q": page.title[:200]})
    link = f"{settings.WAGTAILADMIN_BASE_URL}{report}?{query}"
    with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
        if kind == "new":
            subject = _("New page to translate into %(language)s: %(title)s")
            body = _(
                "The English page “%(title)s” has been published and has no %(language)s "
                "translation yet.\n\nStart it from the translation status report:\n%(link)s"
            )
        else:
            subject = _("English text changed: %(title)s")
            body = _(
                "The English page “%(title)s” has been published with new or changed text. "
                "Its %(language)s translation is out of date; readers keep the last "
                "published translation until you publish again.\n\n"
                "Sync and translate it from the translation status report:\n%(link)s"
            )
        # The language's name as the recipient's admin writes it inside a sentence.
        values = {"title": page.title, "language": locale.get_display_name(), "link": link}
        footer = _("You can switch these e-mails off in your account settings, Notifications.")
        return subject % values, f"{body % values}\n\n-- \n{footer}\n"


def announce_publication(sender, instance, revision, **kwargs):
    """page_published: send the e-mails for this publication, once it is committed."""
    page = instance
    tell = languages_to_tell(page, revision)
    locales = Locale.objects.filter(language_code__in=tell).in_bulk(field_name="language_code")
    for language_code, kind in tell.items():
        locale = locales.get(language_code)
        if locale is None:  # a language configured but not created yet
            continue
        for user in _recipients(language_code):
            subject, body = _message(user, page, locale, kind)
            transaction.on_commit(lambda s=subject, b=body, to=user.email: _send(s, b, to))


def _send(subject, body, address):
    try:
        send_mail(subject, body, None, [address])
    except OSError:  # SMTP down or refused: the publication stands, the log says so
        logger.exception("Could not send a translation e-mail to %s", address)


DISPATCH_UID = "workflow.announce_publication"


def connect():
    page_published.connect(announce_publication, dispatch_uid=DISPATCH_UID)


@contextlib.contextmanager
def suspended():
    """No e-mails inside: loading the demo content publishes a hundred pages at once."""
    page_published.disconnect(dispatch_uid=DISPATCH_UID)
    try:
        yield
    finally:
        connect()
