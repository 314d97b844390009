"""What the <head> says about the page shown: title and description (with the archive and
"Page N of M" of a listing), canonical URL, hreflang alternates, Open Graph and Twitter card
data, and JSON-LD. Pages decide through their hooks (`BasePage.get_meta_title`,
`get_meta_description`, `get_social_image`, `get_og_type`, `get_json_ld`); the template tags in
`core.templatetags.site_tags` only call this module."""

import json
import mimetypes
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images.models import SourceImageIOError

from core.i18n import OG_LOCALES, language_versions
from core.models.pages import (
    META_DESCRIPTION_LENGTH,
    SOCIAL_IMAGE_TYPE,
    BasePage,
    shorten,
)
from core.site import site_name

# The site-wide card of pages without an image of their own (drawn by
# `manage.py make_social_image`), and its size.
DEFAULT_SOCIAL_IMAGE = "images/og-default.png"
DEFAULT_SOCIAL_IMAGE_SIZE = (1200, 630)

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Alternate:
    """A <link rel="alternate" hreflang>; `og_locale` is the og:locale:alternate it adds
    ("" for the reader's own language and for x-default)."""

    hreflang: str
    url: str
    og_locale: str = ""


@dataclass
class PageMeta:
    """What the <head> says about the page shown: title (without the site name), meta
    description, canonical URL and the social image's rendition (absolute URL)."""

    site_name: str
    title: str = ""
    description: str = ""
    canonical_url: str = ""
    og_type: str = "website"
    og_locale: str = ""
    image: object = None  # a rendition, None for the site's default card
    image_url: str = ""  # absolute; set on every page
    image_alt: str = ""  # in the page's language
    image_type: str = SOCIAL_IMAGE_TYPE
    image_width: int = 0  # of the file served
    image_height: int = 0
    # A filtered view (a topic, a year) or a listing's later page: its own canonical URL,
    # and no hreflang, since the other languages may have no such view.
    is_variant: bool = False
    alternates: list = field(default_factory=list)  # of Alternate, x-default last


def og_locale(language=None):
    """Open Graph's locale (a language with its territory) of a language, the active one by
    default."""
    language = language or get_language()
    return OG_LOCALES.get(language, language)


def json_ld_script(data):
    """A schema.org JSON-LD block; <, > and & are escaped so no text can close the script.
    Nothing for no data."""
    if not data:
        return ""
    encoded = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(encoded.translate(JSON_SCRIPT_ESCAPES)),
    )


def listing_page(values):
    """Among template context values, the page of the listing shown that `?page=` chooses
    (core.pagination.paginate), if any."""
    for value in values:
        # type(), not isinstance(): isinstance() would evaluate the context's lazy values
        # (the CSRF token, the user), and so set a cookie and `Vary: Cookie` on every page,
        # which no shared cache could then store.
        if issubclass(type(value), PaginatorPage) and getattr(value, "parameter", None) == "page":
            return value
    return None


def subpage_path(request, page):
    """The route of a routable page shown ("topic/green-skills/"), "" for the page itself."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


def canonical_path(page_path, route, listing):
    """The page's address and route; `?page=N` beyond the first page of a listing; no other
    query string."""
    path = page_path
    if route:
        path = f"{path.rstrip('/')}/{route}"
    if listing is not None and listing.number > 1:
        path += f"?{listing.parameter}={listing.number}"
    return path


def title_and_description(request, page, archive_title=None, listing=None):
    """(title, description) of the page shown: an archive's title names its filter; beyond
    the first page of a listing, both say which page it is."""
    description = page.get_meta_description(request)
    if archive_title:
        title = str(archive_title)
        description = shorten(f"{archive_title}: {description}", META_DESCRIPTION_LENGTH)
    else:
        title = page.get_meta_title()
    if listing is not None and listing.number > 1:
        label = gettext("Page %(number)s of %(total)s") % {
            "number": listing.number,
            "total": listing.paginator.num_pages,
        }
        title = f"{title} – {label}"
        description = shorten(description, META_DESCRIPTION_LENGTH - len(label) - 3)
        description = f"{description} – {label}"
    return title, description


def rendition_or_none(image, filter_spec):
    """`image`'s rendition, or None when there is no image or its original file is missing
    (a page, feed or JSON-LD block then goes without it rather than failing)."""
    if image is None:
        return None
    try:
        return image.get_rendition(filter_spec)
    except SourceImageIOError:
        return None


def default_social_image_alt(request=None):
    """The alt text of the site-wide card, in the active language."""
    name = site_name(request) if request is not None else settings.WAGTAIL_SITE_NAME
    return gettext("%(site_name)s: the project's logo and name, and the EU emblem") % {
        "site_name": name
    }


def default_social_image_url(request):
    return request.build_absolute_uri(static(DEFAULT_SOCIAL_IMAGE))


def set_social_image(meta, request, card):
    """The page's card (a core.models.pages.SocialImage): its rendition, absolute URL, type,
    size and alt text; the site's default card when the page has none or its original file
    is missing."""
    meta.image = rendition_or_none(card.image, card.filter_spec) if card else None
    if meta.image is None:
        meta.image_url = default_social_image_url(request)
        meta.image_type = "image/png"
        meta.image_width, meta.image_height = DEFAULT_SOCIAL_IMAGE_SIZE
        meta.image_alt = default_social_image_alt(request)
        return
    meta.image_url = request.build_absolute_uri(meta.image.url)
    meta.image_type = mimetypes.guess_type(meta.image.file.name)[0] or SOCIAL_IMAGE_TYPE
    meta.image_width, meta.image_height = meta.image.width, meta.image.height
    meta.image_alt = card.alt


def alternates(request, page):
    """The hreflang links of the page shown (a page, or a view such as search): each language
    version search engines are told about, and x-default for the default language's."""
    versions = [v for v in language_versions(request, page) if v.is_advertised]
    links = [Alternate(v.code, v.full_url, "" if v.is_current else v.og_locale) for v in versions]
    links += [
        Alternate("x-default", v.full_url) for v in versions if v.code == settings.LANGUAGE_CODE
    ]
    return links


def page_meta(request, page, archive_title=None, listing=None):
    """Title, description, canonical URL, social image and language alternates of the page
    shown, listing variants included. A routable view names its filter in `archive_title`;
    `listing` is the page of a paginated listing shown, if any."""
    meta = PageMeta(
        site_name=site_name(request) if request else settings.WAGTAIL_SITE_NAME,
        og_locale=og_locale(),
    )
    if request is None:
        return meta
    is_page = isinstance(page, BasePage)
    route = subpage_path(request, page) if is_page else ""
    meta.is_variant = bool(route) or (is_page and listing is not None and listing.number > 1)
    if not meta.is_variant:
        meta.alternates = alternates(request, page)
    if not is_page:
        return meta

    meta.title, meta.description = title_and_description(request, page, archive_title, listing)
    meta.og_type = page.get_og_type()
    page_path = page.get_url(request)
    if page_path is not None:  # None: outside every site
        meta.canonical_url = request.build_absolute_uri(canonical_path(page_path, route, listing))
    with translation.override(page.locale.language_code if page.locale_id else None):
        card = page.get_social_card()
    set_social_image(meta, request, card)
    return meta
