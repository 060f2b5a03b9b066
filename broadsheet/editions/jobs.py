"""Build the day's edition at the time set in the edition settings, once a day."""

from broadsheet.newsroom.schedule import daily_job


def due_time():
    """Return the local time the default site's edition is due, or None when switched off."""
    from wagtail.models import Site

    from .models import EditionSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    edition_settings = EditionSettings.for_site(site)
    return edition_settings.build_time if edition_settings.build_enabled else None


@daily_job("edition-build", due_time)
def build_todays_edition(day):
    """Queue the build of `day`'s edition, unless an editor has locked it."""
    from .models import Edition
    from .tasks import build_edition_task

    if Edition.objects.filter(date=day, locked=True, site__is_default_site=True).exists():
        return None
    return build_edition_task.enqueue(day.isoformat())
