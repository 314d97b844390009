"""Every model the demo builds, imported here and nowhere else in the demo: when a model moves
or is renamed, this is the one file to change."""

from core.models import CustomImage, SiteFooter, StandardPage
from events.models import EventIndexPage, EventPage, EventPageRelatedPartner
from home.models import HomePage
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageRelatedPartner,
    NewsPageTagLink,
    NewsPageTopic,
)
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import (
    PublicationDownload,
    PublicationPage,
    PublicationPageRelatedPartner,
    ResourceDocument,
    ResourceIndexPage,
)
from taxonomy.models import Tag, Topic

__all__ = [
    "CustomImage",
    "EventIndexPage",
    "EventPage",
    "EventPageRelatedPartner",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedPartner",
    "NewsPageTagLink",
    "NewsPageTopic",
    "PartnerIndexPage",
    "PartnerPage",
    "PublicationDownload",
    "PublicationPage",
    "PublicationPageRelatedPartner",
    "ResourceDocument",
    "ResourceIndexPage",
    "SiteFooter",
    "StandardPage",
    "Tag",
    "Topic",
]
