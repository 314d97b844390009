from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TaxonomyConfig(AppConfig):
    """What several content apps share: the topics and tags they are filed under, and the link
    from a page to the partners it names."""

    name = "taxonomy"
    verbose_name = _("Topics and tags")
