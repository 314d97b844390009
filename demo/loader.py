"""Machinery for the demo content: trilingual texts, pages and real translations.

Each content area's text lives in `demo/data/<area>.yaml`, and `demo/areas/<area>.py` builds
it with `load(demo)`. A text is an `{en, es, eu}` mapping: the English builds the source page,
and the Spanish and Basque go into wagtail-localize as translations of the same segments
(through a PO file, the way an external translator would hand them back), so the admin shows
every page as translated.
"""

from pathlib import Path

import yaml
from django.conf import settings
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue

from demo import media
from demo.content_models import HomePage, PartnerPage

DATA = Path(__file__).resolve().parent / "data"
TARGET_LANGUAGES = ("es", "eu")


def read_data(area):
    """The content of one area, from demo/data/<area>.yaml."""
    with (DATA / f"{area}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def is_text(value):
    return isinstance(value, dict) and set(value) == {"en", "es", "eu"}


class MissingDemoTranslation(Exception):
    pass


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.texts = {}  # segment data (escaped English) -> {en, es, eu}
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

    def text(self, value):
        """Register a trilingual text and return its English, for building the source.

        A plain string is a name that reads the same in every language.
        """
        if isinstance(value, str):
            value = {"en": value, "es": value, "eu": value}
        self.texts[StringValue.from_plaintext(value["en"]).data] = value
        return value["en"]

    def rich_text(self, items):
        """Rich text from a list of texts (one paragraph each) and `{bullets: [texts]}` lists,
        each text registered for translation."""
        html = []
        for item in items:
            if "bullets" in item:
                bullets = "".join(f"<li>{self.text(text)}</li>" for text in item["bullets"])
                html.append(f"<ul>{bullets}</ul>")
            else:
                html.append(f"<p>{self.text(item)}</p>")
        return "".join(html)

    def value(self, value):
        """A field or block value from the data: a text, rich text (a list), or as it is."""
        if is_text(value):
            return self.text(value)
        if isinstance(value, list):
            return self.rich_text(value)
        return value

    def stream(self, blocks):
        """StreamField content from a list of `{type: ..., ...}` blocks: a struct block's
        fields are its other keys; any other block keeps its content under `value`."""
        content = []
        for block in blocks:
            if "value" in block:
                content.append((block["type"], self.value(block["value"])))
            else:
                fields = {key: self.value(v) for key, v in block.items() if key != "type"}
                content.append((block["type"], fields))
        return content

    def fields(self, data):
        """Page or snippet fields from the data: texts registered, a `body` built as
        StreamField blocks, other lists as rich text."""
        return {
            name: self.stream(value) if name == "body" else self.value(value)
            for name, value in data.items()
        }

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

    def index_page(self, page_class, data):
        """A content area's index page under the home page, in every language."""
        index, created = self.get_or_create_page(self.home(), page_class, **self.fields(data))
        self.translate(index)
        return index, created

    def home(self):
        """The English home page, which every content area hangs from."""
        return HomePage.objects.get(depth=2, locale=self.locales["en"])

    @staticmethod
    def partner_links(link_model, names, locale):
        """Link rows to the partner pages of this locale with these names, in their order."""
        partners = {p.title: p for p in PartnerPage.objects.filter(title__in=names, locale=locale)}
        return [link_model(partner=partners[name]) for name in names if name in partners]

    def partner_linker(self, link_model, names):
        """A `prepare` step that links a new page to the partners it names."""

        def prepare(page):
            page.related_partner_links = self.partner_links(link_model, names, page.locale)

        return prepare

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
            self.fill_in(translation)
            self.log(f"    → {locale.language_code}: {translation.get_target_instance()}")

    def fill_in(self, translation, only_missing=False):
        """Translate the segments of a translation from the registered texts (through a PO
        file, as a translator would) and publish it. `only_missing` keeps existing entries."""
        language = translation.target_locale.language_code
        po = translation.export_po()
        for entry in po:
            if only_missing and entry.msgstr:
                continue
            text = self.texts.get(entry.msgid)
            if text is None:
                if only_missing:
                    continue
                raise MissingDemoTranslation(
                    f"No {language} text for {entry.msgctxt!r}: {entry.msgid!r}"
                )
            entry.msgstr = StringValue.from_plaintext(text[language]).data
        translation.import_po(po)
        self.save_and_publish(translation)

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

    def image(self, spec):
        """A generated image described in the data (title, alt_text, palette, seed, size)."""
        image, created = media.generated_image(**spec)
        if created:
            self.log(f"  + image “{image.title}”")
        return image
