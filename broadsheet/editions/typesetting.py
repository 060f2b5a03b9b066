"""Measure text in the edition's fonts and break it into lines, the way the printed page will.

WeasyPrint cannot flow text from one fixed box into another, so the layout planner sets the
type itself: it measures every word with the font's advance widths (read from the font files
that ship with the app) and breaks lines greedily, as Pango does. Kerning, ligatures and
hyphenation only ever make the real lines shorter, so a column the planner fills never
overflows on paper.
"""

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONTS = {
    "serif": "LiberationSerif-Regular.ttf",
    "serif-bold": "LiberationSerif-Bold.ttf",
    "serif-italic": "LiberationSerif-Italic.ttf",
    "serif-bold-italic": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSansNarrow-Regular.ttf",
    "sans-bold": "LiberationSansNarrow-Bold.ttf",
}
# Leave a hair of every line unused, so rounding in the renderer never pushes a word over.
SAFETY = 0.995


class FontMetrics:
    """Advance widths of one font, in em, for the characters it maps."""

    def __init__(self, path):
        from fontTools.ttLib import TTFont  # the edition builder's, not every web process's

        font = TTFont(path, lazy=True)
        units = font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        cmap = font.getBestCmap()
        self.widths = {chr(code): metrics[glyph][0] / units for code, glyph in cmap.items()}
        self.fallback = self.widths.get("n", 0.5)

    def measure(self, text, size):
        """Return the width of `text` set at `size` points."""
        widths = self.widths
        fallback = self.fallback
        return sum(widths.get(char, fallback) for char in text) * size


@cache
def font(name):
    return FontMetrics(FONT_DIR / FONTS[name])


@dataclass
class Paragraph:
    """A run of words in one style: body text, a subheading, or a lead-in (dateline)."""

    words: list[str]
    style: str = "serif"
    lead_in: list[str] = field(default_factory=list)  # set in bold before the words
    indent: bool = True

    @property
    def text(self):
        return " ".join(self.words)


@dataclass(frozen=True)
class Line:
    paragraph: int
    start: int  # index of the first word
    end: int  # index after the last word


def break_lines(text, style, size, width, first_indent=0.0):
    """Break `text` into lines no wider than `width` points; return the lines (to count them)."""
    # Like Pango, break after a hyphen inside a word ("Record-|breaking") as well as at spaces.
    words = []
    for word in text.split():
        parts = re.split(r"(?<=\w-)(?=\w)", word)
        words.extend(parts)  # a space is counted between the parts: a hair conservative
    metrics = font(style)
    space = metrics.measure(" ", size)
    lines, current, used = [], [], 0.0
    limit = width * SAFETY
    for word in words:
        word_width = metrics.measure(word, size)
        available = limit - (first_indent if not lines else 0)
        if current and used + space + word_width > available:
            lines.append(" ".join(current))
            current, used = [word], word_width
        else:
            used += (space if current else 0) + word_width
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


@cache
def hyphenator(lang="en_GB"):
    import pyphen

    return pyphen.Pyphen(lang=lang if pyphen.language_fallback(lang) else "en_GB")


def hyphenate(word, metrics, size, room):
    """Split `word` so that its head and a hyphen fit in `room` points; return (head, tail)."""
    core = word.rstrip(".,;:!?'\"”’)")
    if len(core) < 7 or not core.isalpha():
        return None
    for head, tail in hyphenator().iterate(core):
        if len(head) >= 3 and len(tail) >= 3 and metrics.measure(head + "-", size) <= room:
            return head + "-", tail + word[len(core) :]
    return None


def set_paragraphs(paragraphs, size, width, indent):
    """Break body paragraphs into lines of `width` points, hyphenating long words; return Lines.

    A hyphenated word is split in its paragraph's word list, so each line is whole words.
    """
    lines = []
    limit = width * SAFETY
    for number, paragraph in enumerate(paragraphs):
        metrics = font(paragraph.style)
        space = metrics.measure(" ", size)
        words = paragraph.words
        start, used = 0, 0.0
        available = limit - (indent if paragraph.indent else 0)
        if paragraph.lead_in:
            bold = font("serif-bold")
            used = bold.measure(" ".join(paragraph.lead_in), size) + space
        index = 0
        while index < len(words):
            word_width = metrics.measure(words[index], size)
            if index > start and used + space + word_width > available:
                split = hyphenate(words[index], metrics, size, available - used - space)
                if split:
                    words[index : index + 1] = split
                    index += 1
                lines.append(Line(number, start, index))
                start, used, available = index, metrics.measure(words[index], size), limit
            elif index == start and used == 0:
                used = word_width
            else:
                used += space + word_width
            index += 1
        lines.append(Line(number, start, len(words)))
    return lines
