"""An agency's feed address, pulled when due with its ETag and Last-Modified."""

from django.utils import timezone

from broadsheet.wires.fetch import FetchFailed, get
from broadsheet.wires.ingest import ingest_bytes


def pull_feed(agency, now=None):
    """Pull the agency's feed if it is due; return the outcomes (none when nothing changed)."""
    now = now or timezone.now()
    if not agency.feed_due(now):
        return []
    agency.feed_polled_at = now
    try:
        reply = get(agency.feed_url, etag=agency.feed_etag, last_modified=agency.feed_last_modified)
    except FetchFailed as error:
        agency.feed_error = str(error)
        agency.save(update_fields=["feed_polled_at", "feed_error"])
        return []
    agency.feed_error = ""
    outcomes = []
    if reply.status == 200:
        agency.feed_etag = reply.etag[:200]
        agency.feed_last_modified = reply.last_modified[:100]
        outcomes = ingest_bytes(
            reply.body, name=agency.feed_url, agency=agency, publish=agency.publish_on_arrival
        )
    agency.save(update_fields=["feed_polled_at", "feed_error", "feed_etag", "feed_last_modified"])
    return outcomes
