"""Keep cached fragments honest: any publish, unpublish or delete starts a new content generation."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

GENERATION_KEY = "broadsheet:content-generation"


def content_generation():
    """Return the current content generation, a number that changes whenever live content does."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def cached_per_generation(name, compute, timeout=3600):
    """Return `compute()`, cached under `name` until the content generation changes."""
    key = f"broadsheet:{name}:{content_generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value


def bump_content_generation(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


receiver(page_published)(bump_content_generation)
receiver(page_unpublished)(bump_content_generation)


@receiver(post_delete)
def bump_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_content_generation()
