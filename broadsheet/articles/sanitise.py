"""Keep article rich text to what Wagtail's editor produces: no script, no styles, no handlers.

The admin's editor already limits rich text to its features; this also covers text that arrives
by other routes (imports, the shell, the API), so nothing else ever reaches a reader. Each body
block cleans its own value (`sanitise`, blocks.py); `clean_published_html` cleans the HTML the
content API hands out.
"""

import nh3
from wagtail.rich_text import expand_db_html

# Wagtail's stored rich text for our features: inline tags, lists, and its own <a linktype>.
ALLOWED_TAGS = {"p", "br", "b", "i", "strong", "em", "sup", "sub", "a", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href", "linktype", "id"}}
# The HTML of a published body, as the content API gives it: the tags an article body renders.
PUBLISHED_TAGS = {
    "p", "a", "b", "strong", "i", "em", "sup", "sub", "ul", "ol", "li", "br",
    "h2", "blockquote", "figure", "figcaption", "img", "aside", "h3", "cite",
}  # fmt: skip
PUBLISHED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}


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


def clean_published_html(html):
    """Sanitise HTML to the tags an article body uses; scripts, styles and handlers are dropped."""
    return nh3.clean(
        html,
        tags=PUBLISHED_TAGS,
        attributes=PUBLISHED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )


def rich_text_html(source):
    """Return stored rich text as the reader's HTML (links expanded), sanitised."""
    return clean_published_html(expand_db_html(source))


def clean_body(stream_value):
    """Clean every block of an article body in place: each block sanitises its own value."""
    for child in stream_value:
        cleaned = child.block.sanitise(child.value)
        if cleaned is not child.value:
            child.value = cleaned
