"""Wagtail's `picture` and `srcset_image` tags, minus the candidates a small photo repeats.

A photo narrower than the widest spec gives that spec the photo's own width, so Wagtail's
srcset names one width twice, which HTML forbids; these tags keep the first of each.
"""

from django import template
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags
from wagtail.images.templatetags.wagtailimages_tags import PictureNode, SrcsetImageNode

register = template.Library()


def distinct_widths(renditions):
    """Keep the first rendition of each format and width, in the given order."""
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        fmt = next((part for part in spec.split("|") if part.startswith("format-")), "")
        if (fmt, rendition.width) not in seen:
            seen.add((fmt, rendition.width))
            kept[spec] = rendition
    return kept


class DistinctWidthsMixin:
    """Render like Wagtail's node, from renditions of distinct widths."""

    wrapper = ResponsiveImage

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = distinct_widths(get_renditions_or_not_found(image, self.get_filters()))
        if self.output_var_name:
            context[self.output_var_name] = self.wrapper(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return self.wrapper(renditions, attrs).__html__()


class DistinctSrcsetImageNode(DistinctWidthsMixin, SrcsetImageNode):
    wrapper = ResponsiveImage


class DistinctPictureNode(DistinctWidthsMixin, PictureNode):
    wrapper = Picture


NODES = {"srcset_image": DistinctSrcsetImageNode, "picture": DistinctPictureNode}


def responsive_image(parser, token):
    """Parse the tag as Wagtail does, and render it with distinct widths."""
    node = wagtailimages_tags.image(parser, token)
    return NODES[token.split_contents()[0]](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )


register.tag("srcset_image", responsive_image)
register.tag("picture", responsive_image)
