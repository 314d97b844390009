from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("time"), format="%H:%M")
    item = blocks.CharBlock(label=_("item"), max_length=255)
    organisation = blocks.CharBlock(
        label=_("speaker's organisation"), max_length=255, required=False
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "blocks/agenda_item_block.html"
        description = _("One item of the programme, in the event's local time.")
        preview_value = {
            "time": "09:30",
            "item": "Communities of practice",
            "organisation": "TKNIKA",
        }


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()
