"""Where Wagtail and wagtail-localize write English the catalogues cannot reach.

Applied once at start-up (CoreConfig.ready). Each patch replaces one upstream function with
the same behaviour in the user's language; docs/development.md says how to check them on an
upgrade (tests/browser/test_admin_language.py fails if one stops working).

- A locale's name. Wagtail names a locale by its WAGTAIL_CONTENT_LANGUAGES entry, the
  language's own name ("English"), also inside sentences: "Publish in English",
  "Uses English version", "Copied for translation from News (English)". In the admin a
  language named inside a sentence is in the reader's language ("inglés", "ingelesa"). The
  public site's language switcher does not use this (it names each language in itself).
  Wagtail's history ("Copied for translation from News (English)") looks the name up in
  get_content_languages() itself: that lookup, in wagtail/wagtail_hooks.py only, is given the
  same names.
  Wagtail caches the names of the locales (the "Language" column of listings) once for
  every user: here once per admin language.
- The date in the translation editor's notes ("Translated manually on 2 December 2026"):
  wagtail-localize formats it with strftime, always in English; here Django's date format
  of the active language.
- The sign-in form's "Password" label: Wagtail's LoginForm gives the field no label, so
  Django names it after the field, in English.
- The refusal "Sorry, you do not have permission to access this area." after a view raised
  PermissionDenied: Wagtail writes it once the user's admin language is off again.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone, translation
from django.utils.translation import get_language, gettext, gettext_lazy, pgettext_lazy

# The language's own name (the msgid) as the admin writes it inside a sentence, in the
# user's language: "English" is "inglés" in Spanish and "ingelesa" in Basque. An English
# admin keeps the names of settings.LANGUAGES.
LANGUAGE_NAMES = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "es": pgettext_lazy("language name inside a sentence", "Español"),
    "eu": pgettext_lazy("language name inside a sentence", "Euskara"),
}


def locale_display_name(locale):
    """The locale's name in the active language (Locale.get_display_name)."""
    name = LANGUAGE_NAMES.get(locale.language_code)
    return str(name) if name is not None else _upstream_display_name(locale)


LOCALE_NAMES_CACHE_KEY = "admin-locale-names:{language}"


def locales_display_names():
    """wagtail.coreutils.get_locales_display_names, cached per admin language."""
    from wagtail.models import Locale

    key = LOCALE_NAMES_CACHE_KEY.format(language=get_language())
    names = cache.get(key)
    if names is None:
        names = {locale.pk: locale.get_display_name() for locale in Locale.objects.all()}
        cache.set(key, names)
    return names


def forget_locales_display_names(**kwargs):
    cache.delete_many(
        [LOCALE_NAMES_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )


def content_languages_in_sentences():
    """get_content_languages() for wagtail/wagtail_hooks.py: {code: name in a sentence}."""
    from wagtail.coreutils import get_content_languages

    return {
        code: str(LANGUAGE_NAMES.get(code, name)) for code, name in get_content_languages().items()
    }


def string_translation_comment(string_translation):
    """StringTranslation.get_comment with the date in the active language."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def permission_denied_in_users_language(request):
    """Wagtail's refusal when a view raises PermissionDenied ("Sorry, you do not have
    permission to access this area.") is written after require_admin_access has switched the
    user's admin language off again: here it is written in that language."""
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(request.user).get_preferred_language()
    with translation.override(language or get_language()):
        return _upstream_permission_denied(request)


_upstream_display_name = None
_upstream_permission_denied = None


def apply():
    """Install the patches (idempotent)."""
    global _upstream_display_name, _upstream_permission_denied
    import wagtail.admin.auth
    import wagtail.admin.templatetags.wagtailadmin_tags
    import wagtail.admin.ui.tables
    import wagtail.wagtail_hooks
    from django.db.models.signals import post_delete, post_save
    from wagtail.admin.forms.auth import LoginForm
    from wagtail.models import Locale
    from wagtail_localize.models import StringTranslation

    if Locale.get_display_name is not locale_display_name:
        _upstream_display_name = Locale.get_display_name
        Locale.get_display_name = locale_display_name
    if wagtail.admin.auth.permission_denied is not permission_denied_in_users_language:
        _upstream_permission_denied = wagtail.admin.auth.permission_denied
        wagtail.admin.auth.permission_denied = permission_denied_in_users_language
    StringTranslation.get_comment = string_translation_comment
    wagtail.wagtail_hooks.get_content_languages = content_languages_in_sentences
    for module in (wagtail.admin.templatetags.wagtailadmin_tags, wagtail.admin.ui.tables):
        module.get_locales_display_names = locales_display_names
    post_save.connect(forget_locales_display_names, sender=Locale, dispatch_uid="admin-i18n")
    post_delete.connect(forget_locales_display_names, sender=Locale, dispatch_uid="admin-i18n")
    LoginForm.base_fields["password"].label = gettext_lazy("Password")
