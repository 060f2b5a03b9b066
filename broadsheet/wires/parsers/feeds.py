"""RSS 2.0 and Atom agency feeds, through feedparser; one story per entry."""

import calendar
from datetime import UTC, datetime
from io import BytesIO

from broadsheet.wires.items import AgencyPicture, AgencyStory

from .fields import clean_text
from .registry import Refused, register

ATOM = "{http://www.w3.org/2005/Atom}"
MAX_ENTRIES = 500


def entry_time(entry):
    parsed = entry.get("updated_parsed") or entry.get("published_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def entry_pictures(entry):
    """Pictures from media:content, media:thumbnail or image enclosures."""
    credit = clean_text((entry.get("media_credit") or [{}])[0].get("content", ""))
    caption = clean_text(entry.get("media_description", ""))
    candidates = [
        *(entry.get("media_content") or []),
        *(link for link in entry.get("links", []) if link.get("rel") == "enclosure"),
    ]
    for media in candidates:
        url = media.get("url") or media.get("href")
        kind = media.get("type") or media.get("medium") or ""
        if url and ("image" in kind) and url.startswith(("http://", "https://")):
            return [AgencyPicture(url=url, caption=caption, credit=credit)]
    return []


class FeedParser:
    NAME = "feed"

    def can_read(self, document):
        root = document.xml
        return root is not None and (root.tag == "rss" or root.tag == f"{ATOM}feed")

    def parse(self, document):
        import feedparser  # the wire desk's, not every web process's

        # A stream, never bytes or a string: feedparser would take those for a file name or URL.
        feed = feedparser.parse(BytesIO(document.data), sanitize_html=False)
        if len(feed.entries) > MAX_ENTRIES:
            raise Refused(f"{len(feed.entries)} entries in one feed; at most {MAX_ENTRIES}")
        name = "atom" if document.xml.tag.endswith("feed") else "rss"
        agency = clean_text(feed.feed.get("title", ""), 60)
        stories = []
        for entry in feed.entries:
            guid = entry.get("id") or entry.get("link")
            if not guid:
                raise Refused(f"a {name} entry without a guid or link: {entry.get('title', '')!r}")
            when = entry_time(entry)
            content = entry.get("content") or []
            html = next((c.value for c in content if "html" in c.get("type", "")), "")
            summary = entry.get("summary", "")
            stories.append(
                AgencyStory(
                    guid=clean_text(guid, 500),
                    format=name,
                    agency=agency,
                    # Feeds carry no version number: a later update time is a later version.
                    version=int(when.timestamp()) if when else 1,
                    version_created=when,
                    headline=clean_text(entry.get("title", "")),
                    standfirst=summary if html else "",
                    body_html=html or summary,
                    byline=clean_text(entry.get("author", "")),
                    subjects=[clean_text(t.get("term", "")) for t in entry.get("tags", [])],
                    pictures=entry_pictures(entry),
                )
            )
        return stories


register(FeedParser)
