"""Generated media for the demo, never downloaded: abstract images, placeholder logos and
small real PDFs, each reused when it exists (images and documents are found by title)."""

import io
import random
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.models import Collection

from demo.content_models import CustomImage

PLACEHOLDER_COLLECTION = "Placeholder logos (demo)"
TILE_COLOURS = ["#0b5d63", "#1d3557", "#2a6f3e", "#5b2a86", "#8c2f39", "#264653", "#7a4b00"]
A4 = (1240, 1754)  # pixels at 150 dpi
MARGIN = 120


def generated_image(title, alt_text, palette, seed, size=(1600, 1000)):
    """An abstract image of coloured circles; returns (image, created)."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing is not None:
        return existing, False
    rng = random.Random(seed)
    width, height = size
    canvas = PILImage.new("RGB", tuple(size), palette[0])
    draw = ImageDraw.Draw(canvas)
    for _ in range(14):
        colour = rng.choice(palette[1:])
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randrange(height // 8, height // 2)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    image = CustomImage(
        title=title,
        description=alt_text,
        credit="Generated demo image",
        file=ImageFile(buffer, name=f"demo-{seed}.jpg"),
    )
    image.save()
    return image, True


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
