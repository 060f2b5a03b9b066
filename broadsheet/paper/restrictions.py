"""Page view restrictions, read once per content generation instead of once per query.

Wagtail checks restrictions on every page served and in every `.public()` queryset; a paper has
a handful at most, and they change rarely, so one cached list answers both.
"""

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

from broadsheet.paper.caching import cached_per_generation, site_changed


def view_restrictions():
    """Return every page view restriction, with its page, from the cache when possible."""
    return cached_per_generation(
        "view-restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page").prefetch_related("groups")),
    )


def restrictions_for(page):
    """Return the restrictions on `page` and its ancestors."""
    return [r for r in view_restrictions() if page.path.startswith(r.page.path)]


def restricted_q(restrictions=None):
    """A filter matching every page under a restriction, or None when nothing is restricted.

    `restrictions` defaults to the cached list; pass a fresh queryset where a change may be newer.
    """
    condition = None
    for restriction in view_restrictions() if restrictions is None else restrictions:
        branch = Q(path__startswith=restriction.page.path)
        condition = branch if condition is None else condition | branch
    return condition


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restrictions_changed(**kwargs):
    site_changed()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(**kwargs):
    site_changed()
