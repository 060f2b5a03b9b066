"""The blocks an article body is built from, each knowing its own output.

Besides its HTML (the template), every body block answers for itself:
- `get_searchable_content(value)`: the words search indexes (Wagtail's index and the search entries);
- `get_api_representation(value)`: its data in the content API, and `api_html(data)`, its part of
  the API's `body_html`;
- `get_print_representation(value)`: its paragraphs in the printed edition, as (kind, text) pairs;
- `sanitise(value)`: the value with its rich text cleaned to Wagtail's own markup.
Rich text carries only Wagtail's editor features.
"""

import re
from html import unescape

from django.utils.html import escape, strip_tags
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from broadsheet.photos.models import caption_and_credit
from broadsheet.photos.representation import photo_data

from .sanitise import clean_rich_text, rich_text_html

# Inline features only: a body paragraph never carries raw HTML, script or headings of its own.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "superscript", "subscript"]
FACT_BOX_FEATURES = ["bold", "italic", "link", "ul", "ol"]
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def plain_text(html):
    """Turn a rich-text fragment into plain words: tags gone, entities decoded."""
    return SPACE.sub(" ", unescape(TAG.sub(" ", html or ""))).strip()


class BodyBlock:
    """What a body block answers when it has nothing to say: no words, no print, no cleaning."""

    # False for blocks with no words of their own, so search never loads their value (a photo).
    has_text = True

    def get_searchable_content(self, value):
        return []

    def get_print_representation(self, value):
        return []

    def api_html(self, data):
        return ""

    def sanitise(self, value):
        return value


class ParagraphBlock(BodyBlock, blocks.RichTextBlock):
    def get_searchable_content(self, value):
        return [strip_tags(value.source)]

    def get_api_representation(self, value, context=None):
        return {"html": rich_text_html(value.source)}

    def api_html(self, data):
        return data["html"]

    def get_print_representation(self, value):
        return [("paragraph", plain_text(value.source))]

    def sanitise(self, value):
        return RichText(clean_rich_text(value.source))


class SubheadingBlock(BodyBlock, blocks.CharBlock):
    def get_searchable_content(self, value):
        return [str(value)]

    def get_api_representation(self, value, context=None):
        return {"text": str(value)}

    def api_html(self, data):
        return f"<h2>{escape(data['text'])}</h2>"

    def get_print_representation(self, value):
        return [("subheading", str(value))]


class PullQuoteBlock(BodyBlock, blocks.StructBlock):
    quote = blocks.TextBlock(max_length=400)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "articles/blocks/pull_quote.html"

    def get_searchable_content(self, value):
        return [value.get("quote") or ""]

    def get_api_representation(self, value, context=None):
        return {"quote": value["quote"], "attribution": value["attribution"]}

    def api_html(self, data):
        cite = f"<cite>{escape(data['attribution'])}</cite>" if data["attribution"] else ""
        return f"<blockquote><p>{escape(data['quote'])}</p>{cite}</blockquote>"


class PhotoBlock(BodyBlock, blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.TextBlock(required=False, help_text="Leave empty to use the photo's caption.")
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text="Leave empty to use the photo's credit."
    )

    has_text = False

    class Meta:
        icon = "image"
        template = "articles/blocks/photo.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["caption"], context["credit"] = caption_and_credit(
            value["image"], value["caption"], value["credit"]
        )
        return context

    def get_api_representation(self, value, context=None):
        return {"image": photo_data(value["image"], value["caption"], value["credit"])}

    def api_html(self, data):
        image = data["image"]
        if not image:
            return ""
        rendition = next(r for r in image["renditions"] if r["spec"] == "width-800")
        return (
            f'<figure><img src="{escape(rendition["url"])}" alt="{escape(image["alt"])}" '
            f'width="{rendition["width"]}" height="{rendition["height"]}">'
            f"<figcaption>{escape(image['caption'])}</figcaption></figure>"
        )


class ArticleEmbedBlock(BodyBlock, EmbedBlock):
    """An embed through Wagtail's oEmbed providers only; arbitrary HTML is never accepted."""

    has_text = False

    def get_api_representation(self, value, context=None):
        return {"url": getattr(value, "url", "") or ""}

    def api_html(self, data):
        return f'<p><a href="{escape(data["url"])}">{escape(data["url"])}</a></p>'


class FactBoxBlock(BodyBlock, blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=FACT_BOX_FEATURES)

    class Meta:
        icon = "list-ul"
        template = "articles/blocks/fact_box.html"

    def get_searchable_content(self, value):
        return [
            value.get("title") or "",
            strip_tags(value["body"].source if value.get("body") else ""),
        ]

    def get_api_representation(self, value, context=None):
        return {"title": value["title"], "html": rich_text_html(value["body"].source)}

    def api_html(self, data):
        return f"<aside><h3>{escape(data['title'])}</h3>{data['html']}</aside>"

    def sanitise(self, value):
        value["body"] = RichText(clean_rich_text(value["body"].source))
        return value


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock(features=PARAGRAPH_FEATURES, icon="pilcrow")
    subheading = SubheadingBlock(
        max_length=120, icon="title", template="articles/blocks/subheading.html"
    )
    pull_quote = PullQuoteBlock()
    photo = PhotoBlock()
    embed = ArticleEmbedBlock(icon="media")
    fact_box = FactBoxBlock()

    def get_searchable_content(self, value):
        """Each block's words, read from the stored data so photo blocks never load their images."""
        content = []
        for item in value.raw_data:
            child = self.child_blocks.get(item["type"])
            if child is not None and child.has_text:
                content.extend(child.get_searchable_content(child.to_python(item["value"])))
        return content

    def search_text(self, value):
        """The body as one plain text: every block's searchable words, in order."""
        return " ".join(part.strip() for part in self.get_searchable_content(value) if part)
