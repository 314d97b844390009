"""Demo events: the SECOVE network event in Derio and a few more, past and upcoming."""

import datetime
import zoneinfo

from events.demo_content import EVENTS
from events.models import EventIndexPage, EventPage, EventPageRelatedPartner
from partners.demo import related_partners_setter


def load(demo):
    demo.log("Events")
    t = demo.text
    index, _created = demo.get_or_create_page(
        demo.home(),
        EventIndexPage,
        t("events", "eventos", "ekitaldiak"),
        title=t("Events", "Eventos", "Ekitaldiak"),
        show_in_menus=True,
        introduction=t(
            "Meetings, workshops and webinars of the consortium and its networks.",
            "Reuniones, talleres y seminarios web del consorcio y sus redes.",
            "Partzuergoaren eta haren sareen bilerak, tailerrak eta web-mintegiak.",
        ),
    )
    demo.translate(index)
    for event in EVENTS:
        page, _created = demo.get_or_create_page(
            index,
            EventPage,
            prepare=related_partners_setter(EventPageRelatedPartner, event["slug"][0]),
            **_event_fields(demo, event),
        )
        demo.translate(page)
    return index


def _event_fields(demo, event):
    zone = zoneinfo.ZoneInfo(event["timezone"])

    def moment(value):
        return datetime.datetime.fromisoformat(value).replace(tzinfo=zone)

    def optional(texts):
        return demo.text(*texts) if texts[0] else ""

    return {
        "slug": demo.text(*event["slug"]),
        "title": demo.text(*event["title"]),
        "summary": demo.text(*event["summary"]),
        "start": moment(event["start"]),
        "end": moment(event["end"]),
        "time_zone": event["timezone"],
        "is_online": not event["venue_address"][0],
        "venue_name": demo.text(*event["venue_name"]),
        "venue_address": optional(event["venue_address"]),
        "organiser": demo.text(*event["organiser"]),
        "registration_url": event["registration_url"],
        "agenda": [
            (
                "item",
                {
                    "time": datetime.time.fromisoformat(item["time"]),
                    "item": demo.text(*item["item"]),
                    "organisation": demo.same(item["organisation"]) if item["organisation"] else "",
                },
            )
            for item in event["agenda"]
        ],
        "body": [("paragraph", demo.paragraphs(*event["paragraphs"]))],
    }
