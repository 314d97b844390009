"""Demo news: the SECOVE event report, the Cooperation Model announcement and 26 more."""

import datetime

from django.utils.text import slugify
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue

from events.models import EventIndexPage, EventPage
from news.demo_content import ARTICLES, IMAGE_CREDIT, TAGS, TOPICS
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedPartner,
    NewsPageTagLink,
    NewsPageTopic,
)
from partners.demo import related_partners_setter
from taxonomy.models import Tag, Topic

PALETTES = [
    ["#0b5d63", "#137c83", "#f5b700", "#e8f1f2"],
    ["#1d3557", "#457b9d", "#a8dadc", "#f1faee"],
    ["#2a6f3e", "#6aa84f", "#d9ead3", "#f6b26b"],
    ["#5b2a86", "#9b72cf", "#f2e9fb", "#ffc857"],
    ["#8c2f39", "#e26d5c", "#f7d6c1", "#2f4858"],
    ["#264653", "#2a9d8f", "#e9c46a", "#f4a261"],
]


def load(demo):
    demo.log("News")
    t = demo.text
    topics = {slug: _term(demo, Topic, slug, names) for slug, names in TOPICS}
    tags = {slug: _term(demo, Tag, slug, names) for slug, names in TAGS}
    index, created = demo.get_or_create_page(
        demo.home(),
        NewsIndexPage,
        t("news", "noticias", "albisteak"),
        title=t("News", "Noticias", "Albisteak"),
        show_in_menus=True,
        introduction=t(
            "Stories from the partners: meetings, training, results and people.",
            "Historias de los socios: reuniones, formación, resultados y personas.",
            "Bazkideen kontakizunak: bilerak, prestakuntza, emaitzak eta pertsonak.",
        ),
    )
    demo.translate(index)
    events = EventIndexPage.objects.filter(locale=index.locale).first()
    if created and events is not None:
        demo.place_before(index, events)  # the menus read About, News, Events
    images = [
        demo.image(
            f"News illustration {number + 1} (abstract)",
            "Abstract coloured circles",
            palette,
            seed=100 + number,
            size=(1200, 800),
        )
        for number, palette in enumerate(PALETTES)
    ]
    derio_event = EventPage.objects.filter(slug="secove-network-event-derio").first()
    for number, article in enumerate(ARTICLES):
        page, _created = demo.get_or_create_page(
            index,
            NewsPage,
            t(*article["slug"]),
            prepare=_tagger(article, topics, tags),
            title=t(*article["title"]),
            date=datetime.date.fromisoformat(article["date"]),
            standfirst=t(*article["standfirst"]),
            main_image=images[number % len(images)],
            image_credit=t(*IMAGE_CREDIT),
            body=_body(demo, article, derio_event if number == 0 else None),
        )
        demo.translate(page)
        if not _created:
            _translate_the_credit(demo, page)
    return index


def _term(demo, model, slug, names):
    """An English topic or tag, and its Spanish and Basque translations: name and slug."""
    english = demo.locales["en"]
    demo.text(slug, *(slugify(name) for name in names[1:]))
    term = model.objects.filter(slug=slug, locale=english).first()
    if term is None:
        term = model.objects.create(slug=slug, name=demo.text(*names), locale=english)
        demo.log(f"  + {model._meta.model_name} “{term.name}”")
    elif term.name != names[0] and not term.get_translations().exists():
        # A tag converted from the free-text tags, named by its slug: name it as the demo does.
        term.name = demo.text(*names)
        term.save()
    else:
        demo.text(*names)
    demo.translate(term)
    return term


def _translate_the_credit(demo, page):
    """A database from before credits were translated: a migration made the image's credit the
    English article's own, and its translations have none yet. Translate the new segment as a
    translator would (a PO file) and publish, as for new articles."""
    stale = NewsPage.objects.filter(translation_key=page.translation_key, image_credit="")
    stale_locales = list(stale.exclude(pk=page.pk).values_list("locale", flat=True))
    if not page.image_credit or not stale_locales:
        return
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source, target_locale__in=stale_locales):
        language = translation.target_locale.language_code
        po = translation.export_po()
        for entry in po:
            text = demo.texts.get(entry.msgid)
            if not entry.msgstr and text is not None:
                entry.msgstr = StringValue.from_plaintext(text.get(language)).data
        translation.import_po(po)
        demo.save_and_publish(translation)
        demo.log(f"    → {language}: credit of {translation.get_target_instance()}")


def _tagger(article, topics, tags):
    link_partners = related_partners_setter(NewsPageRelatedPartner, article["slug"][0])

    def prepare(page):
        page.tag_links = [NewsPageTagLink(tag=tags[slug]) for slug in article["tags"]]
        page.topic_links = [NewsPageTopic(topic=topics[slug]) for slug in article["topics"]]
        link_partners(page)

    return prepare


def _body(demo, article, event):
    body = [("paragraph", demo.paragraphs(*article["paragraphs"]))]
    if event is not None:
        text = demo.text(
            "See the event's agenda", "Ver el programa del evento", "Ikusi ekitaldiaren egitaraua"
        )
        body.append(("call_to_action", {"text": text, "page": event}))
    return body
