"""StreamField blocks shared by every page type. App-only blocks live in <app>/blocks.py."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from core.rich_text import BODY_FEATURES


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
        search_index=False,  # the level's label is not content: keep it out of the search index
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A section heading; it also appears in tables of contents.")
        preview_value = {"text": "Two-way cooperation", "level": "h2"}


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


class ImageWithCaptionBlock(blocks.StructBlock):
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

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_with_caption_block.html"
        value_class = ImageWithCaptionValue
        description = _("An image with an optional caption and photo credit.")
        preview_value = {"caption": "Learners at work in a training workshop", "credit": ""}

    def clean(self, value):
        """An empty credit takes the image's, so that it becomes the page's own text and
        translators translate it with the page (the editor may change or clear it)."""
        value = super().clean(value)
        if value.get("image") is not None and not value.get("credit"):
            value["credit"] = value["image"].credit
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)
    role = blocks.CharBlock(label=_("role or organisation"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A highlighted quotation with the person who said it.")
        preview_value = {
            "quote": "Knowledge should travel in both directions.",
            "attribution": "Project coordinator",
            "role": "IHF asbl",
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("button text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("external link"), required=False, search_index=False)

    class Meta:
        icon = "link"
        label = _("Call-to-action button")
        template = "blocks/call_to_action_block.html"
        description = _("A prominent button linking to a page of this site or another site.")
        preview_value = {"text": "Read the Cooperation Model", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external link, not both.")
            raise blocks.StructBlockValidationError(non_block_errors=[message])
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"
        description = _("A link to download a document, with its format and size.")
        preview_value = {"title": "Cooperation Model (PDF)", "description": ""}


class TwoColumnBlock(blocks.StructBlock):
    left = blocks.RichTextBlock(label=_("left column"), features=BODY_FEATURES)
    right = blocks.RichTextBlock(label=_("right column"), features=BODY_FEATURES)

    class Meta:
        icon = "grip"
        label = _("Two columns")
        template = "blocks/two_column_block.html"
        description = _("Two columns of text side by side; they stack on small screens.")
        preview_value = {
            "left": "<p>Europe brings quality assurance and labour-market alignment.</p>",
            "right": "<p>Latin America brings community-driven, inclusive learning.</p>",
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The free body every page shares."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=BODY_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document_link = DocumentLinkBlock()
    two_columns = TwoColumnBlock()
