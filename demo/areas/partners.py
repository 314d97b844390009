"""The partners, with generated placeholder logos (partners.yaml)."""

from decimal import Decimal

from demo import content_models as models
from demo.loader import read_data
from demo.media import placeholder_logo

TEXT_FIELDS = ("city", "short_description")
PLAIN_FIELDS = ("acronym", "country", "role", "website")


def load(demo):
    demo.log("Partners")
    data = read_data("partners")
    index, _created = demo.index_page(models.PartnerIndexPage, data["index"])
    headings = data["profile_headings"]
    for number, partner in enumerate(data["partners"]):
        page, _created = demo.get_or_create_page(
            index,
            models.PartnerPage,
            demo.text(partner["slug"]),
            title=demo.text(partner["name"]),
            **{name: demo.text(partner[name]) for name in TEXT_FIELDS},
            **{name: partner[name] for name in PLAIN_FIELDS},
            latitude=Decimal(str(partner["latitude"])),
            longitude=Decimal(str(partner["longitude"])),
            logo=placeholder_logo(partner["acronym"] or partner["name"], partner["name"], number),
            profile=demo.stream(
                [
                    {"type": "heading", "text": headings["expertise"], "level": "h2"},
                    {"type": "paragraph", "value": partner["expertise"]},
                    {"type": "heading", "text": headings["contribution"], "level": "h2"},
                    {"type": "paragraph", "value": partner["contribution"]},
                ]
            ),
        )
        demo.translate(page)
    return index
