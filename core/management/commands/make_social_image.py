"""Draw the site-wide social card, static/images/og-default.png (1200×630): the image shared
links show when a page has none of its own (core.seo.DEFAULT_SOCIAL_IMAGE); and the logo as a
512×512 PNG, static/images/logo-512.png, which structured data names as the publisher's logo
(search engines read raster logos).

    .venv/bin/python manage.py make_social_image [--chromium /usr/bin/chromium]

The card is an HTML page in the site's colours with its logo and the EU emblem, rendered by
Chromium through Playwright (`--chromium`, /usr/bin/chromium by default) and written as an
optimised PNG. It carries no words but the site's name, so one card serves every language;
its alt text (core.seo) is translated."""

import base64
import io
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

WIDTH, HEIGHT = 1200, 630
STATIC = Path(settings.BASE_DIR) / "static" / "images"
OUTPUT = STATIC / "og-default.png"
LOGO_OUTPUT = STATIC / "logo-512.png"
LOGO_SIZE = 512

CARD = """<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body {{ margin: 0; width: {width}px; height: {height}px; overflow: hidden; }}
  body {{
    font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
    background: #073f43;
    background-image: linear-gradient(135deg, #0b5d63 0%, #073f43 70%);
    color: #fff; position: relative;
  }}
  .arc {{ position: absolute; fill: none; stroke-linecap: round; }}
  .card {{ position: absolute; inset: 0; padding: 96px 104px; display: flex;
           flex-direction: column; justify-content: center; gap: 40px; }}
  .brand {{ display: flex; align-items: center; gap: 40px; }}
  .brand img {{ width: 168px; height: 168px; border-radius: 28px;
               box-shadow: 0 0 0 6px rgba(255,255,255,.9); }}
  .name {{ font-size: 112px; font-weight: 700; letter-spacing: -1px; line-height: 1; }}
  .name span {{ color: #f5b700; }}
  .bar {{ width: 200px; height: 10px; background: #f5b700; border-radius: 5px; }}
  .eu {{ position: absolute; right: 104px; bottom: 72px; display: flex; align-items: center;
         gap: 20px; font-size: 34px; font-weight: 700; }}
  .eu img {{ height: 72px; box-shadow: 0 0 0 2px #fff; }}
</style></head><body>
  <svg class="arc" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
    <path d="M720 700 C 860 300, 1140 300, 1280 700" stroke="#0e6e75" stroke-width="56"/>
    <path d="M1280 -70 C 1140 330, 860 330, 720 -70" stroke="#f5b700" stroke-width="18"
          opacity=".55"/>
  </svg>
  <div class="card">
    <div class="brand">
      <img src="data:image/svg+xml;base64,{logo}" alt="">
      <div class="name">INNOVET <span>LATAM</span></div>
    </div>
    <div class="bar"></div>
  </div>
  <div class="eu"><img src="data:image/svg+xml;base64,{emblem}" alt="">Erasmus+</div>
</body></html>
"""


def data(name):
    return base64.b64encode((STATIC / name).read_bytes()).decode()


class Command(BaseCommand):
    help = "Draw the site-wide social card, static/images/og-default.png (1200×630)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--chromium", default="/usr/bin/chromium", help="The Chromium program to draw with."
        )

    def handle(self, *args, **options):
        from PIL import Image
        from playwright.sync_api import sync_playwright

        chromium = options["chromium"]
        if not Path(chromium).exists():
            raise CommandError(f"No Chromium at {chromium}: give its path with --chromium.")
        html = CARD.format(
            width=WIDTH, height=HEIGHT, logo=data("logo.svg"), emblem=data("eu-emblem.svg")
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            try:
                page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
                page.set_content(html)
                shot = page.screenshot(type="png")
                page.set_viewport_size({"width": LOGO_SIZE, "height": LOGO_SIZE})
                page.set_content(
                    '<body style="margin:0"><img style="display:block" width="{0}" '
                    'height="{0}" src="data:image/svg+xml;base64,{1}"></body>'.format(
                        LOGO_SIZE, data("logo.svg")
                    )
                )
                logo = page.screenshot(type="png", omit_background=True)
            finally:
                browser.close()
        with Image.open(io.BytesIO(shot)) as picture:
            # A 256-colour palette: a few tens of KB rather than a few hundred.
            picture.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE).save(
                OUTPUT, optimize=True
            )
        with Image.open(io.BytesIO(logo)) as picture:
            picture.quantize(colors=64).save(LOGO_OUTPUT, optimize=True)
        for path in (OUTPUT, LOGO_OUTPUT):
            self.stdout.write(f"Wrote {path.relative_to(settings.BASE_DIR)}")
