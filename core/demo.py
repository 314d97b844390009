"""Machinery for the demo content: trilingual texts, generated images and real translations.

Each content area writes its demo in `<app>/demo.py` with a `load(demo)` function. Texts are
`Text(en, es, eu)` triples: the English builds the source page, and the Spanish and Basque go
into wagtail-localize as translations of the same segments (through a PO file, the way an
external translator would hand them back), so the admin shows every page as translated.
"""

import io
import random
from dataclasses import dataclass

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue

from core.models import CustomImage

TARGET_LANGUAGES = ("es", "eu")


@dataclass(frozen=True)
class Text:
    en: str
    es: str
    eu: str

    def __str__(self):
        return self.en

    def get(self, language_code):
        return getattr(self, language_code)


class MissingDemoTranslation(Exception):
    pass


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.texts = {}  # segment data (escaped English) -> Text
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}

    def ensure_foundations(self):
        """The locales and root page that migrations create, in case a database lost them
        (a test run that flushed the tables, a database restored from a partial dump)."""
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code not in self.locales:
                self.locales[code] = Locale.objects.create(language_code=code)
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root", locale=self.locales["en"]))

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # Texts ---------------------------------------------------------------------------------

    def text(self, en, es, eu):
        """Register a trilingual text and return its English, for building the source."""
        value = Text(en, es, eu)
        self.texts[StringValue.from_plaintext(en).data] = value
        return en

    def same(self, text):
        """A name or term that reads the same in every language."""
        return self.text(text, text, text)

    def paragraphs(self, *texts):
        """Rich text made of plain paragraphs, each registered for translation."""
        return "".join(f"<p>{self.text(*text)}</p>" for text in texts)

    # Pages ---------------------------------------------------------------------------------

    def get_or_create_page(self, parent, page_class, slug, prepare=None, **fields):
        """The English page with this slug under parent, created and published if missing.

        `prepare(page)` may add what the constructor cannot take (tags, child rows) before
        the page is first saved.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            self.log(f"  = {page_class.__name__} “{existing.title}” exists")
            return existing.specific, False
        page = page_class(slug=slug, locale=parent.locale, **fields)
        if prepare is not None:
            prepare(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"  + {page_class.__name__} “{page.title}”")
        return page, True

    def place_before(self, page, sibling):
        """Move a page, in every language, just before a sibling (menus follow tree order)."""
        for translation in page.get_translations(inclusive=True):
            target = sibling.get_translation_or_none(translation.locale)
            if target is not None:
                translation.move(target, pos="left")

    # Translations --------------------------------------------------------------------------

    def translate(self, instance):
        """Create the Spanish and Basque versions of a page or snippet through wagtail-localize.

        Existing translations are left alone, so running the loader twice changes nothing.
        """
        targets = [
            self.locales[code]
            for code in TARGET_LANGUAGES
            if not type(instance)
            .objects.filter(translation_key=instance.translation_key, locale=self.locales[code])
            .exists()
        ]
        if not targets:
            return
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        for locale in targets:
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale
            )
            language = locale.language_code
            po = translation.export_po()
            for entry in po:
                text = self.texts.get(entry.msgid)
                if text is None:
                    raise MissingDemoTranslation(
                        f"No {language} text for {entry.msgctxt!r}: {entry.msgid!r}"
                    )
                entry.msgstr = StringValue.from_plaintext(text.get(language)).data
            translation.import_po(po)
            self.save_and_publish(translation)
            self.log(f"    → {language}: {translation.get_target_instance()}")

    def sync_translations(self, instance):
        """After an edit of a translated source: bring its translations up to date."""
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        for translation in Translation.objects.filter(source=source):
            self.save_and_publish(translation)

    @staticmethod
    def save_and_publish(translation):
        """Save the translated object and publish it now.

        wagtail-localize publishes a page translation in transaction.on_commit with the
        in-memory page; inside one long transaction that copy is stale by then (its tree
        counters miss the pages added since) and would corrupt the tree. A draft followed by
        publishing the freshly loaded revision works the same in any transaction.
        """
        if not issubclass(translation.source.specific_content_type.model_class(), DraftStateMixin):
            translation.save_target(publish=True)
            return
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()

    # Images --------------------------------------------------------------------------------

    def home(self):
        """The English home page, which every content area hangs from."""
        from home.models import HomePage

        return HomePage.objects.get(depth=2, locale=self.locales["en"])

    def image(self, title, alt_text, palette, seed, size=(1600, 1000)):
        """A generated, abstract image (never downloaded), reused when it exists."""
        existing = CustomImage.objects.filter(title=title).first()
        if existing is not None:
            return existing
        rng = random.Random(seed)
        width, height = size
        canvas = PILImage.new("RGB", size, palette[0])
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
        self.log(f"  + image “{title}”")
        return image


def root_page():
    return Page.get_first_root_node()
