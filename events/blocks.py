from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BaseStructBlock, block_meta


class AgendaItemBlock(BaseStructBlock):
    time = blocks.TimeBlock(label=_("time"), format="%H:%M")
    item = blocks.CharBlock(label=_("item"), max_length=255)
    organisation = blocks.CharBlock(
        label=_("speaker's organisation"), max_length=255, required=False
    )

    Meta = block_meta(
        "time",
        _("Agenda item"),
        _("One item of the programme, in the event's local time."),
        {"time": "09:30", "item": "Communities of practice", "organisation": "TKNIKA"},
    )


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()
