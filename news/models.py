import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import published_in_language
from core.models import BasePage, IndexPage
from core.pagination import paginate
from core.site import site_name
from partners.models import RelatedPartner, localized_partners

NEWS_PER_PAGE = 12
RELATED_NEWS_COUNT = 3
FEED_ITEM_COUNT = 20


class Topic(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A subject news is filed under; its name is translated, its slug is shared.

    Drafts, like pages: a translation started in Spanish or Basque stays a draft, and readers
    see the English topic (marked as English) until a translator publishes it.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in addresses; the same in every language.")
    )

    revisions = GenericRelation("wagtailcore.Revision", related_query_name="topic")

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPageTopic(Orderable):
    """A topic of an article. A child row, not a many-to-many field, so that translations
    follow every change of the source's topics, removals included."""

    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE)

    panels = [FieldPanel("topic")]


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
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-date", "-pk")
            .select_related("main_image")
            .prefetch_related("topic_links__topic", "main_image__renditions")
        )

    def render_listing(self, request, articles, archive_title=None):
        articles_page = paginate(request, articles, NEWS_PER_PAGE)
        NewsPage.attach_topics(articles_page.object_list, self.locale)
        return self.render(
            request,
            context_overrides={
                "articles": articles_page,
                "archive_title": archive_title,
                "years": self.get_years(),
            },
        )

    def get_years(self):
        return [
            date.year
            for date in NewsPage.objects.live()
            .public()
            .descendant_of(self)
            .dates("date", "year", order="DESC")
        ]

    @path("")
    def index_route(self, request):
        return self.render_listing(request, self.get_articles())

    @path("tag/<str:tag>/")
    def tag_route(self, request, tag):
        tag = get_object_or_404(Tag, slug=tag)
        articles = self.get_articles().filter(tagged_items__tag=tag)
        if not articles.exists():
            raise Http404
        title = _("News tagged “%(tag)s”") % {"tag": tag.name}
        return self.render_listing(request, articles, title)

    @path("topic/<slug:topic>/")
    def topic_route(self, request, topic):
        published = Topic.objects.filter(slug=topic, live=True)
        topic = published.filter(locale=self.locale).first() or published.first()
        if topic is None:
            raise Http404
        articles = self.get_articles().filter(
            topic_links__topic__translation_key=topic.translation_key
        )
        title = _("News about %(topic)s") % {"topic": topic.name}
        return self.render_listing(request, articles.distinct(), title)

    @re_path(r"^(?P<year>\d{4})/$")
    def year_route(self, request, year):
        articles = self.get_articles().filter(date__year=int(year))
        if not articles.exists():
            raise Http404
        title = _("News from %(year)s") % {"year": year}
        return self.render_listing(request, articles, title)

    @path("feed/rss/")
    def rss_route(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom_route(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    date = models.DateField(_("publication date"), default=datetime.date.today)
    standfirst = models.TextField(
        _("standfirst"), help_text=_("One or two sentences that open the article and sum it up.")
    )
    main_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    image_credit = models.CharField(
        _("image credit"), max_length=255, blank=True, help_text=_("Defaults to the image's.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

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
            [InlinePanel("topic_links", label=_("Topics")), FieldPanel("tags")],
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
        SynchronizedField("image_credit"),
        TranslatableField("body"),
        SynchronizedField("tagged_items"),
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

    def get_og_type(self):
        return "article"

    @property
    def published_at(self):
        """Midnight of the publication date in the site's time zone, for feeds and metadata."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    @staticmethod
    def attach_topics(articles, locale):
        """Set `topics` on each article: its published topics in `locale`, else in English
        (marked as such), leaving out any published in neither. One query."""
        articles = list(articles)
        chosen = [link.topic for article in articles for link in article.topic_links.all()]
        published = published_in_language(chosen, Topic.objects.filter(live=True), locale)
        for article in articles:
            article.topics = [
                published[link.topic.translation_key]
                for link in article.topic_links.all()
                if link.topic.translation_key in published
            ]
        return articles

    def get_topics(self):
        if not hasattr(self, "topics"):
            prefetch_related_objects([self], "topic_links__topic")
            self.attach_topics([self], self.locale)
        return self.topics

    def get_related_news(self):
        """The latest articles sharing a topic or tag, in this language, never this one."""
        topic_keys = self.topic_links.values_list("topic__translation_key", flat=True)
        tag_ids = self.tagged_items.values_list("tag_id", flat=True)
        related = (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .filter(
                Q(topic_links__topic__translation_key__in=list(topic_keys))
                | Q(tagged_items__tag_id__in=list(tag_ids))
            )
            .distinct()
            .order_by("-date", "-pk")
            .select_related("main_image")
            .prefetch_related("topic_links__topic", "main_image__renditions")[:RELATED_NEWS_COUNT]
        )
        return self.attach_topics(related, self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_json_ld"] = self.get_json_ld(request)
        return context

    @cached_property
    def related_partners(self):
        return localized_partners(self)

    @cached_property
    def index(self):
        return NewsIndexPage.objects.ancestor_of(self).first()

    @cached_property
    def tag_list(self):
        return list(self.tags.all())

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.standfirst,
            "datePublished": self.published_at.isoformat(),
            "dateModified": (self.last_published_at or self.published_at).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": request.build_absolute_uri(self.get_url(request)),
            "publisher": {"@type": "Organization", "name": site_name(request)},
            "keywords": [tag.name for tag in self.tag_list],
        }
        if self.main_image:
            rendition = self.main_image.get_rendition("fill-1200x675|format-jpeg")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data
