"""Make a photo's renditions away from the reader's request."""

from django.tasks import task

from .models import Photo
from .renditions import SPEC_SETS, make_renditions


@task()
def make_photo_renditions(photo_id, use="story"):
    """Make the renditions of `use` ("story", "portrait" or "logo") that the photo lacks."""
    photo = Photo.objects.filter(pk=photo_id).first()
    if photo is not None:
        make_renditions(photo, SPEC_SETS[use])
