"""The photo desk's pictures: Wagtail images with a credit and a default caption."""

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class Photo(AbstractImage):
    """A picture; `description` is its alt text, kept apart from the caption and credit."""

    caption = models.TextField(
        blank=True, help_text="Default caption, used wherever the page does not give its own."
    )
    credit = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who took or supplied it, e.g. a wire agency or 'Staff photo'.",
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = "photo"
        permissions = [("choose_photo", "Can choose photo")]

    def save(self, *args, **kwargs):
        """Give a photo saved without the upload form (demo, tests, imports) what the form sets.

        The file's size and hash: Wagtail's rendition cache keys include the hash, so without it
        a photo could be answered with another one's cached renditions.
        """
        if self.file and not self.file_hash:
            self._set_image_file_metadata()
        super().save(*args, **kwargs)


class PhotoRendition(AbstractRendition):
    image = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def credit_line(credit):
    """Format a credit the way captions print it: '(Meridian Wire photo)'."""
    if not credit:
        return ""
    if "photo" in credit.lower():
        return f"({credit})"
    return f"({credit} photo)"


def caption_and_credit(photo, caption="", credit=""):
    """Return the caption and printed credit line: the page's own, else the photo's."""
    caption = caption or (photo.caption if photo else "")
    credit = credit_line(credit or (photo.credit if photo else ""))
    return caption, credit
