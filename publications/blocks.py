from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BaseStructBlock, block_meta, body_text


class ChapterBlock(BaseStructBlock):
    title = blocks.CharBlock(label=_("chapter title"), max_length=255)
    body = body_text(_("text"))

    Meta = block_meta(
        "doc-full",
        _("Chapter"),
        _("A chapter of the publication; it gets its entry in the contents."),
        {
            "title": "Why a two-way model",
            "body": "<p>Cooperation that flows in both directions.</p>",
        },
    )


class ChaptersBlock(blocks.StreamBlock):
    chapter = ChapterBlock()
