"""The resource library and the 2-WAY Cooperation Model, with a generated PDF per document
(publications.yaml)."""

import datetime
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from demo import content_models as models
from demo.loader import read_data
from demo.media import pdf


def load(demo):
    demo.log("Publications")
    data = read_data("publications")
    index, _created = demo.index_page(models.ResourceIndexPage, data["index"])
    for resource in data["resources"]:
        _resource_document(resource)
    publication = _cooperation_model(demo, index, data)
    _feature_on_home(demo, publication)
    return index


def _cooperation_model(demo, index, data):
    model = data["cooperation_model"]
    documents = [
        _document(
            title=f"{model['title'][language]} ({name})",
            language=language,
            resource_type="publication",
            description=model["subtitle"][language],
            licence=model["licence"],
            pages=[
                model["summary"][language],
                *(
                    f"{chapter['title'][language]}. "
                    + " ".join(p[language] for p in chapter["body"])
                    for chapter in model["chapters"]
                ),
            ],
            topics=model["topics"],
            partners=model["authors"],
            filename=model["filename"].format(language=language),
        )
        for language, name in data["language_names"].items()
    ]

    def prepare(page):
        page.related_partner_links = demo.partner_links(
            models.PublicationPageRelatedPartner, model["authors"], page.locale
        )
        page.downloads = [models.PublicationDownload(document=document) for document in documents]

    page, _created = demo.get_or_create_page(
        index,
        models.PublicationPage,
        prepare=prepare,
        **demo.fields({name: model[name] for name in ("slug", "title", "subtitle", "summary")}),
        date=datetime.date.fromisoformat(model["date"]),
        cover_image=_cover_image(demo, model["cover_image"]),
        key_points=[("point", demo.text(point)) for point in model["key_points"]],
        chapters=demo.stream({"type": "chapter", **chapter} for chapter in model["chapters"]),
        how_to_cite=demo.text(model["how_to_cite"]),
        licence=model["licence"],
    )
    demo.translate(page)
    return page


BOLD_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _font(size):
    """DejaVu Sans Bold where the system has it, else Pillow's own font (drawn thicker)."""
    if BOLD_FONT.exists():
        return ImageFont.truetype(str(BOLD_FONT), size), 0
    return ImageFont.load_default(size=size), max(1, size // 40)


def _cover_image(demo, spec):
    """The publication's cover, drawn: the brand, "2-WAY" and two arrows going opposite ways,
    with no words of any one language (the cover serves every translation). Found by title."""
    existing = models.CustomImage.objects.filter(title=spec["title"]).first()
    if existing is not None:
        return existing
    width, height = spec["size"]
    ink, accent, light, paper = spec["palette"]
    canvas = PILImage.new("RGB", (width, height), ink)
    draw = ImageDraw.Draw(canvas)
    left = width // 9
    # Rings in the lower right corner, a band at the top.
    for radius, colour in ((height // 2, light), (int(height / 2.9), accent)):
        box = (width - radius, height - radius, width + radius, height + radius)
        draw.ellipse(box, fill=colour)
    draw.rectangle((left, 0, left + width // 5, height // 36), fill=accent)
    font, stroke = _font(width // 20)
    draw.text((left, height // 10), "INNOVET LATAM", font=font, fill=paper, stroke_width=stroke)
    size = width // 4
    while draw.textlength("2-WAY", font=_font(size)[0]) > width - 2 * left:
        size -= 4
    font, stroke = _font(size)
    draw.text((left, height // 4), "2-WAY", font=font, fill=paper, stroke_width=stroke)
    # Two arrows: one to the right, one back to the left.
    thickness, head = height // 60, height // 28
    arrows = ((height * 53 // 100, accent, True), (height * 61 // 100, paper, False))
    for y, colour, rightwards in arrows:
        start, end = left, width - left
        draw.rectangle((start, y - thickness, end, y + thickness), fill=colour)
        if rightwards:
            tip, base = end + head // 2, end - head
        else:
            tip, base = start - head // 2, start + head
        draw.polygon([(tip, y), (base, y - head), (base, y + head)], fill=colour)
    font, stroke = _font(width // 18)
    draw.text((left, height - height // 8), "2026", font=font, fill=paper, stroke_width=stroke)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    image = models.CustomImage(
        title=spec["title"],
        description=spec["alt_text"],
        credit="Generated demo image",
        file=ImageFile(buffer, name="demo-cover-2-way.jpg"),
    )
    image.save()
    demo.log(f"  + image “{image.title}”")
    return image


def _feature_on_home(demo, publication):
    """Point the home page's flagship teaser at the publication, in every language."""
    home = models.HomePage.objects.get(pk=demo.home().pk)
    if home.flagship_page_id == publication.pk:
        return
    home.flagship_page = publication
    home.save_revision().publish()
    demo.sync_translations(home)


def _resource_document(resource):
    language = resource["language"]
    return _document(
        title=resource["title"][language],
        language=language,
        resource_type=resource["resource_type"],
        description=resource["description"][language],
        licence=resource["licence"],
        pages=[page[language] for page in resource["pages"]],
        topics=resource["topics"],
        partners=resource["partners"],
        filename=f"{resource['title']['en'][:40].lower().replace(' ', '-')}.pdf",
    )


def _document(
    title, language, resource_type, description, licence, pages, topics, partners, filename
):
    existing = models.ResourceDocument.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = models.ResourceDocument(
        title=title,
        language=language,
        resource_type=resource_type,
        description=description,
        licence=licence,
    )
    document.file.save(filename, ContentFile(pdf(title, pages)), save=False)
    document._set_document_file_metadata()  # size, hash and content type, as an upload sets
    document.save()
    english = {"locale__language_code": "en"}
    document.authors.set(models.PartnerPage.objects.filter(title__in=partners, **english))
    document.topics.set(models.Topic.objects.filter(slug__in=topics, **english))
    return document
