import json
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from core.i18n import OG_LOCALES, language_versions
from core.models import BasePage, SiteFooter
from core.models.pages import (
    META_DESCRIPTION_LENGTH,
    SOCIAL_IMAGE_FILTER,
    SOCIAL_IMAGE_TYPE,
    shorten,
)
from core.site import site_name

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


@dataclass
class PageMeta:
    """What the <head> says about the page shown: title (without the site name), meta
    description, canonical URL and the social image's rendition (absolute URL)."""

    site_name: str
    title: str = ""
    description: str = ""
    canonical_url: str = ""
    image: object = None  # a rendition
    image_url: str = ""
    image_alt: str = ""  # the image's alt text, which is in the source language only
    image_type: str = SOCIAL_IMAGE_TYPE
    # A filtered view (a topic, a year) or a listing's later page: its own canonical URL,
    # and no hreflang, since the other languages may have no such view.
    is_variant: bool = False


def _listing_page(context):
    """The page of the listing shown that `?page=` chooses (core.pagination.paginate), if any."""
    for value in context.flatten().values():
        if isinstance(value, PaginatorPage) and getattr(value, "parameter", None) == "page":
            return value
    return None


def _subpage_path(request, page):
    """The route of a routable page shown ("topic/green-skills/"), "" for the page itself."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


def _canonical_path(page_path, subpage_path, listing):
    """The page's address and route; `?page=N` beyond the first page of a listing; no other
    query string."""
    path = page_path
    if subpage_path:
        path = f"{path.rstrip('/')}/{subpage_path}"
    if listing is not None and listing.number > 1:
        path += f"?{listing.parameter}={listing.number}"
    return path


@register.simple_tag(takes_context=True)
def page_meta(context):
    """{% page_meta as seo %}: title, description, canonical URL and social image of the page
    shown, listing variants included. A routable view names its filter in `archive_title`;
    beyond the first page of a listing, title and description say which page it is."""
    request = context.get("request")
    page = context.get("page")
    meta = PageMeta(site_name=site_name(request) if request else settings.WAGTAIL_SITE_NAME)
    if request is None or not isinstance(page, BasePage):
        return meta

    description = page.get_meta_description(request)
    archive_title = context.get("archive_title")
    if archive_title:
        meta.title = str(archive_title)
        description = shorten(f"{archive_title}: {description}", META_DESCRIPTION_LENGTH)
    else:
        meta.title = page.get_meta_title()
    listing = _listing_page(context)
    if listing is not None and listing.number > 1:
        label = gettext("Page %(number)s of %(total)s") % {
            "number": listing.number,
            "total": listing.paginator.num_pages,
        }
        meta.title = f"{meta.title} – {label}"
        description = shorten(description, META_DESCRIPTION_LENGTH - len(label) - 3)
        description = f"{description} – {label}"
    meta.description = description

    subpage_path = _subpage_path(request, page)
    meta.is_variant = bool(subpage_path) or (listing is not None and listing.number > 1)
    page_path = page.get_url(request)
    if page_path is not None:  # None: outside every site
        meta.canonical_url = request.build_absolute_uri(
            _canonical_path(page_path, subpage_path, listing)
        )
    image = page.get_social_image()
    if image is not None:
        try:
            meta.image = image.get_rendition(SOCIAL_IMAGE_FILTER)
        except SourceImageIOError:  # the original file is missing: share without an image
            return meta
        meta.image_url = request.build_absolute_uri(meta.image.url)
        if get_language() == settings.LANGUAGE_CODE:
            meta.image_alt = meta.image.alt
    return meta
