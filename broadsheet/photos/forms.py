"""The photo form's newsroom words: alt text, caption and credit, each saying what it is for."""

from wagtail.images.forms import BaseImageForm


class PhotoForm(BaseImageForm):
    """Wagtail's image form with the photo desk's labels (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    class Meta(BaseImageForm.Meta):
        labels = {"description": "Alt text", "caption": "Caption", "credit": "Credit"}
        help_texts = {
            "description": (
                "What the picture shows, for readers who cannot see it. "
                "Not the caption: no credit, no 'photo of'."
            ),
        }
