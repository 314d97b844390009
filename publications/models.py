import re

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Collection, CollectionViewRestriction, Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.i18n import each_in_language, in_memory
from core.models import BasePage, BasePageQuerySet, IndexPage, optional_image
from core.models.pages import SOCIAL_COVER_FILTER, SocialImage
from core.pagination import paginate
from core.structured_data import (
    CONTEXT,
    consortium,
    media_object,
    page_image,
    partner_organization,
    site_home_url,
)
from publications.blocks import ChaptersBlock
from publications.documents import (  # noqa: F401  (the document model lives in this app)
    FILE_LANGUAGES,
    DocumentDownloadMonth,
    ResourceDocument,
    ResourceType,
)
from taxonomy.models import RelatedPartner, Topic, localized_partners, partner_pages

RESOURCES_PER_PAGE = 12
MAX_QUERY_LENGTH = 200

# "CC BY 4.0", "CC-BY-NC-SA-4.0", "CC BY-SA 3.0": the Creative Commons licences, by name.
CC_LICENCE = re.compile(r"CC[ -]?(BY(?:-NC)?(?:-SA|-ND)?)[ -](\d\.\d)", re.IGNORECASE)
CC_ZERO = re.compile(r"CC[ -]?0(?:[ -]1\.0)?", re.IGNORECASE)


def licence_url(licence):
    """The deed of a known Creative Commons licence named in `licence`, else ""."""
    name = " ".join(licence.split())
    if CC_ZERO.fullmatch(name):
        return "https://creativecommons.org/publicdomain/zero/1.0/"
    match = CC_LICENCE.fullmatch(name)
    if match is None:
        return ""
    return f"https://creativecommons.org/licenses/{match[1].lower()}/{match[2]}/"


class PublicationPageRelatedPartner(RelatedPartner):
    page = ParentalKey(
        "publications.PublicationPage",
        on_delete=models.CASCADE,
        related_name="related_partner_links",
    )


class PublicationDownload(Orderable):
    page = ParentalKey(
        "publications.PublicationPage", on_delete=models.CASCADE, related_name="downloads"
    )
    document = models.ForeignKey(
        ResourceDocument, verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]


def public_documents():
    """The documents anyone may read: not in a collection with a view restriction (on it or
    on a collection above it). A subquery, so that it costs no query of its own; every public
    listing of documents (the library, a publication's downloads) starts here."""
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(
            OuterRef("collection__path"), 1, F("collection__depth") * Collection.steplen
        )
    )
    return ResourceDocument.objects.filter(~Exists(restricted))


class PublicationPage(BasePage):
    objects = PageManager.from_queryset(BasePageQuerySet)()

    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    summary = models.TextField(_("summary"))
    cover_image = optional_image(_("cover image"))
    date = models.DateField(_("publication date"))
    key_points = StreamField(
        [("point", blocks.CharBlock(label=_("key point"), max_length=300))],
        verbose_name=_("key points"),
        blank=True,
    )
    chapters = StreamField(ChaptersBlock(), verbose_name=_("chapters"), blank=True)
    how_to_cite = models.TextField(_("how to cite"), blank=True)
    licence = models.CharField(_("licence"), max_length=100, default="CC BY 4.0")
    doi = models.CharField(_("DOI"), max_length=100, blank=True)
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("subtitle"),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("date"),
        InlinePanel("related_partner_links", heading=_("Authoring partners"), label=_("Partner")),
        FieldPanel("key_points"),
        FieldPanel("chapters"),
        InlinePanel(
            "downloads",
            heading=_("Downloads"),
            label=_("File"),
            help_text=_("One file per language; set each file's language in Documents."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("how_to_cite"),
                FieldPanel("licence"),
                FieldPanel("doi"),
                FieldPanel("isbn"),
            ],
            heading=_("Citation and licence"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("chapters"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("subtitle"),
        TranslatableField("summary"),
        SynchronizedField("cover_image"),
        SynchronizedField("date"),
        SynchronizedField("related_partner_links"),
        TranslatableField("key_points"),
        TranslatableField("chapters"),
        SynchronizedField("downloads"),
        TranslatableField("how_to_cite"),
        SynchronizedField("licence"),
        SynchronizedField("doi"),
        SynchronizedField("isbn"),
    ]

    parent_page_types = ["publications.ResourceIndexPage", "home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def get_summary(self):
        return self.summary

    def get_listing_date(self):
        return self.date

    def get_social_image(self):
        return self.social_image or self.cover_image

    def get_social_card(self):
        """The cover, whole on a plain ground (a cover cut to 1200×630 would show a strip of
        it), with "Cover of …" in the page's language."""
        if self.social_image or not self.cover_image:
            return super().get_social_card()
        alt = gettext("Cover of %(title)s") % {"title": self.title}
        return SocialImage(self.cover_image, SOCIAL_COVER_FILTER, alt)

    def get_json_ld(self, request):
        """A Report (a Book when it has an ISBN): the authoring partners as Organizations,
        the consortium as publisher, the language, date, licence, cover and its files as
        `encoding` MediaObjects (URL, format, language, size)."""
        url = request.build_absolute_uri(self.get_url(request))
        organisation = consortium(request, site_home_url(request, self))
        authors = [partner_organization(request, partner) for partner in self.author_chips()]
        data = {
            "@context": CONTEXT,
            "@type": "Book" if self.isbn else "Report",
            "name": self.title,
            "headline": self.title,
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "author": authors or [organisation],
            "publisher": organisation,
            "image": [page_image(request, self)],
            "license": self.licence_url or self.licence,
        }
        if self.subtitle:
            data["alternativeHeadline"] = self.subtitle
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.isbn:
            data["isbn"] = self.isbn
        if self.doi:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": self.doi}
            data["sameAs"] = [f"https://doi.org/{self.doi}"]
        files = [media_object(request, document) for document in self.get_downloads()]
        if files:
            data["encoding"] = files
            data["associatedMedia"] = files
        return data

    @cached_property
    def table_of_contents(self):
        """(anchor, number, title) for every chapter; anchors are unique within the page."""
        entries, used = [], set()
        for number, block in enumerate(self.chapters, start=1):
            anchor = slugify(block.value["title"]) or f"chapter-{number}"
            if anchor in used:
                anchor = f"{anchor}-{number}"
            used.add(anchor)
            entries.append((anchor, number, block))
        return entries

    @cached_property
    def authors(self):
        return localized_partners(self)

    def author_chips(self):
        """The authors as partner pages with their logos, in the editor's order: the page's
        partner chips and its JSON-LD authors. One query (and one for the logos' renditions),
        once per page object."""
        return self._author_chips

    @cached_property
    def _author_chips(self):
        order = [author.pk for author in self.authors]
        if not order:
            return []
        partners = (
            partner_pages()
            .filter(pk__in=order)
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .defer_streamfields()
        )
        by_pk = {partner.pk: partner for partner in partners}
        return [by_pk[pk] for pk in order if pk in by_pk]

    @property
    def licence_url(self):
        return licence_url(self.licence)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = self.authors
        context["author_chips"] = self.author_chips()
        context["downloads"] = self.get_downloads()
        return context

    def get_downloads(self):
        """The files anyone may read, the reader's language first, then the others in site
        language order. One query, once per page object and language."""
        language = get_language()
        cached = getattr(self, "_downloads", None)
        if cached is None or cached[0] != language:
            self._downloads = (language, self._find_downloads())
        return self._downloads[1]

    def _find_downloads(self):
        order = [get_language(), "en", "es", "eu", "other"]
        if in_memory(self, "downloads"):  # a preview: the files as edited
            chosen = [link.document_id for link in self.downloads.all()]
        else:
            chosen = PublicationDownload.objects.filter(page=self).values("document_id")
        documents = public_documents().filter(pk__in=chosen)
        return sorted(
            documents,
            key=lambda d: order.index(d.language) if d.language in order else len(order),
        )


class ResourceIndexPage(IndexPage):
    """The downloads library: every public document, filterable without JavaScript."""

    subpage_types = ["publications.PublicationPage"]

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def get_filters(self, params: QueryDict):
        """The valid filters in the query; anything unknown or malformed is ignored."""
        filters = {}
        if params.get("language") in dict(FILE_LANGUAGES):
            filters["language"] = params["language"]
        if params.get("type") in ResourceType.values:
            filters["type"] = params["type"]
        partner = params.get("partner", "")
        if (
            partner.isascii()
            and partner.isdigit()
            and len(partner) <= 18  # a bigint: longer numbers name no page, and overflow
            and self.partner_choices().filter(pk=int(partner)).exists()
        ):
            filters["partner"] = int(partner)
        topic = self.topic_filter(params.get("topic", ""))
        if topic:
            filters["topic"] = topic
        query = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]
        if query:
            filters["q"] = query
        return filters

    def partner_choices(self):
        """The partners of the filter: live and public ones in this language."""
        return partner_pages().live().public().filter(locale=self.locale).order_by("title")

    def topic_filter(self, slug):
        """This language's slug of the topic a filter names; an address with another
        language's slug (topic slugs were once shared) still finds it. "" if none."""
        if not slug or any(choice.slug == slug for choice in self.topic_choices):
            return slug
        if not (slug.isascii() and slug.replace("-", "").replace("_", "").isalnum()):
            return ""
        keys = set(Topic.objects.filter(slug=slug).values_list("translation_key", flat=True))
        return next((t.slug for t in self.topic_choices if t.translation_key in keys), "")

    @cached_property
    def topic_choices(self):
        """Every published topic, in this language where it is published in it."""
        english = Topic.objects.filter(live=True, locale__language_code=settings.LANGUAGE_CODE)
        published = Topic.objects.filter(
            live=True, translation_key__in=english.values("translation_key")
        )
        topics = each_in_language(published, self.locale)
        return sorted(topics, key=lambda topic: topic.name.casefold())

    def filter_documents(self, filters):
        documents = public_documents()
        if "language" in filters:
            documents = documents.filter(language=filters["language"])
        if "type" in filters:
            documents = documents.filter(resource_type=filters["type"])
        if "partner" in filters:
            partner_key = partner_pages().filter(pk=filters["partner"]).values("translation_key")
            documents = documents.filter(authors__translation_key__in=partner_key)
        if "topic" in filters:
            # Documents are filed under English topics; the filter names this language's.
            keys = [t.translation_key for t in self.topic_choices if t.slug == filters["topic"]]
            documents = documents.filter(topics__translation_key__in=keys)
        if "q" in filters:
            documents = documents.filter(
                models.Q(title__icontains=filters["q"])
                | models.Q(description__icontains=filters["q"])
            )
        return documents.distinct().order_by("-created_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.get_filters(request.GET)
        documents = paginate(request, self.filter_documents(filters), RESOURCES_PER_PAGE)
        self.attach_publications(documents.object_list)
        context.update(
            filters=filters,
            documents=documents,
            languages=FILE_LANGUAGES,
            resource_types=ResourceType.choices,
            partners=list(self.partner_choices()),
            topics=self.topic_choices,
            max_query_length=MAX_QUERY_LENGTH,
        )
        return context

    def attach_publications(self, documents):
        """Set `publication` on each document that belongs to a live, public publication in
        this language."""
        documents = list(documents)
        publications = PublicationPage.objects.live().public().filter(locale=self.locale)
        links = PublicationDownload.objects.filter(
            document__in=documents, page__in=publications.values("pk")
        ).select_related("page")
        by_document = {link.document_id: link.page for link in links}
        for document in documents:
            document.publication = by_document.get(document.pk)
        return documents
