"""Reading the values agencies send: dates, version numbers, picture addresses."""

import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.utils.html import escape

from broadsheet.wires.items import AgencyPicture, PubStatus

from .registry import Refused


def parse_datetime(value, field):
    """Read an ISO 8601 date or date-time; a time without a zone is taken as UTC."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise Refused(f"{field} is not a date: {value!r}")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise Refused(f"{field} is not an ISO 8601 date: {value[:40]!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_version(value, fallback=None):
    """Read a version number ('3', 3); fall back to a timestamp, then to 1."""
    if isinstance(value, bool):
        value = None
    if isinstance(value, int) and 0 <= value < 2**31:
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return int(value.strip())
    if value not in (None, ""):
        raise Refused(f"version is not a whole number: {str(value)[:40]!r}")
    if fallback is not None:
        return int(fallback.timestamp())
    return 1


def parse_pubstatus(value):
    """Read 'usable', 'withheld', 'canceled' (or a NewsML-G2 'stat:' qcode); usable by default."""
    if value in (None, ""):
        return PubStatus.USABLE
    status = str(value).rsplit(":", 1)[-1].strip().lower()
    if status == "cancelled":
        status = PubStatus.CANCELED
    if status not in PubStatus.values:
        raise Refused(f"unknown publication status {str(value)[:40]!r}")
    return PubStatus(status)


def text_to_html(text):
    """Turn plain text into paragraphs, one per blank-line-separated block (or line)."""
    chunks = re.split(r"\n\s*\n", text or "")
    if len(chunks) == 1:
        chunks = (text or "").splitlines()
    return "".join(f"<p>{escape(' '.join(c.split()))}</p>" for c in chunks if c.strip())


def picture_from_href(href, base_dir, **fields):
    """An AgencyPicture for a rendition's address: a file beside the item, or an http(s) URL."""
    href = (href or "").strip()
    if not href:
        return None
    scheme = urlsplit(href).scheme.lower()
    if scheme in {"http", "https"}:
        return AgencyPicture(url=href, **fields)
    if scheme or base_dir is None:
        return AgencyPicture(**fields)  # an address we will not follow: keep the words only
    base = Path(base_dir).resolve()
    path = (base / href).resolve()
    if not path.is_relative_to(base):
        return AgencyPicture(**fields)  # '../' out of the agency's folder: not followed
    return AgencyPicture(path=path, **fields)


def clean_text(value, limit=None):
    """Collapse whitespace in a string; anything else becomes ''."""
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text[:limit] if limit else text
