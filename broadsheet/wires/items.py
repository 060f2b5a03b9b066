"""The one shape every parser gives an agency item, whatever format it arrived in."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.db import models


class PubStatus(models.TextChoices):
    USABLE = "usable", "Usable"
    WITHHELD = "withheld", "Withheld"
    CANCELED = "canceled", "Canceled (kill)"


@dataclass
class AgencyPicture:
    """A picture sent with an item: where to get it, and what the agency says about it."""

    url: str = ""
    path: Path | None = None
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    # The picture's bytes, once a transport has read or fetched them.
    data: bytes | None = None


@dataclass
class AgencyStory:
    """One version of one agency item, normalised.

    `guid` is the agency's own identifier (ninjs `uri`, NewsML-G2 `guid`, RSS `guid`, Atom `id`);
    together with `agency` it names the story across versions. `body_html` is the agency's
    markup as sent: `write_article` cleans it.
    """

    guid: str
    headline: str
    agency: str = ""
    version: int = 1
    pubstatus: str = PubStatus.USABLE
    version_created: datetime | None = None
    embargoed_until: datetime | None = None
    standfirst: str = ""
    body_html: str = ""
    byline: str = ""
    dateline: str = ""
    copyright: str = ""
    subjects: list[str] = field(default_factory=list)
    language: str = ""
    pictures: list[AgencyPicture] = field(default_factory=list)
    # The format that produced it ("ninjs2", "newsml-g2", "rss", ...), for the wire desk.
    format: str = ""

    @property
    def is_kill(self):
        """Tell whether this version takes the story off every public surface."""
        return self.pubstatus in {PubStatus.CANCELED, PubStatus.WITHHELD}

    @property
    def lead_picture(self):
        return self.pictures[0] if self.pictures else None
