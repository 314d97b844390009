"""RSS 2.0 and Atom feeds of one language's news, with full URLs, dates and images. The
consortium is the feed's author (RFC 4287 wants an atom:author on the feed or on every entry),
with its home page in the feed's language as the author's link."""

import mimetypes

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.seo import rendition_or_none
from core.site import site_name

FEED_IMAGE_FILTER = "fill-1200x675|format-jpeg"


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def absolute(self, url):
        return self.request.build_absolute_uri(url)

    def title(self):
        return f"{self.index_page.title} · {site_name(self.request)}"

    def link(self):
        return self.absolute(self.index_page.get_url(self.request))

    def description(self):
        return self.index_page.introduction or _("The latest news of the consortium.")

    def feed_url(self):
        return self.absolute(self.request.path)

    def author_name(self):
        return site_name(self.request)

    def author_link(self):
        home = self.index_page.get_parent()
        return self.absolute(home.get_url(self.request) or "/")

    def item_author_name(self, item):
        """RSS names each item's author (dc:creator); Atom repeats the feed's author."""
        return self.author_name()

    def feed_copyright(self):
        return f"© {site_name(self.request)}"

    def items(self):
        return self.index_page.get_feed_articles()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return self.absolute(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics]

    def item_enclosures(self, item):
        rendition = rendition_or_none(item.main_image, FEED_IMAGE_FILTER)
        if rendition is None:
            return []
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [Enclosure(self.absolute(rendition.url), str(rendition.file.size), mime_type)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
