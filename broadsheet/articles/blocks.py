"""The blocks an article body is built from. Rich text carries only Wagtail's editor features."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from broadsheet.photos.models import credit_line

# Inline features only: a body paragraph never carries raw HTML, script or headings of its own.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "superscript", "subscript"]
FACT_BOX_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=400)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "articles/blocks/pull_quote.html"


class PhotoBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.TextBlock(required=False, help_text="Leave empty to use the photo's caption.")
    credit = blocks.CharBlock(
        required=False, max_length=120, help_text="Leave empty to use the photo's credit."
    )

    class Meta:
        icon = "image"
        template = "articles/blocks/photo.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        image = value["image"]
        context["caption"] = value["caption"] or (image.caption if image else "")
        context["credit"] = credit_line(value["credit"] or (image.credit if image else ""))
        return context


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=FACT_BOX_FEATURES)

    class Meta:
        icon = "list-ul"
        template = "articles/blocks/fact_box.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=PARAGRAPH_FEATURES, icon="pilcrow")
    subheading = blocks.CharBlock(
        max_length=120, icon="title", template="articles/blocks/subheading.html"
    )
    pull_quote = PullQuoteBlock()
    photo = PhotoBlock()
    # Embeds resolve through Wagtail's oEmbed providers only; arbitrary HTML is never accepted.
    embed = EmbedBlock(icon="media")
    fact_box = FactBoxBlock()
