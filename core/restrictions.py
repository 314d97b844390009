"""A page's privacy follows it into every language, at once.

Wagtail keeps a view restriction (password, login, groups) on one page and its subtree, and
each language has its own tree: restricting the English page leaves its Spanish and Basque
translations public. wagtail-localize copies the source's restriction to a translation only
when that translation is next synced, which may be never. Here, a restriction set, changed or
removed on a page of the default language (the source every translation comes from) is
mirrored on its translations as it is saved, the way wagtail-localize's sync would. A
translator may still restrict their language's page alone: that restriction stays theirs
until the source's privacy changes.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

DISPATCH_UID = "core-restrictions-mirror"


def translations(page):
    """The other language versions of a page of the default language; none for a page of
    another language (a translation's own privacy is its translator's)."""
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return Page.objects.none()
    return Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)


def mirror(source):
    """The source restriction's kind, password and groups on each translation."""
    groups = list(source.groups.all())
    for page in translations(source.page):
        restriction = page.view_restrictions.first() or PageViewRestriction(page=page)
        if (
            restriction.pk is None
            or restriction.restriction_type != source.restriction_type
            or restriction.password != source.password
        ):
            restriction.restriction_type = source.restriction_type
            restriction.password = source.password
            restriction.save()
        if set(restriction.groups.all()) != set(groups):
            restriction.groups.set(groups)


def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        mirror(instance)


def groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        mirror(instance)


def restriction_deleted(sender, instance, origin=None, **kwargs):
    # Only a restriction removed as such (the page made public again); not one deleted with
    # its page, whose translations stay as private as they were.
    if getattr(origin, "model", type(origin)) is not PageViewRestriction:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    if not PageViewRestriction.objects.filter(page=page).exists():
        PageViewRestriction.objects.filter(page__in=translations(page)).delete()


def connect():
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid=DISPATCH_UID)
    post_delete.connect(restriction_deleted, sender=PageViewRestriction, dispatch_uid=DISPATCH_UID)
    m2m_changed.connect(
        groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid=DISPATCH_UID
    )
