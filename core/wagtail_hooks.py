from wagtail.snippets.models import register_snippet

from core.models import SiteFooter

register_snippet(SiteFooter)
