from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from core import admin_i18n, cache_purge

        admin_i18n.apply()
        cache_purge.connect()
