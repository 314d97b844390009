import re
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page, PagePermissionTester, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.models.images import optional_image
from core.site import site_name

META_DESCRIPTION_LENGTH = 160

# What shared links show: Open Graph and Twitter want 1.91:1, 1200×630 at best. Photos are
# cut to that shape; logos and covers are fitted whole on a plain ground (`pad`, registered in
# core.wagtail_hooks), logos as PNG, which keeps their lines sharp. JPEG and PNG only: not every
# social network reads AVIF or WebP.
SOCIAL_IMAGE_FILTER = "fill-1200x630|format-jpeg"
SOCIAL_LOGO_FILTER = "pad-1200x630-ffffff|format-png"
SOCIAL_COVER_FILTER = "pad-1200x630-eef5f5|format-jpeg"
SOCIAL_IMAGE_TYPE = "image/jpeg"


@dataclass(frozen=True)
class SocialImage:
    """A page's image for shared links: the image, the rendition filter that makes it a
    1200×630 card, and its alt text in the page's language."""

    image: object
    filter_spec: str = SOCIAL_IMAGE_FILTER
    alt: str = ""


# What a link to a page and a listing card read of the page itself: listings load only these
# and their own card fields (`.only()`), which keeps the rows and their Python work small.
LINK_FIELDS = (
    "title",
    "slug",
    "path",
    "depth",
    "numchild",
    "url_path",
    "locale",
    "translation_key",
    "live",
    "content_type",
    "first_published_at",
    "last_published_at",
)

# Each language's home page hangs from the root page; index pages hang from a home page.
HOME_PAGE_DEPTH = 2


def shorten(text, length):
    """Cut text at the last whole word that fits, with an ellipsis when anything was cut."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


# A document link in rich text, as stored: <a linktype="document" id="12">.
RICH_TEXT_DOCUMENT = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*>')
RICH_TEXT_ID = re.compile(r'\bid="(\d+)"')
# A page's contents list its headings when it has at least this many.
CONTENTS_MIN_HEADINGS = 3


def body_headings(body, level="h2"):
    """(text, anchor) of a body's section headings, as blocks/heading_block.html renders them
    (the anchor is the slug of the text). No query."""
    return [
        (block.value["text"], slugify(block.value["text"]))
        for block in body
        if block.block_type == "heading" and block.value["level"] == level
    ]


def body_documents(body):
    """The documents a body links to, in order, once each: its document-link blocks and the
    document links in its rich text. At most one query of its own (rich-text links); the
    blocks' documents are the ones the body's rendering loads."""
    found, rich_ids = {}, []
    for block in body:
        if block.block_type == "document_link":
            document = block.value.get("document")
            if document is not None:
                found.setdefault(("block", document.pk), document)
        elif block.block_type in ("paragraph", "two_columns"):
            texts = (
                [block.value.source]
                if block.block_type == "paragraph"
                else [block.value["left"].source, block.value["right"].source]
            )
            for text in texts:
                for link in RICH_TEXT_DOCUMENT.findall(text):
                    number = RICH_TEXT_ID.search(link)
                    if number:
                        rich_ids.append(int(number.group(1)))
                        found.setdefault(("rich", int(number.group(1))), None)
    if rich_ids:
        documents = get_document_model().objects.in_bulk(rich_ids)
        for key in [key for key in found if key[0] == "rich"]:
            found[key] = documents.get(key[1])
    documents, seen = [], set()
    for document in found.values():
        if document is not None and document.pk not in seen:
            seen.add(document.pk)
            documents.append(document)
    return documents


def related_partner_logos(page, partners):
    """Sets `profile` on each partner (page row, as taxonomy's localized_partners gives them)
    that a page names: the partner page the page links to, with its logo, for
    components/partner_logo.html (the logo, else the monogram; both follow the source in every
    language). One query, none without partners or in a preview; the logos' renditions come
    from Wagtail's rendition cache once made."""
    for partner in partners:
        partner.profile = None
    if not partners or page.pk is None:
        return partners
    links = page.related_partner_links.model.objects.filter(page=page).select_related(
        "partner__logo"
    )
    profiles = {link.partner.translation_key: link.partner for link in links}
    for partner in partners:
        partner.profile = profiles.get(partner.translation_key)
    return partners


class SitePagePermissionTester(PagePermissionTester):
    """Wagtail lets whoever may edit and publish a page delete it. Here deleting is also for
    those who may add pages there: translators edit and publish their language's pages, but a
    page they deleted is one they could not create again."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and (
            self.user.is_superuser or "add" in self.permissions
        )


class BasePageQuerySet(PageQuerySet):
    """Page type querysets' base: `public()` without Wagtail's query of every view
    restriction, as a subquery, and no filter at all while no page is restricted."""

    def public(self):
        from core import routing
        from core.i18n import view_restricted

        if not routing.has_view_restrictions():
            return self
        return self.filter(~view_restricted())


class BasePage(Page):
    """What every public page shares: SEO and social fields, and what a translator translates.

    Page types say what is theirs through hooks, which core.seo and `get_context` call in one
    place: get_meta_title, get_meta_description, get_summary, get_social_image, get_og_type,
    get_json_ld and get_breadcrumbs."""

    social_image = optional_image(
        _("social image"),
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("social_image"),
    ]

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return SitePagePermissionTester(user, self)

    # Routing ------------------------------------------------------------------------------

    @classmethod
    def route_queryset(cls):
        """What routing to a page of this type fetches with it in the same query (the fields
        its own rendering reads through foreign keys); page types extend it."""
        return cls.objects.all()

    def route(self, request, path_components):
        """Wagtail's routing, with each child fetched in one query, specific, where its type
        is known (this page allows one child type), and a home page's children from the
        cache (core.routing.home_children). Otherwise, as Wagtail does, the child's row and
        then its specific row."""
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        child = self._find_child(request, slug)
        child._cached_parent_obj = self
        return child.route(request, remaining)

    def _find_child(self, request, slug):
        from core import routing

        cached = routing.home_children(request, self).get(slug)
        if cached is not None:
            return cached
        models_ = self.specific_class.allowed_subpage_models()
        if len(models_) == 1 and issubclass(models_[0], BasePage):
            # The tree's own lookup of children, without its ordering (one row at most).
            children = (
                models_[0]
                .route_queryset()
                .filter(path__startswith=self.path, depth=self.depth + 1, slug=slug)
            )
            for child in children.order_by()[:1]:
                routing.locale_of(child)
                return child
        try:
            return self.get_children().get(slug=slug).specific
        except Page.DoesNotExist as error:
            raise Http404 from error

    def get_view_restrictions(self):
        """Wagtail's view restrictions of the page and its ancestors, in one query, and none
        at all while no page of any site is restricted (known from the cache)."""
        from core import routing

        if not routing.has_view_restrictions():
            return PageViewRestriction.objects.none()
        paths = [self.path[: depth * self.steplen] for depth in range(1, self.depth + 1)]
        # An alias (and a page under one) has the restrictions of the page it is an alias of.
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths) | Q(page__aliases__path__in=paths)
        ).distinct()

    def get_url_parts(self, request=None):
        """Wagtail's, worked out once per request for this instance (the <head>, JSON-LD,
        breadcrumbs and links all ask for it)."""
        if request is None:
            return super().get_url_parts(request)
        remembered = self.__dict__.get("_url_parts")
        if remembered is not None and remembered[0] is request:
            return remembered[1]
        parts = super().get_url_parts(request)
        self._url_parts = (request, parts)
        return parts

    # Hooks ---------------------------------------------------------------------------------

    def get_summary(self):
        """A plain-text summary for listings and the meta description; pages override it."""
        return ""

    def get_meta_title(self):
        """The editor's title for search engines, else the page title."""
        return self.seo_title or self.title

    def get_meta_description(self, request=None):
        """The editor's description, else the summary shortened at a word to what search
        engines show (about 160 characters), else a sentence made of the title and the site
        name, so that it is never empty."""
        description = " ".join(self.search_description.split()) or shorten(
            self.get_summary(), META_DESCRIPTION_LENGTH
        )
        if description:
            return description
        name = site_name(request) if request is not None else settings.WAGTAIL_SITE_NAME
        return shorten(
            gettext("%(title)s: a page of the %(site_name)s website.")
            % {"title": self.get_meta_title(), "site_name": name},
            META_DESCRIPTION_LENGTH,
        )

    @classmethod
    def as_cards(cls, pages, locale):
        """The pages of a listing, ready for their cards in `locale`. A page type whose cards
        show more than its own fields (news: topics in the reader's language) overrides it."""
        return list(pages)

    def get_listing_date(self):
        """The date listings and search results show: publication or event day, if any."""
        return None

    def get_social_image(self):
        """The image shared links show: the editor's social image; page types fall back to
        their own lead image. None: the site's default card (core.seo)."""
        return self.social_image

    def get_social_card(self):
        """The page's SocialImage, None for the site's default card. Called with the page's
        language active. Page types whose image is a logo or a cover, or has a translated
        description, override it."""
        image = self.get_social_image()
        if image is None:
            return None
        return SocialImage(image, SOCIAL_IMAGE_FILTER, self.image_alt_in_page_language(image))

    def image_alt_in_page_language(self, image, translated_alt=""):
        """An image's alt text for this page: the translated text given, else the image's
        own description where the page is in the language it is written in (the source
        language), else the page's title, which says what the image is about."""
        if translated_alt:
            return translated_alt
        language = self.locale.language_code if self.locale_id else settings.LANGUAGE_CODE
        if language == settings.LANGUAGE_CODE and image.description:
            return image.description
        return self.get_meta_title()

    def get_og_type(self):
        """Open Graph's type of the page ("article" for news)."""
        return "website"

    def get_json_ld(self, request):
        """The page's schema.org data, which the <head> carries as JSON-LD; None for none.
        Page types that have such data override it."""
        return None

    def get_breadcrumbs(self):
        """The pages the header links to above the title: the content area's index page a
        page is filed under. None for pages that are never filed under one (the home page,
        index pages, standard pages), at no query; one query for the others."""
        if not any(issubclass(model, IndexPage) for model in self.allowed_parent_page_models()):
            return []
        parent = self.get_parent()
        return [parent] if parent is not None and parent.depth > HOME_PAGE_DEPTH else []

    def get_context(self, request, *args, **kwargs):
        """What every page's template shows beyond its fields, computed once here: JSON-LD
        and breadcrumbs. Page types add what their own template shows."""
        context = super().get_context(request, *args, **kwargs)
        context["page_json_ld"] = self.get_json_ld(request)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


class IndexPage(BasePage):
    """A content area's landing page, one per language tree: a title, an introduction, and
    the listing its subclass renders."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_summary(self):
        return self.introduction


class StandardPage(BasePage):
    """About, privacy, accessibility statement and other pages of plain content."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_summary(self):
        return self.introduction

    def get_context(self, request, *args, **kwargs):
        """The page's contents (its section headings) when it has several, else the pages
        beside it: its parent's other standard pages and its own, shown in the menu or not."""
        context = super().get_context(request, *args, **kwargs)
        headings = body_headings(self.body)
        context["contents"] = headings if len(headings) >= CONTENTS_MIN_HEADINGS else []
        context["section_pages"] = [] if context["contents"] else self.get_section_pages()
        return context

    def get_section_pages(self):
        """The standard pages next to this one (its siblings) and under it, in the tree's
        order, this one included, as links. One query."""
        return list(
            StandardPage.objects.live()
            .public()
            .filter(
                Q(path__startswith=self.path, depth=self.depth + 1)
                | Q(path__startswith=self.path[: -self.steplen], depth=self.depth)
            )
            .filter(locale_id=self.locale_id)
            .order_by("path")
            .only(*LINK_FIELDS)
        )
