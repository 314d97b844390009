from wagtail.snippets.models import register_snippet

from taxonomy.models import Tag, Topic

register_snippet(Topic)
register_snippet(Tag)
