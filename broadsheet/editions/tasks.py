"""The edition build as a background task on the `editions` queue."""

from datetime import date

from django.tasks import task
from wagtail.models import Site


@task(queue_name="editions")
def build_edition_task(day: str, site_id: int | None = None, page_count: int | None = None):
    """Build the edition of `day` (ISO date); return its number and page count."""
    from .build import EditionLocked, build_edition

    site = Site.objects.filter(pk=site_id).first() if site_id else None
    try:
        edition = build_edition(date.fromisoformat(day), site=site, page_count=page_count)
    except EditionLocked as locked:
        return {"skipped": str(locked)}
    return {"edition": edition.number, "pages": edition.page_count}
