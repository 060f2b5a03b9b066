"""Wagtail's `image`, `picture` and `srcset_image` tags, reading renditions and never making them.

Renditions are made ahead of readers (`photos.renditions`); a missing one is stood in for by the
original file. The responsive tags also drop the candidates a small photo repeats: a photo
narrower than the widest spec gives that spec the photo's own width, so Wagtail's srcset names
one width twice, which HTML forbids; these tags keep the first of each.
"""

from django import template
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.templatetags import wagtailimages_tags
from wagtail.images.templatetags.wagtailimages_tags import (
    ImageNode,
    PictureNode,
    SrcsetImageNode,
)

from broadsheet.photos.renditions import existing_renditions

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


class ExistingImageNode(ImageNode):
    """Render like Wagtail's `image` tag, from an existing rendition or the original."""

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        spec = self.get_filter().spec
        rendition = existing_renditions(image, [spec])[spec]
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag({key: value.resolve(context) for key, value in self.attrs.items()})


class DistinctWidthsMixin:
    """Render like Wagtail's node, from existing renditions of distinct widths."""

    wrapper = ResponsiveImage

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        specs = [f.spec for f in self.get_filters()]
        renditions = distinct_widths(existing_renditions(image, specs))
        if self.output_var_name:
            context[self.output_var_name] = self.wrapper(renditions)
            return ""
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return self.wrapper(renditions, attrs).__html__()


class DistinctSrcsetImageNode(DistinctWidthsMixin, SrcsetImageNode):
    wrapper = ResponsiveImage


class DistinctPictureNode(DistinctWidthsMixin, PictureNode):
    wrapper = Picture


NODES = {
    "image": ExistingImageNode,
    "srcset_image": DistinctSrcsetImageNode,
    "picture": DistinctPictureNode,
}


def responsive_image(parser, token):
    """Parse the tag as Wagtail does, and render it from existing renditions."""
    node = wagtailimages_tags.image(parser, token)
    return NODES[token.split_contents()[0]](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )


register.tag("image", responsive_image)
register.tag("srcset_image", responsive_image)
register.tag("picture", responsive_image)
