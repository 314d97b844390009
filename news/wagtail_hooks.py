from wagtail.snippets.models import register_snippet

from news.models import Topic

register_snippet(Topic)
