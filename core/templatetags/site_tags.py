"""The site's template tags. Each only calls what computes its data: core.seo for the <head>,
core.i18n for language versions, core.furniture for the menu and the footer (cached per
language)."""

from django import template
from django.utils.safestring import mark_safe

from core import furniture, seo
from core.i18n import language_versions
from core.routing import current_home as _current_home

register = template.Library()


@register.simple_tag(takes_context=True)
def get_language_versions(context, page=None):
    """{% get_language_versions page as versions %}: the switcher's data."""
    return language_versions(context["request"], page)


@register.simple_tag(takes_context=True)
def current_home(context):
    """The home page of the reader's language."""
    return _current_home(context["request"])


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    menu = furniture.main_menu(request, _current_home(request))
    if menu is None:
        return {}
    current_path = getattr(context.get("page"), "path", "")
    return {
        "home": menu["home"],
        "is_home": current_path == menu["home"]["path"],
        "menu_items": [
            {**item, "is_current": current_path.startswith(item["path"])} for item in menu["items"]
        ],
    }


@register.simple_tag(takes_context=True)
def main_sections(context):
    """{% main_sections as sections %}: the menu's sections, for the 404 page."""
    request = context["request"]
    return furniture.main_sections(request, _current_home(request))


@register.simple_tag
def remembered_sections():
    """{% remembered_sections as sections %}: the menu's sections as the cache last kept them
    for the active language, else none, for the error pages that must not ask the database
    (400, 500, 503: standalone_error.html)."""
    return furniture.remembered_sections()


@register.simple_tag(takes_context=True)
def site_footer(context):
    return mark_safe(furniture.site_footer(context["request"]))  # rendered by a template


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
    """{% json_ld data %}: a schema.org JSON-LD script (nothing for no data)."""
    return seo.json_ld_script(data)


@register.simple_tag(takes_context=True)
def page_meta(context):
    """{% page_meta as seo %}: core.seo.PageMeta of the page shown (title, description,
    canonical URL, social image, hreflang alternates). A routable view names its filter in
    `archive_title`; a paginated listing in the context says which page it is."""
    return seo.page_meta(
        context.get("request"),
        context.get("page"),
        archive_title=context.get("archive_title"),
        listing=seo.listing_page(context.flatten().values()),
    )
