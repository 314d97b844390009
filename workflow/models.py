from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationAlerts(models.Model):
    """A staff member's choice about the e-mails that tell translators what changed. No row
    means the default: e-mails on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translation_alerts"
    )
    source_changes = models.BooleanField(
        _("E-mail me when an English page I translate is new or changes"),
        default=True,
        help_text=_("At most one e-mail per page and language each time it is published."),
    )

    class Meta:
        verbose_name = _("translation e-mails")
        verbose_name_plural = _("translation e-mails")

    def __str__(self):
        return str(self.user)

    @classmethod
    def wanted_by(cls, users):
        """The users among `users` who have not switched the e-mails off."""
        return users.exclude(translation_alerts__source_changes=False)
