"""Demo publications: the 2-WAY Cooperation Model in three languages, with a generated PDF per
language, and six more resources for the library."""

import datetime
import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from home.models import HomePage
from partners.demo import INNOVET
from partners.models import PartnerPage
from publications.demo_content import COOPERATION_MODEL, RESOURCES
from publications.models import (
    PublicationDownload,
    PublicationPage,
    PublicationPageRelatedPartner,
    ResourceDocument,
    ResourceIndexPage,
)
from taxonomy.models import Topic

A4 = (1240, 1754)  # pixels at 150 dpi
MARGIN = 120
LANGUAGE_NAMES = {"en": "English", "es": "Español", "eu": "Euskara"}


def load(demo):
    demo.log("Publications")
    t = demo.text
    index, _created = demo.get_or_create_page(
        demo.home(),
        ResourceIndexPage,
        t("resources", "recursos", "baliabideak"),
        title=t("Resources", "Recursos", "Baliabideak"),
        show_in_menus=True,
        introduction=t(
            "Publications, reports and training materials of the partners, free to download.",
            "Publicaciones, informes y materiales de formación de los socios, de descarga libre.",
            "Bazkideen argitalpenak, txostenak eta prestakuntza-materialak, doan deskargatzeko.",
        ),
    )
    demo.translate(index)
    for resource in RESOURCES:
        _resource_document(resource)
    publication = _cooperation_model(demo, index)
    _feature_on_home(demo, publication)
    return index


def _cooperation_model(demo, index):
    model = COOPERATION_MODEL
    t = demo.text
    title = model["title"]
    documents = [
        _document(
            title=f"{title[number]} ({LANGUAGE_NAMES[language]})",
            language=language,
            resource_type="publication",
            description=model["subtitle"][number],
            licence=model["licence"],
            pages=[
                model["summary"][number],
                *(
                    f"{chapter['heading'][number]}. "
                    + " ".join(p[number] for p in chapter["paragraphs"])
                    for chapter in model["chapters"]
                ),
            ],
            topics=["publications", "cooperation"],
            partners=INNOVET,
            filename=f"innovet-latam-2-way-cooperation-model-{language}.pdf",
        )
        for number, language in enumerate(("en", "es", "eu"))
    ]

    def prepare(page):
        authors = PartnerPage.objects.filter(title__in=INNOVET, locale=page.locale)
        page.related_partner_links = [PublicationPageRelatedPartner(partner=p) for p in authors]
        page.downloads = [PublicationDownload(document=document) for document in documents]

    page, _created = demo.get_or_create_page(
        index,
        PublicationPage,
        t(*model["slug"]),
        prepare=prepare,
        title=t(*title),
        subtitle=t(*model["subtitle"]),
        summary=t(*model["summary"]),
        date=datetime.date.fromisoformat(model["date"]),
        cover_image=demo.image(
            "Cover of the 2-WAY Cooperation Model (abstract)",
            "Abstract cover in teal and gold",
            ["#0b5d63", "#f5b700", "#137c83", "#e8f1f2"],
            seed=7,
            size=(900, 1270),
        ),
        key_points=[("point", t(*point)) for point in model["key_points"]],
        chapters=[
            (
                "chapter",
                {
                    "title": t(*chapter["heading"]),
                    "body": demo.paragraphs(*chapter["paragraphs"]),
                },
            )
            for chapter in model["chapters"]
        ],
        how_to_cite=t(*model["how_to_cite"]),
        licence=model["licence"],
    )
    demo.translate(page)
    return page


def _feature_on_home(demo, publication):
    """Point the home page's flagship teaser at the publication, in every language."""
    home = HomePage.objects.get(pk=demo.home().pk)
    if home.flagship_page_id == publication.pk:
        return
    home.flagship_page = publication
    home.save_revision().publish()
    demo.sync_translations(home)


def _resource_document(resource):
    number = {"en": 0, "es": 1, "eu": 2}.get(resource["language"], 0)
    return _document(
        title=resource["title"][number],
        language=resource["language"],
        resource_type=resource["resource_type"],
        description=resource["description"][number],
        licence=resource["licence"],
        pages=[page[number] for page in resource["pages"]],
        topics=resource["topics"],
        partners=resource["partners"],
        filename=f"{resource['title'][0][:40].lower().replace(' ', '-')}.pdf",
    )


def _document(
    title, language, resource_type, description, licence, pages, topics, partners, filename
):
    existing = ResourceDocument.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = ResourceDocument(
        title=title,
        language=language,
        resource_type=resource_type,
        description=description,
        licence=licence,
    )
    document.file.save(filename, ContentFile(pdf(title, pages)), save=False)
    document._set_document_file_metadata()  # size, hash and content type, as an upload sets
    document.save()
    document.authors.set(PartnerPage.objects.filter(title__in=partners, locale__language_code="en"))
    document.topics.set(Topic.objects.filter(slug__in=topics, locale__language_code="en"))
    return document


def pdf(title, paragraphs):
    """A small, real PDF: a title page and one page per paragraph, drawn with Pillow."""
    title_font = ImageFont.load_default(size=56)
    text_font = ImageFont.load_default(size=30)
    pages = []
    cover = PILImage.new("RGB", A4, "#0b5d63")
    draw = ImageDraw.Draw(cover)
    y = 500
    for line in textwrap.wrap(title, width=30):
        draw.text((MARGIN, y), line, fill="#ffffff", font=title_font)
        y += 80
    draw.text((MARGIN, A4[1] - 200), "INNOVET LATAM · Erasmus+", fill="#f5b700", font=text_font)
    pages.append(cover)
    for paragraph in paragraphs:
        page = PILImage.new("RGB", A4, "#ffffff")
        draw = ImageDraw.Draw(page)
        y = MARGIN
        for line in textwrap.wrap(paragraph, width=62):
            draw.text((MARGIN, y), line, fill="#1d2327", font=text_font)
            y += 46
        pages.append(page)
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=150)
    return buffer.getvalue()
