"""The demo newspaper's copy, desk by desk, read from the data files in copy/ (see its README).

`STORYLINES` (running stories, one markup text each), `FORMATS` (one-off story formats, a markup
text per section) and `COLUMNS` (the columnists' columns, one markup text) are what
broadsheet.demo.writer reads; the markup is described in copy/README.md.
"""

from importlib.resources import files

COPY = files("broadsheet.demo") / "copy"
# The desks in the order the generator meets them: it draws names and numbers in this order.
STORY_DESKS = ("home", "business", "world", "sport", "culture", "science")
COLUMN_DESKS = ("opinion", "sport", "culture")
# The section whose one-off formats each desk writes.
FORMAT_SECTIONS = {
    "news": "home",
    "world": "world",
    "business": "business",
    "sport": "sport",
    "culture": "culture",
    "science": "science",
}


def storylines(desk):
    """Return the desk's storylines' markup, in the order of the number in their file names."""
    found = [entry for entry in (COPY / desk).iterdir() if entry.name.startswith("storyline-")]
    found.sort(key=lambda entry: int(entry.name.split("-")[1]))
    return tuple(entry.read_text(encoding="utf-8") for entry in found)


def read(desk, name):
    return (COPY / desk / name).read_text(encoding="utf-8")


STORYLINES = tuple(text for desk in STORY_DESKS for text in storylines(desk))
FORMATS = {section: read(desk, "formats.txt") for section, desk in FORMAT_SECTIONS.items()}
COLUMNS = "".join(read(desk, "columns.txt") for desk in COLUMN_DESKS)
