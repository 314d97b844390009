"""Benchmark content: many generated news articles on top of the demo, in its three languages.

`make bench` measures the site at the demo's size (28 articles per language) and at 1,000
articles per language, so the articles must be many and quick to make. They are written in
bulk, not through wagtail-localize: each English article and its Spanish and Basque versions
are pages in their own locale's news index that share one `translation_key` (Wagtail's
translations of one another: the language switcher, hreflang and `localized` work), without
the TranslationSource and segments an editor's translation carries, and without revisions.
Each article has a generated image (eight in turn), two topics, three tags and two partners
(the English ones, as the demo's translations link them), is live, public and in the search
index. The text is made from parallel phrase lists, so each language says the same thing.
Deterministic: article n is the same on every machine. Running again only adds the missing
articles (their slugs say their number).
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from demo import media
from demo.content_models import (
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedPartner,
    NewsPageTagLink,
    NewsPageTopic,
    PartnerPage,
    Tag,
    Topic,
)

LANGUAGES = ("en", "es", "eu")
IMAGE_COUNT = 8
FIRST_DATE = datetime.date(2016, 1, 4)
BATCH = 200

# Phrases by language, the same meaning at the same position: a sentence picks one of each.
SUBJECTS = {
    "en": [
        "The partners",
        "Teachers from the network",
        "Students and companies",
        "The vocational centres",
        "The project teams",
        "Regional agencies",
    ],
    "es": [
        "Los socios",
        "El profesorado de la red",
        "El alumnado y las empresas",
        "Los centros de formación profesional",
        "Los equipos del proyecto",
        "Las agencias regionales",
    ],
    "eu": [
        "Bazkideek",
        "Sareko irakasleek",
        "Ikasleek eta enpresek",
        "Lanbide-heziketako ikastetxeek",
        "Proiektuko taldeek",
        "Eskualdeko agentziek",
    ],
}
VERBS = {
    "en": ["shared", "reviewed", "presented", "tested", "published", "discussed"],
    "es": ["compartieron", "revisaron", "presentaron", "probaron", "publicaron", "debatieron"],
    "eu": [
        "partekatu dituzte",
        "berrikusi dituzte",
        "aurkeztu dituzte",
        "probatu dituzte",
        "argitaratu dituzte",
        "eztabaidatu dituzte",
    ],
}
OBJECTS = {
    "en": [
        "new training materials",
        "the results of the pilot courses",
        "guides for workplace learning",
        "open educational resources",
        "quality indicators",
        "plans for student mobility",
    ],
    "es": [
        "nuevos materiales de formación",
        "los resultados de los cursos piloto",
        "guías para el aprendizaje en la empresa",
        "recursos educativos abiertos",
        "indicadores de calidad",
        "planes de movilidad del alumnado",
    ],
    "eu": [
        "prestakuntza-material berriak",
        "ikastaro pilotuen emaitzak",
        "lantokiko ikaskuntzarako gidak",
        "hezkuntza-baliabide irekiak",
        "kalitate-adierazleak",
        "ikasleen mugikortasun-planak",
    ],
}
PLACES = {
    "en": [
        "at a meeting in Bilbao",
        "in an online workshop",
        "with local employers",
        "during the autumn term",
        "for the next school year",
        "in Guatemala City",
    ],
    "es": [
        "en una reunión en Bilbao",
        "en un taller en línea",
        "con empresas locales",
        "durante el trimestre de otoño",
        "para el próximo curso",
        "en Ciudad de Guatemala",
    ],
    "eu": [
        "Bilboko bilera batean",
        "lineako tailer batean",
        "tokiko enpresekin",
        "udazkeneko hiruhilekoan",
        "hurrengo ikasturterako",
        "Guatemala Hirian",
    ],
}
TITLES = {
    "en": "Benchmark article {number}: {object} {place}",
    "es": "Artículo de prueba {number}: {object} {place}",
    "eu": "Proba-artikulua {number}: {object} {place}",
}
CREDIT = {
    "en": "Generated benchmark image",
    "es": "Imagen de prueba generada",
    "eu": "Sortutako proba-irudia",
}
PALETTES = [
    ["#0b5d63", "#137c83", "#f5b700", "#e8f1f2"],
    ["#1d3557", "#457b9d", "#a8dadc", "#f1faee"],
    ["#2a6f3e", "#6aa84f", "#d9ead3", "#f6b26b"],
    ["#5b2a86", "#9b72cf", "#f2e9fb", "#ffc857"],
]


def sentence(language, choice):
    """One sentence from the phrase numbers (subject, verb, object, place)."""
    subject, verb, obj, place = choice
    words = SUBJECTS[language][subject], VERBS[language][verb], OBJECTS[language][obj]
    where = PLACES[language][place]
    if language == "eu":  # subject, object, place, verb
        return f"{words[0]} {words[2]} {where} {words[1]}."
    return f"{words[0]} {words[1]} {words[2]} {where}."


class Article:
    """The text of article `number` in every language: the same phrase choices for each."""

    def __init__(self, number):
        rng = random.Random(number)
        self.number = number

        def pick():
            return tuple(rng.randrange(6) for _ in range(4))

        self.headline = pick()
        self.standfirst = pick()
        self.paragraphs = [[pick() for _ in range(4)] for _ in range(3)]
        self.date = FIRST_DATE + datetime.timedelta(days=(number * 3) % 3650)
        self.topic_picks = rng.sample(range(64), 2)
        self.tag_picks = rng.sample(range(64), 3)
        self.partner_picks = rng.sample(range(64), 2)

    def title(self, language):
        _subject, _verb, obj, place = self.headline
        text = TITLES[language].format(
            number=self.number, object=OBJECTS[language][obj], place=PLACES[language][place]
        )
        return text[0].upper() + text[1:]

    def slug(self, language):
        return slugify(self.title(language))[:200]

    def body(self, language):
        html = "".join(
            "<p>" + " ".join(sentence(language, choice) for choice in paragraph) + "</p>"
            for paragraph in self.paragraphs
        )
        return [{"type": "paragraph", "value": html, "id": str(uuid.UUID(int=self.number))}]


def bench_images():
    """The articles' images: IMAGE_COUNT generated abstract pictures, reused when they exist."""
    return [
        media.generated_image(
            title=f"Benchmark illustration {number + 1} (abstract)",
            alt_text="Abstract coloured circles",
            palette=PALETTES[number % len(PALETTES)],
            seed=900 + number,
            size=(1200, 800),
        )[0]
        for number in range(IMAGE_COUNT)
    ]


def existing_numbers(index):
    """The numbers of the benchmark articles already under an English news index."""
    prefix = slugify(TITLES["en"].split("{")[0])
    numbers = set()
    for slug in (
        NewsPage.objects.child_of(index)
        .filter(slug__startswith=prefix)
        .values_list("slug", flat=True)
    ):
        number = slug.removeprefix(prefix + "-").split("-")[0]
        if number.isdigit():
            numbers.add(int(number))
    return numbers


@transaction.atomic
def add_articles(count, log=lambda message: None):
    """Make sure articles 1..count exist in every language; returns how many were added
    (per language)."""
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    english_index = NewsIndexPage.objects.get(locale=locales["en"])
    indexes = {
        code: NewsIndexPage.objects.get(
            translation_key=english_index.translation_key, locale=locale
        )
        for code, locale in locales.items()
    }
    missing = [n for n in range(1, count + 1) if n not in existing_numbers(english_index)]
    if not missing:
        return 0
    images = bench_images()
    terms = {
        "topics": list(Topic.objects.filter(locale=locales["en"], live=True).order_by("pk")),
        "tags": list(Tag.objects.filter(locale=locales["en"], live=True).order_by("pk")),
        "partners": list(PartnerPage.objects.filter(locale=locales["en"]).live().order_by("path")),
    }
    for start in range(0, len(missing), BATCH):
        articles = [Article(number) for number in missing[start : start + BATCH]]
        for code in LANGUAGES:
            pages = _insert_pages(indexes[code], code, articles, images)
            _link_terms(pages, articles, terms)
            get_search_backend().add_bulk(
                NewsPage, NewsPage.objects.filter(pk__in=[page.pk for page in pages])
            )
        log(f"  + articles {articles[0].number}–{articles[-1].number} in {', '.join(LANGUAGES)}")
    return len(missing)


def _insert_pages(index, language, articles, images):
    """The pages of these articles under one language's news index: the Page rows in one
    bulk insert, then each article's own row."""
    content_type = ContentType.objects.get_for_model(NewsPage)
    index.refresh_from_db()
    last = index.get_last_child()
    step = NewsPage._str2int(last.path[-NewsPage.steplen :]) if last else 0
    pages = []
    for offset, article in enumerate(articles, start=1):
        slug = article.slug(language)
        published = timezone.make_aware(datetime.datetime.combine(article.date, datetime.time()))
        pages.append(
            NewsPage(
                content_type=content_type,
                title=article.title(language),
                draft_title=article.title(language),
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                path=NewsPage._get_path(index.path, index.depth + 1, step + offset),
                depth=index.depth + 1,
                numchild=0,
                live=True,
                has_unpublished_changes=False,
                first_published_at=published,
                last_published_at=published,
                locale=index.locale,
                translation_key=uuid.UUID(int=(1 << 120) + article.number),
                date=article.date,
                standfirst=sentence(language, article.standfirst),
                main_image=images[article.number % len(images)],
                image_credit=CREDIT[language],
                body=article.body(language),
            )
        )
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
        page.save_base(raw=True)  # the NewsPage row only: its Page row is in
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
    return pages


def _link_terms(pages, articles, terms):
    """Topics, tags and partners: the article's picks among the English ones."""
    topics, tags, partners = terms["topics"], terms["tags"], terms["partners"]
    topic_links, tag_links, partner_links = [], [], []
    for page, article in zip(pages, articles, strict=True):
        for order, topic in enumerate(_chosen(topics, article.topic_picks)):
            topic_links.append(NewsPageTopic(page=page, topic=topic, sort_order=order))
        for order, tag in enumerate(_chosen(tags, article.tag_picks)):
            tag_links.append(NewsPageTagLink(page=page, tag=tag, sort_order=order))
        for order, partner in enumerate(_chosen(partners, article.partner_picks)):
            partner_links.append(
                NewsPageRelatedPartner(page=page, partner=partner, sort_order=order)
            )
    NewsPageTopic.objects.bulk_create(topic_links)
    NewsPageTagLink.objects.bulk_create(tag_links)
    NewsPageRelatedPartner.objects.bulk_create(partner_links)


def _chosen(items, picks):
    """The items at these picks (modulo their number), each once, in order."""
    if not items:
        return []
    return [items[i] for i in dict.fromkeys(pick % len(items) for pick in picks)]
