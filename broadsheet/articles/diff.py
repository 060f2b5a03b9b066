"""What changed between two published versions of a story, in the words readers read."""

import html
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import zip_longest

from django.utils.html import strip_tags

WORD = re.compile(r"\S+\s*")


@dataclass
class Segment:
    state: str  # "same", "added" or "removed"
    text: str


@dataclass
class Row:
    """One paragraph of the comparison: unchanged, added, removed or changed word by word."""

    state: str  # "same", "added", "removed" or "changed"
    label: str = ""
    segments: list[Segment] = field(default_factory=list)
    unchanged: int = 0  # for a "same" row: how many paragraphs it stands for


def plain(text):
    return " ".join(html.unescape(strip_tags(str(text))).split())


def visible_text(page):
    """The story as readers read it: (label, text) for the headline, standfirst and each block."""
    parts = [("Headline", plain(page.title)), ("Standfirst", plain(page.standfirst))]
    for block in page.body:
        for text in block.block.get_searchable_content(block.value):
            text = plain(text)
            if text:
                parts.append(("", text))
    return parts


def word_segments(before, after):
    """Mark the words of `after` added and those of `before` removed, in reading order."""
    old, new = WORD.findall(before), WORD.findall(after)
    segments = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            segments.append(Segment("same", "".join(new[j1:j2])))
            continue
        if i2 > i1:
            segments.append(Segment("removed", "".join(old[i1:i2])))
        if j2 > j1:
            segments.append(Segment("added", "".join(new[j1:j2])))
    return segments


def compare(before, after):
    """Compare two versions' visible text; runs of unchanged paragraphs fold into one row."""
    old_texts = [text for _, text in before]
    new_texts = [text for _, text in after]
    rows = []
    matcher = SequenceMatcher(a=old_texts, b=new_texts, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows.append(Row("same", unchanged=j2 - j1))
            continue
        pairs = zip_longest(before[i1:i2], after[j1:j2])
        for old, new in pairs:
            if old is None:
                rows.append(Row("added", new[0], [Segment("added", new[1])]))
            elif new is None:
                rows.append(Row("removed", old[0], [Segment("removed", old[1])]))
            else:
                rows.append(Row("changed", new[0] or old[0], word_segments(old[1], new[1])))
    return rows


@dataclass
class Version:
    """One update or correction, with what it changed when both versions are kept."""

    change: object
    rows: list[Row] | None  # None: an earlier version is not kept (recorded before versions were)

    @property
    def has_differences(self):
        return self.rows is not None and any(row.state != "same" for row in self.rows)


def story_versions(article):
    """Each update and correction of `article`, newest first, with its differences."""
    changes = (
        article.changes.noted()
        .select_related("revision", "previous_revision")
        .order_by("-published_at", "-pk")
    )
    versions = []
    for change in changes:
        if change.revision is None or change.previous_revision is None:
            versions.append(Version(change, None))
            continue
        before = visible_text(change.previous_revision.as_object())
        after = visible_text(change.revision.as_object())
        versions.append(Version(change, compare(before, after)))
    return versions
