"""Which languages a user may work in.

Each language has its own page tree, and page permissions on a tree's root decide who edits
it. The same answer governs translatable snippets, which Wagtail only permits per model: a
user edits a Spanish topic or footer only if they may edit the Spanish home page.
"""

import functools

from wagtail.models import Locale, Page, Site, TranslatableMixin


def locale_roots():
    """Each language's home page: the default site's root page and its translations."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return {}
    return {page.locale_id: page for page in site.root_page.get_translations(inclusive=True)}


def editable_locale_ids(user):
    """The locales whose content this user may edit, cached on the user for the request."""
    if not hasattr(user, "_editable_locale_ids"):
        if not user.is_active:
            ids = frozenset()
        elif user.is_superuser:
            ids = frozenset(Locale.objects.values_list("pk", flat=True))
        else:
            ids = frozenset(
                locale_id
                for locale_id, root in locale_roots().items()
                if root.permissions_for_user(user).can_edit()
            )
        user._editable_locale_ids = ids
    return user._editable_locale_ids


def translatable_locales(user):
    """The languages this user translates into: those they may edit, less the source."""
    return Locale.objects.filter(pk__in=editable_locale_ids(user)).exclude(
        pk=Locale.get_default().pk
    )


def user_can_edit_in_locale(user, instance):
    """Pages answer through their tree's permissions; snippets through their locale."""
    if isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return True
    return instance.locale_id in editable_locale_ids(user)


def scope_translation_editor_to_locales():
    """wagtail-localize checks every translation-editor request (string edits, PO upload and
    download, machine translation, preview, stop) with one function, which for snippets asks
    only for the model permission. Add the locale to that check."""
    from wagtail_localize.views import edit_translation

    model_check = edit_translation.user_can_edit_instance
    if getattr(model_check, "scoped_to_locales", False):
        return

    @functools.wraps(model_check)
    def user_can_edit_instance(user, instance):
        return model_check(user, instance) and user_can_edit_in_locale(user, instance)

    user_can_edit_instance.scoped_to_locales = True
    edit_translation.user_can_edit_instance = user_can_edit_instance
