"""News: topics, tags and articles with generated illustrations (news.yaml)."""

import datetime

from django.utils.text import slugify
from wagtail_localize.models import Translation, TranslationSource

from demo import content_models as models
from demo.loader import read_data


def load(demo):
    demo.log("News")
    data = read_data("news")
    topics = {term["slug"]: _term(demo, models.Topic, term) for term in data["topics"]}
    tags = {term["slug"]: _term(demo, models.Tag, term) for term in data["tags"]}
    index, created = demo.index_page(models.NewsIndexPage, data["index"])
    events = models.EventIndexPage.objects.filter(locale=index.locale).first()
    if created and events is not None:
        demo.place_before(index, events)  # the menus read About, News, Events
    images = [demo.image(spec) for spec in data["images"]]
    for number, article in enumerate(data["articles"]):
        page, created = demo.get_or_create_page(
            index,
            models.NewsPage,
            demo.text(article["slug"]),
            prepare=_linker(demo, article, topics, tags),
            title=demo.text(article["title"]),
            date=datetime.date.fromisoformat(article["date"]),
            standfirst=demo.text(article["standfirst"]),
            main_image=images[number % len(images)],
            image_credit=demo.text(data["image_credit"]),
            body=_body(demo, article),
        )
        demo.translate(page)
        if not created:
            _translate_the_credit(demo, page)
    return index


def _term(demo, model, data):
    """An English topic or tag, and its Spanish and Basque translations: name and slug."""
    english = demo.locales["en"]
    slug, names = data["slug"], data["name"]
    demo.text({"en": slug, "es": slugify(names["es"]), "eu": slugify(names["eu"])})
    term = model.objects.filter(slug=slug, locale=english).first()
    if term is None:
        term = model.objects.create(slug=slug, name=demo.text(names), locale=english)
        demo.log(f"  + {model._meta.model_name} “{term.name}”")
    elif term.name != names["en"] and not term.get_translations().exists():
        # A tag converted from the free-text tags, named by its slug: name it as the demo does.
        term.name = demo.text(names)
        term.save()
    else:
        demo.text(names)
    demo.translate(term)
    return term


def _translate_the_credit(demo, page):
    """A database from before credits were translated: a migration made the image's credit the
    English article's own, and its translations have none yet. Translate the new segment as a
    translator would (a PO file) and publish, as for new articles."""
    stale = models.NewsPage.objects.filter(translation_key=page.translation_key, image_credit="")
    stale_locales = list(stale.exclude(pk=page.pk).values_list("locale", flat=True))
    if not page.image_credit or not stale_locales:
        return
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source, target_locale__in=stale_locales):
        demo.fill_in(translation, only_missing=True)
        language = translation.target_locale.language_code
        demo.log(f"    → {language}: credit of {translation.get_target_instance()}")


def _linker(demo, article, topics, tags):
    link_partners = demo.partner_linker(models.NewsPageRelatedPartner, article["partners"])

    def prepare(page):
        page.tag_links = [models.NewsPageTagLink(tag=tags[slug]) for slug in article["tags"]]
        page.topic_links = [models.NewsPageTopic(topic=topics[slug]) for slug in article["topics"]]
        link_partners(page)

    return prepare


def _body(demo, article):
    body = [("paragraph", demo.rich_text(article["paragraphs"]))]
    link = article.get("event_link")
    event = models.EventPage.objects.filter(slug=link["event"]).first() if link else None
    if event is not None:
        body.append(("call_to_action", {"text": demo.text(link["text"]), "page": event}))
    return body
