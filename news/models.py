import datetime
from collections import defaultdict

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Substr
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.images.models import Filter
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import (
    in_memory,
    mark_stand_in,
    published_in_language,
    published_keys_in_language,
    set_route_versions,
    view_restricted,
)
from core.models import LINK_FIELDS, BasePage, BasePageQuerySet, IndexPage, optional_image
from core.models.pages import (
    SOCIAL_IMAGE_FILTER,
    SocialImage,
    body_documents,
    related_partner_logos,
)
from core.pagination import page_query, paginate
from core.seo import rendition_or_none
from core.structured_data import CONTEXT, consortium, image_object, page_image, site_home_url
from news.feeds import NewsAtomFeed, NewsRssFeed
from taxonomy.models import RelatedPartner, Tag, Topic, localized_partners

NEWS_PER_PAGE = 12
RELATED_NEWS_COUNT = 3
FEED_ITEM_COUNT = 20
# What cards, links and metadata show of a topic or a tag.
TERM_FIELDS = ("name", "slug", "translation_key", "locale", "live")
# Parsed once: a filter works out its operations when first used.
JSON_LD_IMAGE_FILTER = Filter(spec="fill-1200x675|format-jpeg")

# The first word of the topic and tag archives' addresses, in the reader's language
# (/es/noticias/tema/…, /eu/albisteak/etiketa/…); the English words keep working everywhere.
TOPIC_ADDRESS = pgettext_lazy("word in a web address, lower case, no spaces", "topic")
TAG_ADDRESS = pgettext_lazy("word in a web address, lower case, no spaces", "tag")


class NewsPageTopic(Orderable):
    """A topic of an article. A child row, not a many-to-many field, so that translations
    follow every change of the source's topics, removals included."""

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE)

    panels = [FieldPanel("topic")]


class NewsPageTagLink(Orderable):
    """A tag of an article; a child row like the topics, for the same reason."""

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tag_links")
    tag = models.ForeignKey(Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("tag")]


class NewsPageRelatedPartner(RelatedPartner):
    page = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="related_partner_links"
    )


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """The news of one language: listing, tag/topic/year archives and feeds."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_articles(self):
        return NewsPage.objects.for_listing().descendant_of(self)

    def get_feed_articles(self):
        """The latest articles of the RSS and Atom feeds, as news cards."""
        return NewsPage.as_cards(self.get_articles()[:FEED_ITEM_COUNT], self.locale)

    def render_listing(
        self, request, articles, archive_title=None, archive_heading=None, current=None
    ):
        """A page of news cards, with the sidebar's topics and years; `current`, the topic,
        tag or year the archive shows, which the sidebar marks."""
        articles_page = paginate(request, articles, NEWS_PER_PAGE)
        NewsPage.as_cards(articles_page.object_list, self.locale)
        return self.render(
            request,
            context_overrides={
                "articles": articles_page,
                "archive_title": archive_title,
                "archive_heading": archive_heading or archive_title,
                "years": self.get_years(),
                "index_topics": self.get_topics(),
                "current": current,
            },
        )

    def get_topics(self):
        """The topics of this index's articles, in the reader's language (else English, marked
        as such), by name, each with its number of articles (`count`). Two queries."""
        counts = dict(
            NewsPageTopic.objects.filter(page__in=self.get_articles().values("pk"))
            .values("topic__translation_key")
            .annotate(count=Count("page", distinct=True))
            .order_by()
            .values_list("topic__translation_key", "count")
        )
        published = published_keys_in_language(
            set(counts), Topic.objects.filter(live=True).only(*TERM_FIELDS), self.locale
        )
        topics = sorted(published.values(), key=lambda topic: topic.name.casefold())
        for topic in topics:
            topic.count = counts[topic.translation_key]
        return topics

    def get_years(self):
        return [
            date.year
            for date in NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .dates("date", "year", order="DESC")
        ]

    def _in_a_translation(self):
        """Whether an article is under this index in any language: its parent is one of this
        page's translations. A subquery, so that it costs no query of its own."""
        return Exists(
            NewsIndexPage.objects.filter(
                translation_key=self.translation_key,
                depth=self.depth,
                path=Substr(OuterRef("path"), 1, self.depth * self.steplen),
            )
        )

    def _term_archive(self, request, model, slug, route):
        """The term (topic or tag) an archive address names, and where the same archive is in
        each language, in one query.

        The address may carry the term's slug in this language (the archive itself), or in
        another one, as old addresses did (/es/noticias/topic/green-skills/): those redirect
        (301) to this language's address. A term not published in this language is shown in
        English (`foreign_language`), at its English address.
        """
        candidates = model.objects.filter(
            live=True,
            translation_key__in=model.objects.filter(slug=slug).values("translation_key"),
        ).select_related("locale")
        versions = defaultdict(dict)  # translation key -> {language code: term}
        for term in candidates:
            versions[term.translation_key][term.locale.language_code] = term
        language, default = self.locale.language_code, settings.LANGUAGE_CODE

        def named_in(code):
            return [
                key
                for key, terms in versions.items()
                if getattr(terms.get(code), "slug", None) == slug
            ]

        keys = named_in(language) or named_in(default) or sorted(versions)
        terms = versions[keys[0]] if keys else {}
        term = terms.get(language) or terms.get(default)
        if term is None:
            raise Http404
        mark_stand_in(term, self.locale_id)
        kwarg = route.removesuffix("_route")
        url = self.get_url(request) + self.reverse_subpage(route, kwargs={kwarg: term.slug})
        if url != request.path:
            return term, redirect(url + page_query(request), permanent=True)
        set_route_versions(
            request,
            {
                code: {kwarg: (terms.get(code) or terms[default]).slug}
                for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
                if code in terms or default in terms
            },
        )
        return term, None

    @staticmethod
    def _heading(template, placeholder, term):
        """The archive's title as text, and as a heading whose term is marked with its
        language when it stands in for an untranslated one."""
        title = template % {placeholder: term.name}
        if not term.foreign_language:
            return title, title
        name = format_html('<span lang="{}">{}</span>', term.foreign_language, term.name)
        return title, mark_safe(conditional_escape(template) % {placeholder: name})

    @path("")
    def index_route(self, request):
        return self.render_listing(request, self.get_articles())

    @path("tag/<slug:tag>/", name="tag_route_before_translation")
    @path(format_lazy("{}/<slug:tag>/", TAG_ADDRESS), name="tag_route")  # first
    def tag_route(self, request, tag):
        return self._term_listing(request, Tag, tag, "tag", gettext("News tagged “%(tag)s”"))

    @path("topic/<slug:topic>/", name="topic_route_before_translation")
    @path(format_lazy("{}/<slug:topic>/", TOPIC_ADDRESS), name="topic_route")  # first
    def topic_route(self, request, topic):
        return self._term_listing(request, Topic, topic, "topic", gettext("News about %(topic)s"))

    def _term_listing(self, request, model, slug, kind, heading):
        """A topic or tag archive: the articles linked to the term (`topic_links`,
        `tag_links`), under a heading that names it."""
        term, moved = self._term_archive(request, model, slug, f"{kind}_route")
        if moved is not None:
            return moved
        articles = self.get_articles().filter(
            **{f"{kind}_links__{kind}__translation_key": term.translation_key}
        )
        title, heading = self._heading(heading, kind, term)
        return self.render_listing(request, articles.distinct(), title, heading, current=term)

    @re_path(r"^(?P<year>[0-9]{4})/$")  # ASCII digits only: \d would take ٢٠٢٤
    def year_route(self, request, year):
        if not datetime.MINYEAR <= int(year) <= datetime.MAXYEAR:  # /0000/: no such year
            raise Http404
        languages = set(
            NewsPage.objects.live()
            .filter(~view_restricted(), self._in_a_translation(), date__year=int(year))
            .order_by()
            .values_list("locale__language_code", flat=True)
            .distinct()
        )
        if self.locale.language_code not in languages:
            raise Http404
        set_route_versions(request, {code: {"year": year} for code in languages})
        articles = self.get_articles().filter(date__year=int(year))
        title = _("News from %(year)s") % {"year": year}
        return self.render_listing(request, articles, title, current=int(year))

    @path("feed/rss/")
    def rss_route(self, request):
        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom_route(self, request):
        return NewsAtomFeed(self)(request)


class NewsPageQuerySet(BasePageQuerySet):
    def for_listing(self):
        """Live, public articles, newest first, with what a news card shows: the lead image
        and its renditions (NewsPage.as_cards adds the topics in the reader's language).
        The only query of news cards: index, archives, feeds, the home page and
        partner pages."""
        return (
            self.live()
            .public()
            .order_by("-date", "-pk")
            .select_related("main_image")
            .prefetch_related("main_image__renditions")
            .only(*LINK_FIELDS, "date", "standfirst", "main_image")
        )

    def for_links(self):
        """Live, public articles, newest first, with what a link to one shows: its title and
        date (the article's sidebar lists related news so)."""
        return self.live().public().order_by("-date", "-pk").only(*LINK_FIELDS, "date")


class NewsPage(BasePage):
    objects = PageManager.from_queryset(NewsPageQuerySet)()

    date = models.DateField(_("publication date"), default=datetime.date.today)
    standfirst = models.TextField(
        _("standfirst"), help_text=_("One or two sentences that open the article and sum it up.")
    )
    main_image = optional_image(_("main image"))
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    image_credit = models.CharField(
        _("image credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Left empty, the image's credit is filled in when you save. Translators "
            "translate it with the article."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("image_caption"), FieldPanel("image_credit")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("topic_links", label=_("Topics")),
                InlinePanel("tag_links", label=_("Tags")),
            ],
            heading=_("Topics and tags"),
        ),
        InlinePanel("related_partner_links", heading=_("Related partners"), label=_("Partner")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        TranslatableField("standfirst"),
        SynchronizedField("main_image"),
        TranslatableField("image_caption"),
        TranslatableField("image_credit"),
        TranslatableField("body"),
        SynchronizedField("tag_links"),
        SynchronizedField("topic_links"),
        SynchronizedField("related_partner_links"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_summary(self):
        return self.standfirst

    def get_listing_date(self):
        return self.date

    def clean(self):
        super().clean()
        # The credit is the article's own text, so that translators translate it with the
        # article; the image's credit is the editor's starting point.
        if (
            self.main_image
            and not self.image_credit
            and self.locale_id is not None
            and self.locale.language_code == settings.LANGUAGE_CODE
        ):
            self.image_credit = self.main_image.credit

    @property
    def main_image_credit(self):
        """(credit, language to mark it with): the article's own credit, else the image's,
        which is written in the source language."""
        if self.image_credit or not self.main_image:
            return self.image_credit, ""
        language = settings.LANGUAGE_CODE
        return self.main_image.credit, "" if self.locale.language_code == language else language

    @property
    def main_image_alt(self):
        """Empty when the caption, read out next to the image, describes it; else the
        image's own alt text, so that a picture is never silent."""
        if self.image_caption or not self.main_image:
            return ""
        return self.main_image.description

    @property
    def main_image_alt_language(self):
        """The image's own alt text is written in the source language."""
        return self.locale.language_code if self.main_image_alt == "" else settings.LANGUAGE_CODE

    def get_social_image(self):
        return self.social_image or self.main_image

    def get_social_card(self):
        """The main photo, cut to 1200×630; its alt text is the article's caption (translated
        with it), else the image's own description in English, else the title."""
        if self.social_image or not self.main_image:
            return super().get_social_card()
        alt = self.image_alt_in_page_language(self.main_image, self.image_caption)
        return SocialImage(self.main_image, SOCIAL_IMAGE_FILTER, alt)

    def get_og_type(self):
        return "article"

    @property
    def published_at(self):
        """Midnight of the publication date in the site's time zone, for feeds and metadata."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    @classmethod
    def as_cards(cls, articles, locale):
        """News cards: set `topics` on each article, its published topics in `locale`, else
        in English (marked as such), in the editor's order, leaving out any published in
        neither. Two light queries for any number of articles (none for none)."""
        articles = list(articles)
        keys = {id(article): [] for article in articles}
        saved = {}
        for article in articles:
            if in_memory(article, "topic_links") or article.pk is None:  # a preview
                keys[id(article)] = [
                    link.topic.translation_key for link in article.topic_links.all()
                ]
            else:
                saved[article.pk] = keys[id(article)]
        if saved:
            rows = (
                NewsPageTopic.objects.filter(page_id__in=saved)
                .order_by("sort_order", "pk")
                .values_list("page_id", "topic__translation_key")
            )
            for page_id, key in rows:
                saved[page_id].append(key)
        wanted = {key for article_keys in keys.values() for key in article_keys}
        published = published_keys_in_language(
            wanted, Topic.objects.filter(live=True).only(*TERM_FIELDS), locale
        )
        for article in articles:
            article.topics = [published[key] for key in keys[id(article)] if key in published]
        return articles

    @classmethod
    def route_queryset(cls):
        return super().route_queryset().select_related("main_image")

    def get_topics(self):
        if not hasattr(self, "topics"):
            self.as_cards([self], self.locale)
        return self.topics

    def _related_filter(self):
        """Articles sharing a topic or a tag with this one (in any language's version)."""
        if in_memory(self, "topic_links") or in_memory(self, "tag_links"):  # a preview
            topic_keys = [link.topic.translation_key for link in self.topic_links.all()]
            tag_keys = [link.tag.translation_key for link in self.tag_links.all()]
        else:
            topic_keys = NewsPageTopic.objects.filter(page=self).values("topic__translation_key")
            tag_keys = NewsPageTagLink.objects.filter(page=self).values("tag__translation_key")
        # EXISTS rather than joins: no DISTINCT over every match, so the newest few are found
        # without gathering all the articles that share a topic.
        shares_topic = NewsPageTopic.objects.filter(
            page=OuterRef("pk"), topic__translation_key__in=topic_keys
        )
        shares_tag = NewsPageTagLink.objects.filter(
            page=OuterRef("pk"), tag__translation_key__in=tag_keys
        )
        return Q(Exists(shares_topic)) | Q(Exists(shares_tag))

    def get_related_news(self):
        """The latest articles sharing a topic or tag, in this language, never this one, as
        the sidebar's links (title and date); this article's own topics are found with theirs
        (`topics`)."""
        related = list(
            NewsPage.objects.for_links()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .filter(self._related_filter())[:RELATED_NEWS_COUNT]
        )
        if not hasattr(self, "topics"):
            self.as_cards([self, *related], self.locale)
            return related
        return self.as_cards(related, self.locale)

    def get_breadcrumbs(self):
        return [self.index] if self.index else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related_news = self.get_related_news()
        context.update(
            index=self.index,
            topics=self.get_topics(),
            tags=self.tag_list,
            related_partners=related_partner_logos(self, self.related_partners),
            related_news=related_news,
            downloads=body_documents(self.body),
        )
        return context

    @cached_property
    def related_partners(self):
        return localized_partners(self)

    @cached_property
    def index(self):
        """The news index the article is filed under: the page it was routed through, else
        found by a query."""
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, NewsIndexPage):
            return parent
        return NewsIndexPage.objects.ancestor_of(self).first()

    @cached_property
    def tag_list(self):
        """The article's published tags in its language, else in English (marked as such),
        in the editor's order. One query (two in a preview)."""
        published = Tag.objects.filter(live=True)
        if not in_memory(self, "tag_links"):
            published = published.only(*TERM_FIELDS)
            keys = list(
                NewsPageTagLink.objects.filter(page=self)
                .order_by("sort_order", "pk")
                .values_list("tag__translation_key", flat=True)
            )
            found = published_keys_in_language(set(keys), published, self.locale)
            return [found[key] for key in dict.fromkeys(keys) if key in found]
        links = list(self.tag_links.select_related("tag"))
        found = published_in_language([link.tag for link in links], published, self.locale)
        return [
            found[link.tag.translation_key] for link in links if link.tag.translation_key in found
        ]

    def get_json_ld(self, request):
        """A NewsArticle with what Google recommends: the consortium as author and publisher
        (with its logo), images (16:9 and the social card), dates and language."""
        url = request.build_absolute_uri(self.get_url(request))
        organisation = consortium(request, site_home_url(request, self))
        images = []
        rendition = rendition_or_none(self.main_image, JSON_LD_IMAGE_FILTER)
        if rendition is not None:
            images.append(image_object(request, rendition))
        card = page_image(request, self)
        if card["url"] not in {image["url"] for image in images}:
            images.append(card)
        return {
            "@context": CONTEXT,
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.standfirst,
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "datePublished": self.published_at.isoformat(),
            "dateModified": (self.last_published_at or self.published_at).isoformat(),
            "inLanguage": self.locale.language_code,
            "author": [organisation],
            "publisher": organisation,
            "image": images,
            "keywords": [tag.name for tag in self.tag_list],
        }
