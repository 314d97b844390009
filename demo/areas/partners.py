"""The partners (partners.yaml): the coordinator with a generated placeholder logo, the others
with none, so that they show their monograms."""

from decimal import Decimal

from demo import content_models as models
from demo.loader import read_data
from demo.media import placeholder_logo

TEXT_FIELDS = ("city", "short_description")
PLAIN_FIELDS = ("acronym", "country", "role", "website")


def logo(partner, number):
    """A logo image for the coordinator only: the other partners show the site's monogram
    (components/partner_logo.html), as a partner without a logo does."""
    if partner["role"] != "coordinator":
        return None
    return placeholder_logo(partner["acronym"] or partner["name"], partner["name"], number)


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
            logo=logo(partner, number),
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
