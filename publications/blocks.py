from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.rich_text import BODY_FEATURES


class ChapterBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("chapter title"), max_length=255)
    body = blocks.RichTextBlock(label=_("text"), features=BODY_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Chapter")
        template = "blocks/chapter_block.html"
        description = _("A chapter of the publication; it gets its entry in the contents.")
        preview_value = {
            "title": "Why a two-way model",
            "body": "<p>Cooperation that flows in both directions.</p>",
        }


class ChaptersBlock(blocks.StreamBlock):
    chapter = ChapterBlock()
