"""Wagtail's `{% picture %}` and `{% srcset_image %}` tags, parsed by Wagtail, whose filters
are read once per template rather than on every render.

Wagtail's nodes build new `Filter` objects each time they render, and each new filter works
out its operations again (a few hundred Python calls per rendition); a filter depends on its
spec only, so each node keeps its own. Load this library after `wagtailimages_tags`:
`{% load wagtailimages_tags site_images %}`."""

from django import template
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()


class FiltersOnceMixin:
    def get_filters(self):
        if not hasattr(self, "_filters"):
            self._filters = super().get_filters()
        return self._filters


class PictureNode(FiltersOnceMixin, wagtailimages_tags.PictureNode):
    pass


class SrcsetImageNode(FiltersOnceMixin, wagtailimages_tags.SrcsetImageNode):
    pass


def _parse(node_class):
    def tag(parser, token):
        node = wagtailimages_tags.image(parser, token)
        return node_class(
            node.image_expr, node.filter_specs, node.output_var_name, attrs=node.attrs
        )

    return tag


register.tag("picture", _parse(PictureNode))
register.tag("srcset_image", _parse(SrcsetImageNode))
