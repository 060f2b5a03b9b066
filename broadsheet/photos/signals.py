"""Renditions made when a picture arrives: an upload's story set, the paper's logo set."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from broadsheet.paper.models import PaperSettings

from .models import Photo
from .tasks import make_photo_renditions


@receiver(post_save, sender=Photo)
def photo_uploaded(sender, instance, created, update_fields=None, **kwargs):
    """A new photo, or a new file or crop for one (renditions of the old one are gone)."""
    if created or update_fields is None:
        photo_id = instance.pk  # queued once the photo's row is committed, for the worker to read
        transaction.on_commit(lambda: make_photo_renditions.enqueue(photo_id))


@receiver(post_save, sender=PaperSettings)
def paper_settings_saved(sender, instance, **kwargs):
    """The logo chosen (a photo already saved): its structured-data size, before the renders.

    Queued at once, not on commit: the photo's row is there already, and the stored renders'
    rebuild that the same save queues (a later app's receiver) then finds it made.
    """
    if instance.logo_id:
        make_photo_renditions.enqueue(instance.logo_id, "logo")
