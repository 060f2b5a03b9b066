"""Keep article rich text to what Wagtail's editor produces: no script, no styles, no handlers.

The admin's editor already limits rich text to its features; this also covers text that arrives
by other routes (imports, the shell, the API), so nothing else ever reaches a reader.
"""

import nh3

# Wagtail's stored rich text for our features: inline tags, lists, and its own <a linktype>.
ALLOWED_TAGS = {"p", "br", "b", "i", "strong", "em", "sup", "sub", "a", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href", "linktype", "id"}}


def clean_rich_text(html):
    """Return `html` with anything but Wagtail's own rich-text markup removed."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
        strip_comments=True,
    )


def clean_body(stream_value):
    """Clean every rich-text value in an article body's blocks, in place."""
    from wagtail.rich_text import RichText

    for block in stream_value:
        if block.block_type == "paragraph":
            block.value = RichText(clean_rich_text(block.value.source))
        elif block.block_type == "fact_box":
            block.value["body"] = RichText(clean_rich_text(block.value["body"].source))
