"""Write the demo newspaper's content: sections, people and a month of stories, from a seed."""

import re
import unicodedata
import zlib
from dataclasses import dataclass, replace
from functools import cache
from random import Random

from broadsheet.demo import desks, wordbank


@dataclass(frozen=True)
class SectionSpec:
    slug: str
    title: str
    intro: str


@dataclass(frozen=True)
class PhotoSpec:
    seed: int
    scene: str
    caption: str
    credit: str
    alt_text: str


@dataclass(frozen=True)
class PersonSpec:
    slug: str
    name: str
    role: str
    bio: str
    is_columnist: bool
    portrait_seed: int
    on_staff: bool = True


@dataclass(frozen=True)
class CorrectionSpec:
    hours_after: int
    text: str


@dataclass(frozen=True)
class VersionSpec:
    """An earlier version of a story, saved by the reporter or the editor before it went live."""

    by: str  # "reporter" or "editor": the demo login that saved it
    minutes_before: int  # before the story was published
    headline: str
    standfirst: str
    paragraphs: tuple[str, ...]
    note: str  # what changed, for the people trying compare and restore


@dataclass(frozen=True)
class StorySpec:
    slug: str
    section_slug: str
    kind: str
    headline: str
    standfirst: str
    dateline: str
    agency: str
    author_slugs: tuple[str, ...]
    paragraphs: tuple[str, ...]
    pull_quote: tuple[str, str] | None
    fact_box: tuple[str, tuple[str, ...]] | None
    tags: tuple[str, ...]
    photo: PhotoSpec
    body_photo: PhotoSpec | None
    corrections: tuple[CorrectionSpec, ...]
    minutes_ago: int
    updated_minutes_after: int | None
    weight: int
    history: tuple[VersionSpec, ...] = ()
    # Everyone else credited, after the authors: (person slug, role), e.g. photography.
    credits: tuple[tuple[str, str], ...] = ()
    update_note: str = ""  # the public note of the update, when the story was updated


@dataclass(frozen=True)
class DemoPaper:
    name: str
    tagline: str
    sections: tuple[SectionSpec, ...]
    people: tuple[PersonSpec, ...]
    stories: tuple[StorySpec, ...]


SCENES = (
    "skyline", "harbour", "fields", "stadium", "crowd", "chart", "flood", "gallery", "assembly",
    "stage", "space", "street", "laboratory",
)  # fmt: skip
LIGHTS = ("dawn", "midday", "dusk", "night", "overcast")
TAGS = wordbank.TAGS
DAYS = 30
HEADLINE_RANGE = (40, 90)
# Stories per section in a paper of 300; other sizes scale.
SHARES = {
    "news": 62, "world": 44, "business": 42, "sport": 46, "culture": 34, "science": 36,
    "opinion": 36,
}  # fmt: skip
OUTDOOR = {"skyline", "harbour", "fields", "assembly", "street", "crowd"}
LIGHT_WORDS = {
    "dawn": "at dawn, under a pink and gold sky",
    "midday": "under a clear blue sky",
    "dusk": "at dusk, under an orange evening sky",
    "night": "at night, under a dark blue sky",
    "overcast": "under a heavy grey sky",
}
ALT_TEXT = {
    "skyline": "Illustration: a city skyline of towers and rooftops {light}.",
    "harbour": "Illustration: container cranes and stacks of coloured containers on a quayside "
    "beside calm water {light}.",
    "fields": "Illustration: rolling farmland with hedgerows and scattered trees {light}.",
    "stadium": "Illustration: a football stadium with floodlights shining on a green pitch {light}.",
    "crowd": "Illustration: a crowd of people, seen as silhouettes, gathered in front of city "
    "buildings {light}.",
    "chart": "Illustration: an abstract financial chart with a jagged line and bars on a dark "
    "blue background.",
    "flood": "Illustration: houses and trees standing in brown flood water {light}, with rain "
    "falling.",
    "gallery": "Illustration: a gallery room with framed paintings on pale walls and visitors "
    "looking at them.",
    "assembly": "Illustration: a large civic building with columns and wide steps {light}.",
    "stage": "Illustration: a stage lit by coloured spotlights above the silhouettes of an "
    "audience.",
    "space": "Illustration: a rocky asteroid lit by the sun against a black, star-filled sky.",
    "street": "Illustration: a city street lined with buildings and street lamps, with a tram in "
    "the distance, {light}.",
    "laboratory": "Illustration: a laboratory bench with glass flasks in front of blurred lights.",
}
GENERIC_CAPTIONS = {
    "skyline": "The skyline of {place}.",
    "harbour": "The waterfront in {place}.",
    "fields": "Farmland outside {place}.",
    "stadium": "The ground before kick-off.",
    "crowd": "People gather in the centre of {place} {photo_when}.",
    "chart": "Prices have moved sharply in recent months.",
    "flood": "Flood water in {place}.",
    "gallery": "Visitors at the exhibition.",
    "assembly": "Government buildings in {place}.",
    "stage": "The stage before the performance.",
    "space": "An artist's impression.",
    "street": "A street in {place}.",
    "laboratory": "Researchers at work in the laboratory.",
}
WHEN = ("yesterday", "yesterday", "today", "late last night", "yesterday afternoon")
PHOTO_WHEN = ("yesterday", "earlier this week", "at the weekend")
CORRECTIONS = (
    "An earlier version of this article misspelt the name of {name}.",
    "An earlier version of this article gave the wrong title for {name}, who is {role}.",
    "An earlier version of this article gave an incorrect figure in the {ordinal} paragraph. "
    "This has been corrected.",
    "A photo caption in an earlier version of this article misidentified the location. This has "
    "been corrected.",
    "An earlier version of this article wrongly attributed a quote. It was said by {name}.",
)
ORDINALS = ("second", "third", "fourth", "fifth")
UPDATE_NOTES = (
    "This article has been updated with comment from the council.",
    "Updated with the latest figures released this afternoon.",
    "This article has been updated to include the response of the opposition.",
    "Updated with details from the press conference.",
    "This article has been updated with new information from the police.",
)


def light_for(seed: int, scene: str) -> str:
    """Return the light a picture of this scene is drawn in: one of LIGHTS, or "indoor"."""
    if scene == "flood":
        return "overcast"
    if scene == "stadium":
        return ("dusk", "night")[seed % 2]
    if scene not in OUTDOOR:
        return "indoor"
    return LIGHTS[seed % len(LIGHTS)]


# Markup


class Block:
    """One "== kind ..." block of the desks' markup: a header and its "key arg: text" items."""

    def __init__(self, head: tuple[str, ...]):
        self.head = head
        self.items: list[tuple[str, str, str]] = []

    def all(self, key: str) -> list[str]:
        return [text for k, _, text in self.items if k == key]

    def one(self, key: str, default: str = "") -> str:
        found = self.all(key)
        return found[0] if found else default

    def pairs(self, key: str) -> list[tuple[str, str]]:
        return [(arg, text) for k, arg, text in self.items if k == key]


def parse_blocks(text: str) -> list[Block]:
    """Parse markup into blocks; the text before the first "==" line is a block headed "top"."""
    blocks = [Block(("top",))]
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        if line.startswith("=="):
            blocks.append(Block(tuple(line[2:].split())))
        elif line.startswith("  "):
            key, arg, prev = blocks[-1].items[-1]
            blocks[-1].items[-1] = (key, arg, prev + " " + line.strip())
        else:
            key, _, rest = line.partition(":")
            name, _, arg = key.partition(" ")
            blocks[-1].items.append((name, arg.strip(), rest.strip()))
    return blocks if blocks[0].items else blocks[1:]


_CHOICE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


def expand(template: str, rng: Random, vals: dict[str, str], cap: bool = True) -> str:
    """Pick one alternative of every "[a|b]" and fill every "{name}" from vals."""
    text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    for _ in range(3):
        if "{" not in text:
            break
        text = _SLOT.sub(lambda m: vals[m.group(1)], text)
    text = smarten(text)
    return text[:1].upper() + text[1:] if cap else text


def smarten(text: str) -> str:
    """Turn straight quotes and apostrophes into typographic ones."""
    out = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        opening = before.isspace() or before in "([“‘—"
        if ch == '"':
            ch = "“" if opening else "”"
        elif ch == "'":
            ch = "‘" if opening else "’"
        out.append(ch)
    return "".join(out)


def slugify(text: str, limit: int = 70) -> str:
    """Return a lower-case ASCII slug of text, cut at a word boundary."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def number(value: int) -> str:
    return f"{value:,}"


def ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def surname(name: str) -> str:
    return name.split()[-1]


# Quotes and paragraphs

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘])")


def sentences(text: str) -> list[str]:
    return _SENTENCE.split(text)


def say(rng: Random, person: tuple[str, str], text: str, introduced: set[str]) -> str:
    """Return a quote paragraph with attribution, naming the speaker in full the first time."""
    name, role = person
    first, *rest = sentences(text)
    lead = first[:-1] + "," if first.endswith(".") else first
    more = " “" + " ".join(rest) + "”" if rest else ""
    if name in introduced:
        return (
            rng.choice((f"“{lead}” said {surname(name)}.", f"“{lead}” {surname(name)} said."))
            + more
        )
    introduced.add(name)
    form = rng.randrange(4)
    if form == 3 and not rest and not role.startswith("who"):
        return f"{name}, {role}, said: “{text}”"
    if form == 2 and not role.startswith("who"):
        return f"“{lead}” {name}, {role}, said.{more}"
    return f"“{lead}” said {name}, {role}.{more}"


@dataclass
class Material:
    """What a story is written from; every text is a template still to expand."""

    lede: str
    more: list[str]
    quotes: list[tuple[str, str]]  # (cast key, text): the story's own first, then a pool
    own_quotes: int
    context: list[str]
    numbers: list[str]
    close: str


@dataclass
class Draft:
    """A story being written: what the plan decided, before the text exists."""

    section: str
    kind: str
    day: int
    weight: int
    source: Block
    storyline: "Storyline | None" = None
    agency: str = ""
    authors: tuple[str, ...] = ()
    minutes_ago: int = 0
    corrected: int = 0


class Cast:
    """The values of one story or storyline: numbers, picks and people, by template name."""

    def __init__(self, rng: Random, block: Block, used_names: set[str]):
        self.vals: dict[str, str] = {}
        self.people: dict[str, tuple[str, str]] = {}
        self.rng = rng
        for key, arg, text in block.items:
            if key == "range":
                lo, hi, step = (int(x) for x in text.split())
                self.vals[arg] = number(rng.randrange(lo, hi + 1, step))
            elif key == "ordinal":
                lo, hi, step = (int(x) for x in text.split())
                self.vals[arg] = ordinal(rng.randrange(lo, hi + 1, step))
            elif key == "val":
                self.vals[arg] = rng.choice(text.split(" | "))
            elif key == "pick":
                self.pick(arg.split(), text)
        for arg, text in block.pairs("cast"):
            name, _, role = text.partition(" | ")
            if name == "@":
                name = new_name(rng, used_names, {surname(n) for n, _ in self.people.values()})
            self.people[arg] = (name, expand(role, rng, self.vals, cap=False))
            self.vals[arg] = name
            self.vals[arg + "_s"] = surname(name)

    def pick(self, names: list[str], bank: str) -> None:
        for name, item in zip(names, self.rng.sample(BANKS[bank], len(names)), strict=True):
            fields = item if isinstance(item, tuple) else (item,)
            for suffix, value in zip(BANK_FIELDS.get(bank, ("",)), fields, strict=False):
                self.vals[name + suffix] = value


def new_name(rng: Random, used: set[str], surnames: set[str]) -> str:
    """Return a fictional name not used before, with a surname not in surnames."""
    while True:
        name = f"{rng.choice(wordbank.FIRST_NAMES)} {rng.choice(wordbank.SURNAMES)}"
        if name not in used and surname(name) not in surnames:
            used.add(name)
            return name


def _titles() -> tuple[str, ...]:
    out = []
    for i, adj in enumerate(wordbank.ADJECTIVES):
        for j, noun in enumerate(wordbank.NOUNS):
            if (i + j) % 3 == 0:
                out.append(f"The {adj} {noun}" if (i * j) % 2 else f"{adj} {noun}")
    return tuple(out)


BANKS = {
    "towns": wordbank.TOWNS[1:],
    "districts": wordbank.NORTHPORT_DISTRICTS,
    "countries": wordbank.COUNTRIES,
    "companies": wordbank.COMPANIES,
    "clubs": wordbank.CLUBS,
    "hospitals": wordbank.HOSPITALS,
    "universities": wordbank.UNIVERSITIES,
    "venues": wordbank.VENUES,
    "titles": _titles(),
}
BANK_FIELDS = {
    "countries": ("", "_adj", "_capital", "_city"),
    "companies": ("", "_sector", "_town"),
    "clubs": ("", "_town", "_ground"),
}


class Storyline:
    """A running story: its markup blocks and the values fixed for all its stories."""

    def __init__(self, text: str, rng: Random, used_names: set[str]):
        self.top, *self.beats = parse_blocks(text)
        self.key = self.top.one("key")
        self.cast = Cast(rng, self.top, used_names)
        start, end = (int(x) for x in self.top.one("days").split())
        step = (start - end) / max(1, len(self.beats) - 1)
        self.days = [round(start - i * step) for i in range(len(self.beats))]
        self.section = self.beats[0].head[1]


# Writing one story


class Writer:
    """Turn drafts into StorySpecs with one random stream."""

    def __init__(self, rng: Random, used_names: set[str]):
        self.rng = rng
        self.used_names = used_names

    def write(self, draft: Draft) -> StorySpec:
        rng = self.rng
        block, line = draft.source, draft.storyline
        top = line.top if line and draft.kind != "opinion" else block
        cast = line.cast if line else Cast(rng, block, self.used_names)
        home = line.top.one("place") if line else ""
        place = block.one("place") or top.one("place") or home or "Northport"
        vals = dict(cast.vals)
        vals.update(when=rng.choice(WHEN), photo_when=rng.choice(PHOTO_WHEN), place=place)
        place = expand(place, rng, vals)
        vals["place"] = place
        if draft.kind == "opinion":
            return self.write_column(draft, block, top, cast, vals)
        if draft.kind == "analysis":
            paras = block.all("analysis")
            material = Material(
                paras[0], paras[1:-1], top.pairs("quote"), 0, top.all("context"),
                top.all("number"), paras[-1],
            )  # fmt: skip
            headlines, standfirst = block.all("analysis-h"), block.one("analysis-s")
        else:
            own = block.pairs("quote") if line else []
            pool = top.pairs("quote")
            material = Material(
                block.one("lede"), block.all("more"), own + pool, len(own),
                top.all("context") + (block.all("context") if line else []),
                top.all("number") + (block.all("number") if line else []), block.one("next"),
            )  # fmt: skip
            headlines, standfirst = block.all("h"), block.one("s")
        headline = self.headline(headlines, vals)
        size = rng.randint(6, 8) if draft.weight <= 1 else rng.randint(7, 13)
        paragraphs, quoted = self.compose(material, cast, vals, size)
        pull = None
        if quoted and rng.random() < 0.45:
            person, text = rng.choice(quoted)
            pull = (" ".join(sentences(text)[:2]), person[0])
        facts = top.all("fact")
        fact_box = None
        if facts and rng.random() < 0.35:
            fact_box = (
                expand(top.one("facts"), rng, vals),
                tuple(expand(f, rng, vals) for f in facts),
            )
        scenes = self.scenes(block, top)
        if draft.kind == "analysis":
            scenes = scenes[1:] + scenes[:1]
        own = block.pairs("caption") if line else []
        photo = self.photo(scenes[0], top, vals, draft.agency, top.one("credit"), own)
        body_photo = None
        if len(scenes) > 1 and rng.random() < 0.3:
            body_photo = self.photo(rng.choice(scenes[1:]), top, vals, draft.agency, "")
        dateline = "" if draft.kind == "analysis" else place.upper()
        return self.spec(
            draft, headline, expand(standfirst, rng, vals), dateline, paragraphs, pull, fact_box,
            top, photo, body_photo, quoted,
        )  # fmt: skip

    def write_column(self, draft, block, top, cast, vals) -> StorySpec:
        rng = self.rng
        headline = self.headline(block.all("h"), vals)
        keys = ("hook", "thesis", "argue", "counter", "close")
        paragraphs = tuple(expand(t, rng, vals) for k in keys for t in block.all(k))
        thesis = sentences(expand(block.one("thesis"), rng, vals))[0]
        author = PEOPLE_BY_SLUG[draft.authors[0]][1]
        scenes = self.scenes(block, top)
        photo = self.photo(scenes[0], top, vals, "", "")
        return self.spec(
            draft, headline, expand(block.one("s"), rng, vals), "", paragraphs,
            (thesis, author) if rng.random() < 0.6 else None, None, block, photo, None, [],
        )  # fmt: skip

    def spec(self, draft, headline, standfirst, dateline, paragraphs, pull, facts, top, photo,
             body_photo, quoted) -> StorySpec:  # fmt: skip
        tags = tuple(dict.fromkeys(t for t in top.one("tags").split(" | ") if t))
        return StorySpec(
            slug="", section_slug=draft.section, kind=draft.kind, headline=headline,
            standfirst=standfirst, dateline=dateline, agency=draft.agency,
            author_slugs=draft.authors, paragraphs=tuple(paragraphs), pull_quote=pull,
            fact_box=facts, tags=tags, photo=photo, body_photo=body_photo,
            corrections=self.corrections(draft, quoted), minutes_ago=draft.minutes_ago,
            updated_minutes_after=None, weight=draft.weight,
        )  # fmt: skip

    def headline(self, templates: list[str], vals: dict[str, str]) -> str:
        lo, hi = HEADLINE_RANGE
        for _ in range(12):
            text = expand(self.rng.choice(templates), self.rng, vals)
            if lo <= len(text) <= hi:
                return text
        raise ValueError(f"no headline between {lo} and {hi} characters: {templates}")

    def compose(self, m: Material, cast: Cast, vals, size: int):
        """Return the paragraphs of a news story and the quotes it used."""
        rng = self.rng
        introduced: set[str] = set()
        quoted: list[tuple[tuple[str, str], str]] = []
        own = [q for q in m.quotes[: m.own_quotes] if q[0] in cast.people]
        pool = [q for q in m.quotes[m.own_quotes :] if q[0] in cast.people]
        rng.shuffle(pool)
        quotes = own + pool

        def quote() -> str:
            key, text = quotes.pop(0)
            text = expand(text, rng, vals)
            quoted.append((cast.people[key], text))
            return say(rng, cast.people[key], text, introduced)

        def write(template: str) -> str:
            text = expand(template, rng, vals)
            introduced.update(n for n, _ in cast.people.values() if n in text)
            return text

        paras = [write(m.lede)] + [write(t) for t in m.more[:1]]
        if quotes:
            paras.append(quote())
        paras += [write(t) for t in m.more[1:]]
        context = rng.sample(m.context, len(m.context))
        numbers = rng.sample(m.numbers, len(m.numbers))
        for kind in "cnqcqncqcqn":
            if len(paras) >= size - 1:
                break
            if kind == "c" and context:
                paras.append(write(context.pop()))
            elif kind == "n" and numbers:
                paras.append(write(numbers.pop()))
            elif kind == "q" and quotes:
                paras.append(quote())
        paras.append(write(m.close))
        return paras, quoted

    def scenes(self, block: Block, top: Block) -> list[str]:
        listed = (block.one("scenes") or top.one("scenes")).split()
        if len(block.head) > 2 and block.head[0] == "beat":
            listed.insert(0, block.head[2])
        captioned = [arg for arg, _ in top.pairs("caption")]
        if block.head[0] != "beat":
            listed = [s for s in listed if s in captioned] + [
                s for s in listed if s not in captioned
            ]
        return list(dict.fromkeys(listed + captioned))

    def photo(self, scene: str, top: Block, vals, agency: str, credit: str, own=()) -> PhotoSpec:
        rng = self.rng
        seed = rng.randrange(1, 2**31)
        captions = [text for arg, text in [*own, *top.pairs("caption")] if arg == scene]
        caption = expand(rng.choice(captions) if captions else GENERIC_CAPTIONS[scene], rng, vals)
        credit = agency or credit or ("Staff photo" if rng.random() < 0.8 else "Courier archive")
        light = light_for(seed, scene)
        alt = ALT_TEXT[scene].replace("{light}", LIGHT_WORDS.get(light, ""))
        return PhotoSpec(seed=seed, scene=scene, caption=caption, credit=credit, alt_text=alt)

    def corrections(self, draft: Draft, quoted) -> tuple[CorrectionSpec, ...]:
        rng = self.rng
        if not draft.corrected:
            return ()
        people = [person for person, _ in quoted]
        out = []
        hours = sorted(rng.sample(range(1, min(72, draft.minutes_ago // 60)), draft.corrected))
        for hour in hours:
            choices = list(CORRECTIONS[2:4])
            if people:
                choices.append(CORRECTIONS[0])
                choices.append(CORRECTIONS[4])
            if any(p[1].startswith("the ") for p in people):
                choices.append(CORRECTIONS[1])
            template = rng.choice(choices)
            person = rng.choice(
                [p for p in people if p[1].startswith("the ")] or people or [("", "")]
            )
            text = template.format(name=person[0], role=person[1], ordinal=rng.choice(ORDINALS))
            out.append(CorrectionSpec(hours_after=hour, text=text))
        return tuple(out)


PEOPLE_BY_SLUG = {p[0]: p for p in wordbank.PEOPLE}


# Planning the month


@cache
def format_blocks(section: str) -> tuple[Block, ...]:
    return tuple(parse_blocks(desks.FORMATS[section]))


@cache
def column_blocks() -> tuple[Block, ...]:
    return tuple(parse_blocks(desks.COLUMNS))


def section_quotas(count: int) -> dict[str, int]:
    """Split count stories between the sections in the proportions of SHARES."""
    total = sum(SHARES.values())
    quotas = {s: round(count * share / total) for s, share in SHARES.items()}
    quotas["news"] += count - sum(quotas.values())
    return quotas


def recent_day(rng: Random) -> int:
    """Return how many days ago a story ran, favouring recent days."""
    return rng.choices(range(DAYS), weights=[0.93**d for d in range(DAYS)])[0]


def minutes_for(rng: Random, day: int) -> int:
    if day == 0:
        return rng.randint(15, 16 * 60)
    return min(DAYS * 1440, max(60, day * 1440 + rng.randint(-540, 540)))


def reporters(section: str) -> list[str]:
    return [p[0] for p in wordbank.PEOPLE if section in p[5] and not p[4]]


def spread(items: list, count: int) -> list:
    """Return count items taken evenly from items, in order."""
    if count >= len(items):
        return items
    return [items[round(i * (len(items) - 1) / max(1, count - 1))] for i in range(count)]


def plan(rng: Random, lines: list[Storyline], count: int) -> list[Draft]:
    """Decide every story's section, source, day and byline."""
    drafts: list[Draft] = []
    for section, quota in section_quotas(count).items():
        if section == "opinion":
            drafts += plan_columns(rng, lines, quota)
            continue
        items: list[tuple[Storyline, int | None]] = [
            (line, i)
            for line in lines
            for i, beat in enumerate(line.beats)
            if beat.head[1] == section
        ]
        items += [(ln, None) for ln in lines if ln.section == section and ln.top.all("analysis")]
        for line, i in spread(items, int(quota * 0.45)):
            if i is None:
                day = max(0, line.days[len(line.days) // 2] - 1)
                drafts.append(
                    Draft(
                        section, "analysis", day, 3, line.top, line, authors=_byline(rng, line.top)
                    )
                )
            else:
                beat = line.beats[i]
                by = _byline(rng, beat) or _byline(rng, line.top)
                drafts.append(
                    Draft(section, "news", line.days[i], int(beat.head[3]), beat, line, authors=by)
                )
        formats = list(format_blocks(section))
        remaining = quota - sum(d.section == section for d in drafts)
        order: list[Block] = []
        uses: dict[str, int] = {}
        while formats and len(order) < remaining:
            batch = [b for b in formats if uses.get(b.head[1], 0) < int(b.one("max", "99"))]
            for block in rng.sample(batch or formats, len(batch or formats)):
                uses[block.head[1]] = uses.get(block.head[1], 0) + 1
                order.append(block)
        for block in order[:remaining]:
            by = _byline(rng, block) or tuple(rng.sample(reporters(section), 1))
            if section == "news" and rng.random() < 0.15:
                by = tuple(rng.sample(reporters(section), 2))
            weight = int(block.head[2]) + (rng.random() < 0.15)
            drafts.append(Draft(section, "news", recent_day(rng), weight, block, None, authors=by))
    wires = [d for d in drafts if d.storyline is None and d.source.one("agency") == "yes"]
    for draft in rng.sample(wires, min(len(wires), round(count * 0.15))):
        draft.agency = rng.choice(wordbank.AGENCIES)
        draft.weight = 1 if rng.random() < 0.6 else min(draft.weight, 2)
        draft.authors = () if rng.random() < 0.7 else draft.authors[:1]
    for draft in drafts:
        draft.minutes_ago = minutes_for(rng, draft.day)
    older = [d for d in drafts if d.kind != "opinion" and d.minutes_ago >= 2 * 1440]
    for draft in rng.sample(older, min(len(older), round(count * 0.05))):
        draft.corrected = 1 if rng.random() < 0.75 else 2
    return drafts


def _byline(rng: Random, block: Block) -> tuple[str, ...]:
    names = block.one("authors").split()
    if len(names) > 1 and rng.random() < 0.25:
        return tuple(names[:2])
    return tuple(names[:1])


def plan_columns(rng: Random, lines: list[Storyline], quota: int) -> list[Draft]:
    """Share the opinion quota between the columnists, each writing their columns in turn."""
    by_line = {line.key: line for line in lines}
    queues: dict[str, list[Block]] = {}
    for block in column_blocks():
        queues.setdefault(block.head[1], []).append(block)
    drafts = []
    turn = 0
    while queues and len(drafts) < quota:
        for slug, blocks in queues.items():
            if len(drafts) == quota:
                break
            block = blocks[turn % len(blocks)]
            line = by_line.get(block.head[2]) if len(block.head) > 2 else None
            if line:
                day = rng.randint(line.days[-1], line.days[min(1, len(line.days) - 1)])
            else:
                day = recent_day(rng)
            drafts.append(Draft("opinion", "opinion", day, 2, block, line, authors=(slug,)))
        turn += 1
    return drafts


HISTORY_STORIES = 6  # recent news stories that show how they were written


def working_headline(standfirst: str) -> str:
    """A reporter's filing headline: the standfirst's first clause, long and literal."""
    first = re.split(r"(?<=[.;:])\s|,\s(?:but|as|after|while)\s", standfirst, maxsplit=1)[0]
    words = first.rstrip(".;:").split()
    return " ".join(words[:16])


def history_of(story: StorySpec) -> tuple[VersionSpec, ...]:
    """How a story got written: first filing, the editor's headline, the reporter's last lines."""
    paragraphs = story.paragraphs
    filed = paragraphs[: max(3, len(paragraphs) - 2)]
    first_sentence = sentences(story.standfirst)[0] if story.standfirst else ""
    return (
        VersionSpec(
            "reporter", 95, working_headline(story.standfirst) or story.headline,
            first_sentence, filed,
            "First filing: a long working headline, the opening paragraphs, a one-line standfirst.",
        ),
        VersionSpec(
            "editor", 40, story.headline, story.standfirst, filed,
            "The editor's headline and the full standfirst.",
        ),
        VersionSpec(
            "reporter", 15, story.headline, story.standfirst, paragraphs,
            "The reporter adds the last paragraphs, with the reply that came in late.",
        ),
    )  # fmt: skip


def with_history(stories: list[StorySpec]) -> list[StorySpec]:
    """Give the most recent long news stories the versions they went through."""
    chosen = [
        i for i, story in enumerate(stories) if story.kind == "news" and len(story.paragraphs) >= 5
    ][:HISTORY_STORIES]
    result = list(stories)
    for i in chosen:
        result[i] = replace(stories[i], history=history_of(stories[i]))
    return result


CREDITED_STORIES = 6  # recent news stories with a photographer and other contributors
PHOTOGRAPHER, GRAPHICS_ARTIST = (guest[0] for guest in wordbank.GUESTS)


def with_credits(stories: list[StorySpec]) -> list[StorySpec]:
    """Credit more than the reporters on a few recent stories: a colleague's additional
    reporting, the guest photographer (whose name the lead photo carries) and, on some, graphics.
    """
    chosen = [
        i
        for i, story in enumerate(stories)
        if story.kind == "news" and story.author_slugs and not story.agency and story.weight >= 3
    ][:CREDITED_STORIES]
    staff = [p[0] for p in wordbank.PEOPLE if not p[4]]
    result = list(stories)
    for n, i in enumerate(chosen):
        story = stories[i]
        colleagues = [slug for slug in staff if slug not in story.author_slugs]
        credits = [(colleagues[n % len(colleagues)], "additional_reporting")]
        credits.append((PHOTOGRAPHER, "photography"))
        if n % 2 == 0:
            credits.append((GRAPHICS_ARTIST, "graphics"))
        photo = replace(story.photo, credit=wordbank.GUESTS[0][1])
        result[i] = replace(story, credits=tuple(credits), photo=photo)
    return result


def write_paper(seed: int = 2026, story_count: int = 300) -> DemoPaper:
    """Write the demo newspaper: the same seed always gives the same paper."""
    rng = Random(seed)
    used_names = {p[1] for p in wordbank.PEOPLE}
    lines = [Storyline(text, rng, used_names) for text in desks.STORYLINES]
    for line in lines:
        used_names.update(name for name, _ in line.cast.people.values())
    drafts = plan(rng, lines, story_count)
    drafts.sort(key=lambda d: -d.minutes_ago)
    writer = Writer(rng, used_names)
    stories = [writer.write(draft) for draft in drafts]
    updatable = [i for i, s in enumerate(stories) if s.kind == "news" and s.minutes_ago >= 120]
    updated = set(rng.sample(updatable, min(len(updatable), round(story_count * 0.2))))
    slugs: set[str] = set()
    final = []
    for i, story in enumerate(stories):
        base = slug = slugify(story.headline)
        n = 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        update, note = None, ""
        if i in updated:
            update = rng.randint(15, min(600, story.minutes_ago - 30))
            # Chosen from the slug, so the notes leave the generator's random sequence as it was.
            note = UPDATE_NOTES[zlib.crc32(slug.encode()) % len(UPDATE_NOTES)]
        final.append(replace(story, slug=slug, updated_minutes_after=update, update_note=note))
    final.sort(key=lambda s: s.minutes_ago)
    final = with_credits(with_history(final))
    people = tuple(
        PersonSpec(slug, name, role, bio, columnist, rng.randrange(1, 2**31))
        for slug, name, role, bio, columnist, _ in wordbank.PEOPLE
    ) + tuple(
        PersonSpec(slug, name, role, bio, False, 0, on_staff=False)
        for slug, name, role, bio in wordbank.GUESTS
    )
    sections = tuple(SectionSpec(*s) for s in wordbank.SECTIONS)
    return DemoPaper(wordbank.PAPER_NAME, wordbank.TAGLINE, sections, people, tuple(final))
