"""schema.org builders the page types share for their JSON-LD (`BasePage.get_json_ld`): the
consortium as an Organization and publisher, partners as Organizations, images, licences and
files. Every URL is absolute; every text is the page's own, in its language (`inLanguage`)."""

import mimetypes

from django.conf import settings
from django.templatetags.static import static

from core.site import site_name

CONTEXT = "https://schema.org"
# The publisher's logo: a raster square (drawn by `manage.py make_social_image`).
LOGO = "images/logo-512.png"
LOGO_SIZE = 512
JSON_LD_IMAGE_FILTER = "fill-1200x630|format-jpeg"


def absolute(request, url):
    return request.build_absolute_uri(url)


def image_object(request, rendition):
    """An ImageObject of a rendition, with its true size."""
    return {
        "@type": "ImageObject",
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def default_image(request):
    """The site-wide social card as an ImageObject."""
    from core.seo import DEFAULT_SOCIAL_IMAGE, DEFAULT_SOCIAL_IMAGE_SIZE

    width, height = DEFAULT_SOCIAL_IMAGE_SIZE
    return {
        "@type": "ImageObject",
        "url": absolute(request, static(DEFAULT_SOCIAL_IMAGE)),
        "width": width,
        "height": height,
    }


def page_image(request, page):
    """The page's social card (its own image, padded logo or cover, else the site's card)
    as an ImageObject: the image search engines show with the page."""
    from core.seo import rendition_or_none

    card = page.get_social_card()
    rendition = rendition_or_none(card.image, card.filter_spec) if card else None
    return image_object(request, rendition) if rendition else default_image(request)


def consortium(request, url=None):
    """The consortium that runs the site, as an Organization with its logo: the publisher of
    every page, the author of its news. `url`: its home page in the reader's language."""
    data = {
        "@type": "Organization",
        "name": site_name(request) if request is not None else settings.WAGTAIL_SITE_NAME,
        "logo": {
            "@type": "ImageObject",
            "url": absolute(request, static(LOGO)),
            "width": LOGO_SIZE,
            "height": LOGO_SIZE,
        },
    }
    if url:
        data["url"] = url
    return data


def site_home_url(request, page):
    """The absolute URL of the home page of the reader's language (the page's own), from the
    cache the menu uses (core.routing.current_home): no query of its own."""
    from core.models.pages import HOME_PAGE_DEPTH
    from core.routing import current_home

    home = page if page.depth == HOME_PAGE_DEPTH else current_home(request)
    url = home.get_url(request) if home is not None else None
    return absolute(request, url or "/")


def partner_organization(request, partner, logo=True):
    """A partner (a PartnerPage) as an Organization: its page on this site as `url`, its own
    website as `sameAs`, its logo."""
    from core.seo import rendition_or_none

    data = {"@type": "Organization", "name": partner.title}
    url = partner.get_url(request)
    if url:
        data["url"] = absolute(request, url)
    if getattr(partner, "acronym", ""):
        data["alternateName"] = partner.acronym
    if getattr(partner, "website", ""):
        data["sameAs"] = [partner.website]
    rendition = rendition_or_none(getattr(partner, "logo", None), "max-400x400|format-png")
    if logo and rendition is not None:
        data["logo"] = image_object(request, rendition)
    return data


def content_size(size):
    """A file size as schema.org's contentSize reads it: "245 KB", "1.2 MB"."""
    if size is None:
        return None
    if size < 1000:
        return f"{size} B"
    if size < 1000**2:
        return f"{round(size / 1000)} KB"
    return f"{size / 1000**2:.1f} MB"


def media_object(request, document):
    """A downloadable file (a Wagtail document with `language`) as a MediaObject."""
    data = {
        "@type": "MediaObject",
        "name": document.title,
        "contentUrl": absolute(request, document.url),
        "encodingFormat": mimetypes.guess_type(document.file.name)[0] or "application/octet-stream",
    }
    language = getattr(document, "language", "")
    if language and language != "other":
        data["inLanguage"] = language
    try:
        size = content_size(document.file_size)
    except OSError:  # the file has gone missing from storage
        size = None
    if size:
        data["contentSize"] = size
    return data


def home_page_json_ld(request, home):
    """The home page's graph: the consortium as an Organization (logo, its partners as
    members) and the WebSite in the home page's language, with a SearchAction that names the
    search page's address with {search_term_string}."""
    from django.urls import reverse
    from django.utils import translation

    language = home.locale.language_code
    url = site_home_url(request, home)
    with translation.override(language):
        search_url = absolute(request, reverse("search"))
    organisation = consortium(request, url)
    organisation["@id"] = f"{url}#organization"
    description = home.get_meta_description(request)
    if description:
        organisation["description"] = description
    website = {
        "@type": "WebSite",
        "@id": f"{url}#website",
        "name": organisation["name"],
        "url": url,
        "inLanguage": language,
        "publisher": {"@id": organisation["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return {"@context": CONTEXT, "@graph": [organisation, website]}
