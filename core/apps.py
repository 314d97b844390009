from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from django.db.backends.signals import connection_created

        from core import admin_i18n, cache_purge, logins, restrictions
        from core.database_faults import outage

        admin_i18n.apply()
        cache_purge.connect()
        restrictions.connect()
        user_logged_in.connect(logins.forget_failures, dispatch_uid="core-logins")
        # A new database connection ends the worker's outage (core/database_faults.py).
        connection_created.connect(outage.reconnected, dispatch_uid="core-database-outage")
