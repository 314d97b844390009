"""StreamField blocks shared by every page type. App-only blocks live in <app>/blocks.py."""

import re

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from core.rich_text import BODY_FEATURES


def block_meta(icon, label, description, preview_value, **options):
    """A StructBlock's Meta: what the editor's block menu shows (icon, label, description) and
    the value its preview renders. The template follows from the block (BaseStructBlock)."""
    return type(
        "Meta",
        (),
        {
            "icon": icon,
            "label": label,
            "description": description,
            "preview_value": preview_value,
            **options,
        },
    )


def body_text(label, **options):
    """Rich text with the body's features (core.rich_text.BODY_FEATURES)."""
    return blocks.RichTextBlock(label=label, features=BODY_FEATURES, **options)


class BaseStructBlock(blocks.StructBlock):
    """A StructBlock of the site. Its template is named after it, `blocks/<name>.html` in
    snake case (QuoteBlock: blocks/quote_block.html), unless its Meta names one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not getattr(self.meta, "template", None):
            name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(self).__name__).lower()
            self.meta.template = f"blocks/{name}.html"


class HeadingBlock(BaseStructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
        search_index=False,  # the level's label is not content: keep it out of the search index
    )

    Meta = block_meta(
        "title",
        _("Heading"),
        _("A section heading; it also appears in tables of contents."),
        {"text": "Two-way cooperation", "level": "h2"},
    )


class ImageWithCaptionValue(blocks.StructValue):
    """The alt text to show and its language: the block's own (translated with the page),
    else the image's, which is written in the source language and is marked as such."""

    def alt(self):
        return self["alt_text"] or self["image"].default_alt_text

    def alt_language(self):
        return get_language() if self["alt_text"] else settings.LANGUAGE_CODE

    def credit_text(self):
        """The block's credit (translated with the page), else the image's."""
        return self["credit"] or self["image"].credit

    def credit_language(self):
        """Empty when the credit is in the reader's language; else the source language, which
        the image's own credit is written in."""
        if self["credit"] or get_language() == settings.LANGUAGE_CODE:
            return ""
        return settings.LANGUAGE_CODE


class ImageWithCaptionBlock(BaseStructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alt text"),
        required=False,
        help_text=_("Leave empty to use the image's own alt text."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)
    credit = blocks.CharBlock(
        label=_("credit"), required=False, help_text=_("Leave empty to use the image's credit.")
    )

    Meta = block_meta(
        "image",
        _("Image"),
        _("An image with an optional caption and photo credit."),
        {"caption": "Learners at work in a training workshop", "credit": ""},
        value_class=ImageWithCaptionValue,
    )

    def clean(self, value):
        """An empty credit takes the image's, so that it becomes the page's own text and
        translators translate it with the page (the editor may change or clear it)."""
        value = super().clean(value)
        if value.get("image") is not None and not value.get("credit"):
            value["credit"] = value["image"].credit
        return value


class QuoteBlock(BaseStructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)
    role = blocks.CharBlock(label=_("role or organisation"), required=False)

    Meta = block_meta(
        "openquote",
        _("Quote"),
        _("A highlighted quotation with the person who said it."),
        {
            "quote": "Knowledge should travel in both directions.",
            "attribution": "Project coordinator",
            "role": "IHF asbl",
        },
    )


def localized(page):
    """Wagtail's `page.localized` (its live translation in the reader's language, else the
    page itself) without looking the language's locale up in the database."""
    from core.routing import active_locale

    locale = active_locale()
    if locale is None or page.locale_id == locale.pk:
        return page
    from core.models import LINK_FIELDS

    translations = Page.objects.filter(translation_key=page.translation_key, locale=locale)
    for translation in translations.live().only(*LINK_FIELDS).order_by()[:1]:
        return translation
    return page


def is_restricted(page):
    """Whether a page has a view restriction (on itself or an ancestor)."""
    from core.i18n import view_restricted
    from core.routing import has_view_restrictions

    return has_view_restrictions() and Page.objects.filter(view_restricted(), pk=page.pk).exists()


class CallToActionBlock(BaseStructBlock):
    text = blocks.CharBlock(label=_("button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False, search_index=False)

    Meta = block_meta(
        "link",
        _("Call-to-action button"),
        _("A prominent button linking to a page of this site or another site."),
        {"text": "Read the Cooperation Model", "url": "https://example.org/"},
    )

    def get_context(self, value, parent_context=None):
        """`page_url`: the chosen page in the reader's language, where translated."""
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        if page:
            request = (parent_context or {}).get("request")
            target = localized(page)
            # A button to a private page is left out: its address is private too. No query
            # while no page is restricted.
            if target.live and not is_restricted(target):
                context["page_url"] = target.get_url(request=request)
        return context

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external link, not both.")
            raise blocks.StructBlockValidationError(non_block_errors=[message])
        return value


class DocumentLinkBlock(BaseStructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    Meta = block_meta(
        "doc-full",
        _("Document link"),
        _("A link to download a document, with its format and size."),
        {"title": "Cooperation Model (PDF)", "description": ""},
    )


class TwoColumnBlock(BaseStructBlock):
    left = body_text(_("left column"))
    right = body_text(_("right column"))

    Meta = block_meta(
        "grip",
        _("Two columns"),
        _("Two columns of text side by side; they stack on small screens."),
        {
            "left": "<p>Europe brings quality assurance and labour-market alignment.</p>",
            "right": "<p>Latin America brings community-driven, inclusive learning.</p>",
        },
    )


class BodyStreamBlock(blocks.StreamBlock):
    """The free body every page shares."""

    heading = HeadingBlock()
    paragraph = body_text(_("Paragraph"), icon="pilcrow", template="blocks/paragraph_block.html")
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_link = DocumentLinkBlock()
    two_columns = TwoColumnBlock()
