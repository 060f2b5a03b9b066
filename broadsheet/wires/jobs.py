"""The agencies' folders and feeds, looked at on every pass of the running scheduler."""

import logging

from broadsheet.newsroom.schedule import every_pass

from .models import Agency

logger = logging.getLogger(__name__)


@every_pass("wire-transports")
def read_agency_transports():
    """Read every agency's folder and due feed; one agency's trouble does not stop the others."""
    # Imported here: the parsers (feedparser, jsonschema…) are the scheduler's, not the web's.
    from .transports.feed import pull_feed
    from .transports.folder import scan_folder

    count = 0
    for agency in Agency.objects.exclude(folder="", feed_url=""):
        for transport in (scan_folder, pull_feed):
            try:
                outcomes = transport(agency)
            except Exception:
                logger.exception("Reading %s for %s failed", transport.__name__, agency)
                continue
            for outcome in outcomes:
                logger.info("%s: %s", agency, outcome.line())
            count += len(outcomes)
    return f"{count} wire item(s) read" if count else None
