"""Events, past and upcoming, among them the SECOVE network event in Derio (events.yaml)."""

import datetime
import zoneinfo

from demo import content_models as models
from demo.loader import read_data


def load(demo):
    demo.log("Events")
    data = read_data("events")
    index, _created = demo.index_page(models.EventIndexPage, data["index"])
    for event in data["events"]:
        page, _created = demo.get_or_create_page(
            index,
            models.EventPage,
            prepare=demo.partner_linker(models.EventPageRelatedPartner, event["partners"]),
            **_event_fields(demo, event),
        )
        demo.translate(page)
    return index


def _event_fields(demo, event):
    zone = zoneinfo.ZoneInfo(event["timezone"])

    def moment(value):
        return datetime.datetime.fromisoformat(value).replace(tzinfo=zone)

    return {
        **demo.fields({name: event[name] for name in ("slug", "title", "summary", "venue_name")}),
        "start": moment(event["start"]),
        "end": moment(event["end"]),
        "time_zone": event["timezone"],
        "is_online": "venue_address" not in event,
        "venue_address": demo.text(event["venue_address"]) if "venue_address" in event else "",
        "organiser": demo.text(event["organiser"]),
        "registration_url": event["registration_url"],
        "agenda": [
            (
                "item",
                {
                    "time": datetime.time.fromisoformat(item["time"]),
                    "item": demo.text(item["item"]),
                    "organisation": (
                        demo.text(item["organisation"]) if "organisation" in item else ""
                    ),
                },
            )
            for item in event["agenda"]
        ],
        "body": [("paragraph", demo.rich_text(event["paragraphs"]))],
    }
