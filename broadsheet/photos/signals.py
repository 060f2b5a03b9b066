"""An uploaded photo gets its story renditions at once, through the task queue."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Photo
from .tasks import make_photo_renditions


@receiver(post_save, sender=Photo)
def photo_uploaded(sender, instance, created, update_fields=None, **kwargs):
    """A new photo, or a new file or crop for one (renditions of the old one are gone)."""
    if created or update_fields is None:
        photo_id = instance.pk  # queued once the photo's row is committed, for the worker to read
        transaction.on_commit(lambda: make_photo_renditions.enqueue(photo_id))
