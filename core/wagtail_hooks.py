from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core import logins
from core.models import SiteFooter

register_snippet(SiteFooter)


# Locked-out logins (core/logins.py): a page under Settings for superusers and holders of the
# permission, which Wagtail's group editor offers.
@hooks.register("register_admin_urls")
def register_logins_urls():
    return logins.admin_urls


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return logins.can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Locked-out logins"),
        reverse("core_locked_out_logins"),
        icon_name="lock",
        order=1000,
        name="locked-out-logins",
    )


@hooks.register("register_permissions")
def register_unlock_permission():
    return logins.unlock_permissions()


# `pad-1200x630-ffffff`: a logo or a cover fitted whole into a social card
# (core/image_operations.py).
@hooks.register("register_image_operations")
def register_pad_operation():
    from core.image_operations import PadOperation

    return [("pad", PadOperation)]
