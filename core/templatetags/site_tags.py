import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from core.i18n import OG_LOCALES, language_versions
from core.models import SiteFooter

register = template.Library()

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _current_home(request):
    """The home page of the reader's language, looked up once per request."""
    if not hasattr(request, "_current_home"):
        site = Site.find_for_request(request)
        request._current_home = site.root_page.localized.specific if site else None
    return request._current_home


@register.simple_tag(takes_context=True)
def get_language_versions(context, page=None):
    """{% get_language_versions page as versions %}: the switcher's and hreflang's data."""
    return language_versions(context["request"], page)


@register.simple_tag
def og_locale():
    return OG_LOCALES.get(get_language(), get_language())


@register.simple_tag(takes_context=True)
def current_home(context):
    """The home page of the reader's language."""
    return _current_home(context["request"])


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = _current_home(request)
    pages = home.get_children().live().public().in_menu() if home else []
    current_path = getattr(context.get("page"), "path", "")
    return {
        "request": request,
        "home": home,
        "current_path": current_path,
        "menu_items": [
            {"page": page, "is_current": current_path.startswith(page.path)} for page in pages
        ],
    }


@register.inclusion_tag("components/site_footer.html", takes_context=True)
def site_footer(context):
    return {"request": context["request"], "footer": SiteFooter.for_active_locale()}


@register.simple_tag
def default_language():
    return settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """A full URL for a path, for canonical links, feeds and Open Graph tags."""
    return context["request"].build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def query_with(context, parameter, value):
    """The current query string with one parameter replaced: `?topic=x&page=3`."""
    query = context["request"].GET.copy()
    if value in (None, "", 1) and parameter == "page":
        query.pop(parameter, None)
    else:
        query[parameter] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def json_ld(data):
    """A schema.org JSON-LD block; <, > and & are escaped so no text can close the script."""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
                JSON_SCRIPT_ESCAPES
            )
        ),
    )
