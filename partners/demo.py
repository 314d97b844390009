"""Demo partners: the eight INNOVET LATAM partners and the Basque organisations of the SECOVE
event, with generated placeholder logos (initials on a coloured tile)."""

import io
from decimal import Decimal

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.models import Collection

from core.models import CustomImage
from partners.demo_content import PARTNERS
from partners.models import PartnerIndexPage, PartnerPage

INNOVET = [
    "IHF asbl",
    "Fundación ECCA Social",
    "IT Solutions for All",
    "IAL FVG",
    "Asociación de Servicios Educativos y Culturales",
    "Universidad Popular de Guatemala",
    "Asociación Civil Fe y Alegría",
    "Grupo Social CESAP",
]
SECOVE_DERIO = [
    "TKNIKA",
    "Politeknika Txorierri",
    "GAIA",
    "ONDOAN",
    "Sarenet",
    "Nexmachina",
    "GBM",
]
GUATEMALA = ["Asociación de Servicios Educativos y Culturales", "Universidad Popular de Guatemala"]
VENEZUELA = ["Asociación Civil Fe y Alegría", "Grupo Social CESAP"]

# Which partners each demo article or event names, by its English slug.
RELATED_PARTNERS = {
    "secove-network-meets-in-derio": SECOVE_DERIO,
    "secove-network-event-derio": SECOVE_DERIO,
    "2-way-cooperation-model-published": INNOVET,
    "innovet-latam-kicks-off-in-brussels": ["IHF asbl"],
    "innovet-latam-kick-off-meeting-brussels": ["IHF asbl"],
    "webinar-presenting-the-2-way-cooperation-model": ["IHF asbl"],
    "partners-meet-in-las-palmas": ["Fundación ECCA Social"],
    "open-source-tools-for-the-vocational-classroom": ["IT Solutions for All"],
    "trainers-from-both-continents-meet-in-udine": ["IAL FVG"],
    "trainers-workshop-udine": ["IAL FVG"],
    "udine-meeting-reviews-the-draft-cooperation-model": ["IAL FVG"],
    "partners-gather-in-guatemala-city": GUATEMALA,
    "partner-meeting-guatemala-city-2027": GUATEMALA,
    "young-people-in-guatemala-share-their-training-needs": GUATEMALA,
    "partner-meeting-in-caracas": VENEZUELA,
    "mapping-community-based-learning-in-venezuela": VENEZUELA,
    "venezuelan-partners-share-community-learning-methods": VENEZUELA,
    "basque-centres-open-their-innovation-hubs": ["TKNIKA", "Politeknika Txorierri"],
}

PLACEHOLDER_COLLECTION = "Placeholder logos (demo)"
TILE_COLOURS = ["#0b5d63", "#1d3557", "#2a6f3e", "#5b2a86", "#8c2f39", "#264653", "#7a4b00"]


def load(demo):
    demo.log("Partners")
    t = demo.text
    index, _created = demo.get_or_create_page(
        demo.home(),
        PartnerIndexPage,
        t("partners", "socios", "bazkideak"),
        title=t("Partners", "Socios", "Bazkideak"),
        show_in_menus=True,
        introduction=t(
            "Vocational schools, universities, social organisations and companies in Europe "
            "and Latin America who build the project together.",
            "Centros de formación profesional, universidades, organizaciones sociales y "
            "empresas de Europa y América Latina que construyen juntos el proyecto.",
            "Europako eta Latinoamerikako lanbide-ikastetxeak, unibertsitateak, gizarte-"
            "erakundeak eta enpresak, proiektua elkarrekin eraikitzen dutenak.",
        ),
    )
    demo.translate(index)
    for number, partner in enumerate(PARTNERS):
        page, _created = demo.get_or_create_page(
            index,
            PartnerPage,
            t(*partner["slug"]),
            title=demo.same(partner["name"]),
            acronym=partner["acronym"],
            country=partner["country"],
            city=t(*partner["city"]),
            role=partner["role"],
            website=partner["website"],
            latitude=Decimal(str(partner["latitude"])),
            longitude=Decimal(str(partner["longitude"])),
            short_description=t(*partner["short_description"]),
            logo=placeholder_logo(partner["acronym"] or partner["name"], partner["name"], number),
            profile=[
                (
                    "heading",
                    {"text": t("Expertise", "Especialidad", "Espezialitatea"), "level": "h2"},
                ),
                ("paragraph", demo.paragraphs(partner["expertise"])),
                (
                    "heading",
                    {
                        "text": t(
                            "Contribution to the project",
                            "Aportación al proyecto",
                            "Proiektuari egindako ekarpena",
                        ),
                        "level": "h2",
                    },
                ),
                ("paragraph", demo.paragraphs(partner["contribution"])),
            ],
        )
        demo.translate(page)
    return index


def initials(name):
    words = [word for word in name.replace("-", " ").split() if word[0].isalnum()]
    if len(words) == 1:
        return words[0][:4].upper()
    return "".join(word[0] for word in words if word[0].isupper())[:4] or words[0][:3].upper()


def placeholder_logo(label, name, number):
    """A square tile with the organisation's initials, clearly titled as a placeholder."""
    title = f"Placeholder logo: {name}"
    existing = CustomImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    text = initials(label)
    tile = PILImage.new("RGB", (400, 400), TILE_COLOURS[number % len(TILE_COLOURS)])
    draw = ImageDraw.Draw(tile)
    font = ImageFont.load_default(size=170 if len(text) <= 2 else 120 if len(text) == 3 else 92)
    draw.text((200, 200), text, fill="#ffffff", font=font, anchor="mm")
    buffer = io.BytesIO()
    tile.save(buffer, format="PNG")
    image = CustomImage(
        title=title,
        description=f"Logo of {name}",
        credit="Placeholder generated for the demo",
        collection=_placeholder_collection(),
        file=ImageFile(buffer, name=f"placeholder-logo-{number + 1}.png"),
    )
    image.save()
    image.tags.add("placeholder")
    return image


def _placeholder_collection():
    collection = Collection.objects.filter(name=PLACEHOLDER_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=PLACEHOLDER_COLLECTION)
    return collection


def related_partners_setter(link_model, slug):
    """A `prepare` step that links a demo page to the partners it names."""
    names = RELATED_PARTNERS.get(slug, [])

    def prepare(page):
        partners = {
            p.title: p for p in PartnerPage.objects.filter(title__in=names, locale=page.locale)
        }
        page.related_partner_links = [
            link_model(partner=partners[name]) for name in names if name in partners
        ]

    return prepare
