"""Image operations Wagtail lacks, registered in core.wagtail_hooks.

`pad-<width>x<height>-<hex colour>` fits the whole image inside a canvas of that size, centred
on the colour, so that nothing is cropped: logos and covers shared as 1200×630 social cards
(`fill-` would cut a tall cover or a wide logo). A margin of a twelfth of the canvas keeps
the image clear of the edges that social networks round or overlay, and a small image is
enlarged at most twice, so that it stays sharp."""

from PIL import Image
from wagtail.images.image_operations import FilterOperation
from wagtail.images.utils import parse_color_string
from willow.plugins.pillow import PillowImage

MARGIN = 1 / 12
MAX_ENLARGEMENT = 2


def padded_box(size, canvas):
    """(width, height) of an image of `size` fitted inside the margins of `canvas`."""
    width, height = size
    room_width = canvas[0] * (1 - 2 * MARGIN)
    room_height = canvas[1] * (1 - 2 * MARGIN)
    scale = min(room_width / width, room_height / height, MAX_ENLARGEMENT)
    return max(1, round(width * scale)), max(1, round(height * scale))


class PadOperation(FilterOperation):
    def construct(self, size, color_string):
        width, height = size.split("x")
        self.canvas = (int(width), int(height))
        if not (0 < self.canvas[0] <= 4000 and 0 < self.canvas[1] <= 4000):
            raise ValueError("pad: the canvas must be between 1×1 and 4000×4000")
        self.color = parse_color_string(color_string)

    def run(self, willow, image, env):
        picture = willow.image
        if picture.mode not in ("RGB", "RGBA"):
            picture = picture.convert("RGBA")
        box = padded_box(picture.size, self.canvas)
        picture = picture.resize(box, Image.Resampling.LANCZOS)
        canvas = Image.new("RGB", self.canvas, self.color)
        position = ((self.canvas[0] - box[0]) // 2, (self.canvas[1] - box[1]) // 2)
        canvas.paste(picture, position, picture if picture.mode == "RGBA" else None)
        return PillowImage(canvas)
