"""The demo newspaper's copy, desk by desk, in a small markup that broadsheet.demo.writer reads.

Each desk module holds STORYLINES (running stories, one markup text each) and FORMATS (one-off
story formats written again and again with new names, places and numbers); the opinion, sports
and arts desks also hold their columnists' COLUMNS.

Markup: one "key: text" item a line, continued on lines indented by two spaces. "== beat SECTION
SCENE WEIGHT" starts one day of a storyline, "== format KEY WEIGHT" a story format and "== column
AUTHOR [STORYLINE]" a column. In text, "[a|b]" picks one alternative and "{name}" is a value: a
range, val, pick or cast member of the storyline or format ("{name_s}" is a cast member's
surname), or one of the story's own: when, photo_when, place.
"""

from broadsheet.demo.desks import business, culture, home, opinion, science, sport, world

STORYLINES = (
    home.STORYLINES
    + business.STORYLINES
    + world.STORYLINES
    + sport.STORYLINES
    + culture.STORYLINES
    + science.STORYLINES
)
FORMATS = {
    "news": home.FORMATS,
    "world": world.FORMATS,
    "business": business.FORMATS,
    "sport": sport.FORMATS,
    "culture": culture.FORMATS,
    "science": science.FORMATS,
}
COLUMNS = opinion.COLUMNS + sport.COLUMNS + culture.COLUMNS
