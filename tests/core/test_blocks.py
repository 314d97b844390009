import pytest
from django.utils import translation
from wagtail.blocks import StructBlock, StructBlockValidationError

from core.blocks import BodyStreamBlock, CallToActionBlock
from tests.factories import ImageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db


def render_body(data):
    block = BodyStreamBlock()
    return block.render(block.to_python(data))


class FakeResponse:
    def __init__(self, html):
        self.content = html.encode()


def test_every_body_block_renders(demo):
    image = ImageFactory(description="Learners in a workshop", credit="ASEC")
    html = render_body(
        [
            {"type": "heading", "value": {"text": "Two-way cooperation", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Peer learning.</p>"},
            {"type": "image", "value": {"image": image.pk, "caption": "Workshop"}},
            {"type": "quote", "value": {"quote": "Both ways.", "attribution": "A. Partner"}},
            {"type": "call_to_action", "value": {"text": "About us", "page": demo.pk}},
            {"type": "two_columns", "value": {"left": "<p>Left</p>", "right": "<p>Right</p>"}},
        ]
    )
    document = soup(FakeResponse(html))
    assert document.select_one("h3#two-way-cooperation").get_text() == "Two-way cooperation"
    assert document.select_one(".rich-text p").get_text() == "Peer learning."
    picture_img = document.select_one("figure.figure picture img")
    assert picture_img["alt"] == "Learners in a workshop"
    assert picture_img["loading"] == "lazy"
    assert document.select("figure.figure picture source[type='image/avif']")
    assert document.select_one(".figure__caption").get_text() == "Workshop"
    assert "ASEC" in document.select_one(".figure__credit").get_text()
    assert document.select_one(".quote blockquote").get_text(strip=True) == "Both ways."
    assert document.select_one(".call-to-action a")["href"] == "/en/"
    assert len(document.select(".two-columns .rich-text")) == 2


def test_image_block_alt_text_can_be_overridden(db):
    image = ImageFactory(description="Default alt")
    html = render_body(
        [{"type": "image", "value": {"image": image.pk, "alt_text": "Texto alternativo"}}]
    )
    assert soup(FakeResponse(html)).select_one("img")["alt"] == "Texto alternativo"


@pytest.mark.parametrize(
    "value",
    [{"text": "Go"}, {"text": "Go", "url": "https://example.org/", "page": "PAGE"}],
)
def test_call_to_action_needs_exactly_one_target(demo, value):
    block = CallToActionBlock()
    if value.get("page") == "PAGE":
        value = {**value, "page": demo.pk}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_call_to_action_with_one_target_is_valid(demo):
    block = CallToActionBlock()
    cleaned = block.clean(block.to_python({"text": "Go", "url": "https://example.org/"}))
    assert cleaned["url"] == "https://example.org/"


def test_every_struct_block_documents_itself():
    for child in BodyStreamBlock().child_blocks.values():
        if isinstance(child, StructBlock):
            meta = child.meta
            assert meta.icon and meta.template.startswith("blocks/"), child
            assert meta.description and meta.preview_value, child


@pytest.mark.parametrize(
    ("alt_text", "expected"),
    [
        ("", ("Learners in a workshop", "en")),
        ("Alumnado en un taller", ("Alumnado en un taller", "es")),
    ],
)
def test_an_image_says_which_language_its_alt_text_is_in(db, alt_text, expected):
    image = ImageFactory(description="Learners in a workshop")
    with translation.override("es"):
        html = render_body([{"type": "image", "value": {"image": image.pk, "alt_text": alt_text}}])

    img = soup(FakeResponse(html)).select_one("figure img")

    assert (img["alt"], img["lang"]) == expected
