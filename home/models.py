from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyStreamBlock
from core.i18n import view_restricted
from core.models import BasePage, optional_image
from core.models.pages import SocialImage
from core.structured_data import home_page_json_ld
from events.models import EventIndexPage, EventPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import PublicationPage


class HomePage(BasePage):
    """The root of each language's tree: hero, flagship teaser, latest news, partners, body."""

    hero_title = models.CharField(
        _("hero title"), max_length=255, blank=True, help_text=_("Defaults to the page title.")
    )
    hero_introduction = models.TextField(_("hero introduction"), blank=True)
    hero_image = optional_image(_("hero image"))
    flagship_heading = models.CharField(_("flagship heading"), max_length=255, blank=True)
    flagship_text = models.TextField(_("flagship text"), blank=True)
    flagship_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("flagship page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the flagship teaser links to, in the reader's language."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_introduction"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("flagship_heading"),
                FieldPanel("flagship_text"),
                PageChooserPanel("flagship_page", page_type="publications.PublicationPage"),
            ],
            heading=_("Flagship publication teaser"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("hero_title"),
        TranslatableField("hero_introduction"),
        SynchronizedField("hero_image"),
        TranslatableField("flagship_heading"),
        TranslatableField("flagship_text"),
        SynchronizedField("flagship_page"),
        TranslatableField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.StandardPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "partners.PartnerIndexPage",
        "publications.ResourceIndexPage",
        "publications.PublicationPage",
    ]
    # One home page per language tree; every tree hangs from the root page.
    max_count_per_parent = len(settings.WAGTAIL_CONTENT_LANGUAGES)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_summary(self):
        return self.hero_introduction

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_social_card(self):
        """The hero image; in a translation its alt text is the hero title, which is
        translated (the image's own description is in the source language)."""
        card = super().get_social_card()
        translated = self.locale.language_code != settings.LANGUAGE_CODE
        if card is not None and translated and self.hero_title and not self.social_image:
            card = SocialImage(card.image, card.filter_spec, self.hero_title)
        return card

    def get_json_ld(self, request):
        """The consortium (Organization) and the site (WebSite, with its search)."""
        return home_page_json_ld(request, self)

    def get_flagship_page(self):
        """The flagship publication in this home page's language (else as chosen), if it is
        live and public there, with its cover image. One query."""
        if not self.flagship_page_id:
            return None
        chosen = Page.objects.filter(pk=self.flagship_page_id).values("translation_key")
        candidates = (
            PublicationPage.objects.filter(translation_key__in=chosen)
            .filter(Q(locale_id=self.locale_id) | Q(pk=self.flagship_page_id))
            .annotate(is_public=~view_restricted())
            .select_related("cover_image")
            .order_by()
        )
        candidates = sorted(candidates, key=lambda page: page.locale_id != self.locale_id)
        page = candidates[0] if candidates else None
        return page if page is not None and page.live and page.is_public else None

    def get_latest_news(self, count=3):
        articles = NewsPage.objects.for_listing().descendant_of(self)[:count]
        return NewsPage.as_cards(articles, self.locale)

    def get_upcoming_events(self, count=3):
        """The next events of this language, soonest first."""
        return list(EventPage.objects.for_listing().descendant_of(self).upcoming()[:count])

    def get_section(self, request, model):
        """The live, public index page of a kind below this home page (news, events, partners),
        for the home page's links to all of them; None without one. From the routing cache of
        the home page's children: no query unless some page is view-restricted."""
        from core.routing import has_view_restrictions, home_children  # it needs the models

        if has_view_restrictions():
            return model.objects.child_of(self).live().public().first()
        children = home_children(request, self).values()
        return next((child for child in children if isinstance(child, model) and child.live), None)

    def get_partners(self):
        """The partners of this language, coordinator first, for the logo strip."""
        return PartnerPage.objects.for_listing().descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = self.get_latest_news()
        context["partners"] = list(self.get_partners())
        context["flagship"] = self.get_flagship_page()
        context["upcoming_events"] = self.get_upcoming_events()
        context["news_index"] = (
            self.get_section(request, NewsIndexPage) if context["latest_news"] else None
        )
        if context["upcoming_events"]:
            context["events_index"] = self.get_section(request, EventIndexPage)
        if context["partners"]:
            context["partners_index"] = self.get_section(request, PartnerIndexPage)
        return context
