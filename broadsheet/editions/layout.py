"""Plan the edition's pages: where every story, part of a story and jump goes, to the point.

The planner works in PostScript points on a Berliner page of six columns. Every story is set
once into lines of one column's width (`typesetting.set_paragraphs`); a story module then holds
`columns × lines per column` lines, so cutting a story where its module ends, and carrying the
rest to a later page behind a jump line, is exact. Pages are planned in order, so a story cut on
page N always continues on page N + 1, in the jump band at the foot of that page.
"""

import math
from dataclasses import dataclass, field

from .typesetting import Paragraph, break_lines, set_paragraphs

PAGE_WIDTH = 890.0
PAGE_HEIGHT = 1330.0
MARGIN_X = 30.0
MARGIN_TOP = 30.0
MARGIN_BOTTOM = 40.0
COLUMNS = 6
GUTTER = 11.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
COLUMN_WIDTH = (CONTENT_WIDTH - (COLUMNS - 1) * GUTTER) / COLUMNS
CONTENT_BOTTOM = PAGE_HEIGHT - MARGIN_BOTTOM

BODY_SIZE = 8.8
LEADING = 10.6
INDENT = BODY_SIZE
MASTHEAD_HEIGHT = 118.0
RUNNING_HEAD_HEIGHT = 34.0
OPINION_HEAD_HEIGHT = 62.0
MODULE_GAP = 12.0
MIN_LINES = 4  # a module shows at least this many lines in each of its columns
JUMP_BAND_MAX = 0.5  # of the page's story area
JUMP_HEAD = 30.0
BRIEFS_MAX = 1  # per column of a gap
PHOTOS_PER_PAGE = 4


def column_x(column):
    return MARGIN_X + column * (COLUMN_WIDTH + GUTTER)


def span_width(columns):
    return columns * COLUMN_WIDTH + (columns - 1) * GUTTER


def lines_in(height):
    return max(0, math.floor((height + 0.01) / LEADING))


def headline_size(weight, columns, lead=False):
    if lead:
        return 46.0 if columns >= 4 else 34.0
    size = {5: 36.0, 4: 30.0, 3: 23.0, 2: 18.0, 1: 14.5}.get(weight, 20.0)
    cap = {1: 15.0, 2: 22.0, 3: 30.0}.get(columns, 40.0)
    return min(size, cap)


@dataclass
class Box:
    """One positioned thing on a page: kind says how the template draws it."""

    kind: str
    x: float
    y: float
    width: float
    height: float
    data: dict = field(default_factory=dict)


@dataclass
class Region:
    """A rectangle of the page a column of stories is stacked into."""

    column: int
    columns: int
    top: float
    bottom: float

    @property
    def x(self):
        return column_x(self.column)

    @property
    def width(self):
        return span_width(self.columns)


@dataclass
class Continuation:
    story: object
    lines: list
    from_page: int
    truncated: bool = False


@dataclass
class PlannedPage:
    number: int
    kind: str  # front, section, opinion
    section: str
    boxes: list[Box] = field(default_factory=list)
    stories: list = field(default_factory=list)  # article ids in reading order
    jump_band: float = 0.0  # height reserved at the foot for continuations
    incoming: list[Continuation] = field(default_factory=list)
    photos: int = 0


class Planner:
    """Lay a running order out on a fixed number of pages."""

    def __init__(self, order, page_count):
        self.order = order
        self.page_count = page_count
        self.pages = [PlannedPage(n, "section", "") for n in range(1, page_count + 1)]
        self.lines = {}
        self.placed = set()
        self.jumps = []  # (story id, from page, to page)
        self.done_sections = set()

    def body_lines(self, story):
        if story.article_id not in self.lines:
            self.lines[story.article_id] = set_paragraphs(
                story.paragraphs, BODY_SIZE, COLUMN_WIDTH, INDENT
            )
        return self.lines[story.article_id]

    # Planning the whole edition.

    def plan(self):
        self.pages[0].kind = "front"
        self.pages[0].section = "Front page"
        self.pages[-1].kind = "opinion"
        self.pages[-1].section = "Opinion"
        self.plan_front(self.pages[0])
        used = self.plan_inside(self.pages[1:-1])
        # Pages the news could not fill go to comment, before the last page.
        opinion = list(self.order.opinion)
        for page in self.pages[1 + used :]:
            page.kind = "opinion"
            page.section = "Opinion"
            self.plan_opinion(page, opinion)
        self.fill_promos()
        return self.pages

    def plan_inside(self, pages):
        """Give each section its share of the inside pages, by how much copy it has.

        A section that runs out of copy before its share is used hands the rest of its pages
        to the sections after it, so no page is left empty while stories wait.
        """
        sections = [(title, list(stories)) for title, stories in self.order.sections if stories]
        needs = [self.need(stories) for _title, stories in sections]
        number = 0
        for index, (title, queue) in enumerate(sections):
            left = len(pages) - number
            later = len(sections) - index - 1
            if left <= 0:
                break
            share = round(left * needs[index] / (sum(needs[index:]) or 1))
            share = max(1, min(share, left - min(later, left - 1)))
            for n in range(share):
                page = pages[number]
                page.section = title
                self.plan_section_page(page, queue, first_of_section=n == 0)
                number += 1
                if not any(s.article_id not in self.placed for s in queue):
                    break
            self.done_sections.add(title)
        self.done_sections.update(title for title, _stories in sections)
        return number

    def need(self, stories):
        """Estimate the pages a section's stories fill."""
        capacity = COLUMNS * (CONTENT_BOTTOM - MARGIN_TOP - RUNNING_HEAD_HEIGHT)
        sample = Region(0, 2, 0, 600)
        need = 0.0
        for story in stories:
            header = self.header_height(story, sample, False, True)
            need += 2 * (header + MODULE_GAP) + len(self.body_lines(story)) * LEADING
        return need / capacity

    def fill_promos(self):
        """Point spare space at the best stories on other pages, with their page numbers."""
        inside = []
        for page in self.pages[1:]:
            for box in page.boxes:
                if box.kind == "region" and box.data.get("part") != "continuation":
                    inside.append((box.data["story"].weight, -page.number, box.data["story"], page))
        inside.sort(key=lambda item: (item[0], item[1]), reverse=True)
        used = set()
        for front in self.pages:
            self.fill_page_promos(front, inside, used)

    def fill_page_promos(self, front, inside, used):
        for box in front.boxes:
            if box.kind != "promo":
                continue
            items, y = [], 24.0
            for _weight, _number, story, page in inside:
                if story.article_id in used or page is front:
                    continue
                lines = break_lines(story.headline, "serif-bold", 12.5, box.width - 30)
                height = len(lines) * 14.5 + 14
                if y + height > box.height - 6:
                    break
                items.append(
                    {"headline": story.headline, "section": page.section, "page": page.number}
                )
                used.add(story.article_id)
                y += height
            box.data["items"] = items
            box.data["title"] = "Inside today" if front.kind == "front" else "Also in this edition"

    def jump_target(self, page):
        """The page a story cut on `page` continues on, or None where it may not jump."""
        target = page.number + 1
        if target >= self.page_count:  # never onto the opinion page
            return None
        return self.pages[target - 1]

    # Pages.

    def plan_front(self, page):
        top = MARGIN_TOP + MASTHEAD_HEIGHT
        page.boxes.append(Box("masthead", MARGIN_X, MARGIN_TOP, CONTENT_WIDTH, MASTHEAD_HEIGHT))
        stories = list(self.order.front)
        lead, others = (stories[0] if stories else None), stories[1:]
        split = top + (CONTENT_BOTTOM - top) * 0.68
        if lead is not None:
            self.fill(page, Region(0, 4, top, split), [lead], lead_story=True, kicker=True)
        self.fill(page, Region(4, 2, top, split), others[:2], kicker=True)
        self.fill(page, Region(0, 3, split, CONTENT_BOTTOM), others[2:3], kicker=True)
        self.fill(page, Region(3, 2, split, CONTENT_BOTTOM), others[3:], kicker=True)
        region = Region(5, 1, split, CONTENT_BOTTOM)
        page.boxes.append(Box("index", region.x, split, region.width, CONTENT_BOTTOM - split))

    def plan_section_page(self, page, queue, first_of_section):
        top = MARGIN_TOP + RUNNING_HEAD_HEIGHT
        page.boxes.append(Box("running-head", MARGIN_X, MARGIN_TOP, CONTENT_WIDTH, 24))
        bottom = CONTENT_BOTTOM - page.jump_band
        self.place_continuations(page, bottom)
        height = bottom - top
        if first_of_section or page.number % 2 == 0:
            split = top + height * (0.56 if height > 700 else 0.5)
            regions = [
                Region(0, 4, top, split),
                Region(4, 2, top, bottom),
                Region(0, 2, split, bottom),
                Region(2, 2, split, bottom),
            ]
        else:
            split = top + height * 0.5
            regions = [
                Region(2, 4, top, split),
                Region(0, 2, top, bottom),
                Region(2, 2, split, bottom),
                Region(4, 2, split, bottom),
            ]
        if height < 420:  # most of the page went to jumps: plain columns
            regions = [Region(0, 3, top, bottom), Region(3, 3, top, bottom)]
        for region in regions:
            self.fill(page, region, queue, lead_story=False)

    def plan_opinion(self, page, stories):
        top = MARGIN_TOP + OPINION_HEAD_HEIGHT
        page.boxes.append(
            Box("opinion-head", MARGIN_X, MARGIN_TOP, CONTENT_WIDTH, OPINION_HEAD_HEIGHT - 14)
        )
        queue = stories
        bottom = CONTENT_BOTTOM - page.jump_band
        self.place_continuations(page, bottom)
        regions = [
            Region(0, 2, top, bottom),
            Region(2, 2, top, bottom),
            Region(4, 2, top, bottom),
        ]
        for region in regions:
            self.fill(page, region, queue, allow_photo=False)

    # Stacking stories into a region.

    def fill(self, page, region, queue, lead_story=False, kicker=False, allow_photo=True):
        """Stack stories from the head of `queue` into `region`, cutting the last with a jump."""
        cursor = region.top
        modules = []
        photos_allowed = allow_photo
        while queue:
            remaining = region.bottom - cursor
            allow_photo = photos_allowed and page.photos < PHOTOS_PER_PAGE
            story = self.next_story(queue, region, remaining, page, lead_story, allow_photo)
            if story is None:
                break
            queue.remove(story)
            if story.article_id in self.placed:
                continue
            module = self.compose(
                page, story, region, cursor, remaining, lead_story, kicker, allow_photo
            )
            if module is None:
                break
            if modules:
                module["boxes"].insert(
                    0, Box("rule", region.x, cursor - MODULE_GAP / 2, region.width, 0.6)
                )
            modules.append(module)
            self.placed.add(story.article_id)
            page.stories.append(story.article_id)
            cursor += module["height"] + MODULE_GAP
            lead_story = False
            if module["photo"]:
                page.photos += 1
        leftover = region.bottom - (cursor - MODULE_GAP if modules else region.top)
        if modules and leftover > 0:
            if leftover > 70:
                self.briefs(
                    page, region, region.bottom - leftover + MODULE_GAP, leftover - MODULE_GAP
                )
            elif len(modules) > 1:
                # Spread what is left between the stories rather than leave a hole at the foot.
                step = leftover / (len(modules) - 1)
                for n, module in enumerate(modules):
                    for box in module["boxes"]:
                        box.y += step * n
        elif not modules:
            self.briefs(page, region, region.top, region.bottom - region.top)
        for module in modules:
            page.boxes.extend(module["boxes"])

    def next_story(self, queue, region, remaining, page, lead_story, allow_photo):
        """Take the head of the queue if it fits or may jump; else the first story that fits."""
        head = queue[0]
        header = self.header_height(head, region, lead_story, allow_photo)
        body = remaining - header
        lines = len(self.body_lines(head))
        need = math.ceil(lines / region.columns)
        if lines_in(body) >= need:
            return head
        if lines_in(body) >= MIN_LINES + 1 and self.jump_target(page) is not None:
            return head
        for story in queue[1:40]:
            header = self.header_height(story, region, False, allow_photo)
            need = math.ceil(len(self.body_lines(story)) / region.columns)
            if lines_in(remaining - header) >= need:
                return story
        if lines_in(body) >= MIN_LINES + 1:
            return head  # cut short, with a pointer to the full story online
        return None

    def header_parts(self, story, region, lead_story, allow_photo, kicker=False):
        """Return the module's header pieces (kicker, headline, deck, photo, byline) and heights."""
        width = region.width
        parts = []
        if kicker and story.section_title:
            parts.append(("kicker", 12.0, {"text": story.section_title}))
        size = headline_size(story.weight, region.columns, lead=lead_story)
        lines = break_lines(story.headline, "serif-bold", size, width)
        parts.append(
            ("headline", len(lines) * size * 1.06 + 5, {"text": story.headline, "size": size})
        )
        if story.standfirst and (lead_story or (region.columns >= 2 and story.weight >= 4)):
            deck_size = 13.0 if lead_story else 11.0
            deck_lines = break_lines(story.standfirst, "serif-italic", deck_size, width)
            parts.append(
                (
                    "deck",
                    len(deck_lines) * deck_size * 1.2 + 6,
                    {"text": story.standfirst, "size": deck_size},
                )
            )
        if (
            allow_photo
            and story.has_photo
            and (region.columns >= 3 or (region.columns == 2 and story.weight >= 2))
        ):
            ratio = min(max(story.photo_ratio, 0.5), 0.75)
            photo_height = round(min(width * ratio, (region.bottom - region.top) * 0.42), 1)
            caption = f"{story.caption} {story.credit}".strip()
            caption_lines = len(break_lines(caption, "sans", 7.6, width)) if caption else 0
            parts.append(
                (
                    "photo",
                    photo_height + caption_lines * 9.2 + 9,
                    {
                        "path": story.photo_path,
                        "photo_height": photo_height,
                        "caption": story.caption,
                        "credit": story.credit,
                        "alt": story.alt,
                    },
                )
            )
        if story.byline:
            lines = break_lines(story.byline, "sans-bold", 7.8, width)
            parts.append(("byline", len(lines) * 10 + 4, {"text": story.byline}))
        return parts

    def header_height(self, story, region, lead_story, allow_photo, kicker=False):
        parts = self.header_parts(story, region, lead_story, allow_photo, kicker)
        return sum(height for _, height, _ in parts)

    def compose(self, page, story, region, top, available, lead_story, kicker, allow_photo):
        """Build one story's module; cut it with a jump (or a pointer online) if it is too long."""
        parts = self.header_parts(story, region, lead_story, allow_photo, kicker)
        header = sum(height for _, height, _ in parts)
        if header + MIN_LINES * LEADING > available:
            parts = [p for p in parts if p[0] not in {"photo", "deck"}]
            header = sum(height for _, height, _ in parts)
        lines = self.body_lines(story)
        per_column_room = lines_in(available - header)
        need = math.ceil(len(lines) / region.columns)
        boxes = []
        y = top
        for kind, height, data in parts:
            boxes.append(Box(kind, region.x, y, region.width, height, data))
            y += height
        if per_column_room >= need:
            per_column, shown, jump = need, lines, None
        else:
            per_column = per_column_room
            capacity = per_column * region.columns - 1  # the last line slot holds the jump
            shown, rest = lines[:capacity], lines[capacity:]
            target = self.jump_target(page)
            if target is not None and self.can_take(target, story, rest):
                jump = self.send_jump(page, target, story, rest)
            else:
                jump = {"online": True}
        body_height = per_column * LEADING
        self.columns(boxes, story, shown, region, y, per_column, jump)
        height = y + body_height - top
        boxes.append(
            Box(
                "region",
                region.x,
                top,
                region.width,
                height,
                {"url": story.url, "story": story, "part": "start" if jump else "whole"},
            )
        )
        return {"boxes": boxes, "height": height, "photo": any(p[0] == "photo" for p in parts)}

    def columns(self, boxes, story, lines, region, y, per_column, jump=None, headline=None):
        for column in range(region.columns):
            chunk = lines[column * per_column : (column + 1) * per_column]
            if not chunk and not (jump and column == region.columns - 1):
                continue
            boxes.append(
                Box(
                    "column",
                    column_x(region.column + column),
                    y,
                    COLUMN_WIDTH,
                    per_column * LEADING,
                    {
                        "story": story,
                        "lines": chunk,
                        "jump": jump if column == region.columns - 1 else None,
                    },
                )
            )

    # Jumps.

    def can_take(self, target, story, rest):
        """Tell whether `target`'s jump band has room for `rest` (at least a short part of it)."""
        area = CONTENT_BOTTOM - MARGIN_TOP - RUNNING_HEAD_HEIGHT
        room = area * JUMP_BAND_MAX - target.jump_band
        return room >= JUMP_HEAD + 3 * LEADING + MODULE_GAP

    def send_jump(self, page, target, story, rest):
        area = CONTENT_BOTTOM - MARGIN_TOP - RUNNING_HEAD_HEIGHT
        room = area * JUMP_BAND_MAX - target.jump_band - JUMP_HEAD - MODULE_GAP
        max_lines = lines_in(room) * COLUMNS
        truncated = len(rest) > max_lines
        if truncated:
            rest = rest[: max_lines - 1]
        height = JUMP_HEAD + math.ceil((len(rest) + truncated) / COLUMNS) * LEADING + MODULE_GAP
        target.jump_band += height
        target.incoming.append(Continuation(story, rest, page.number, truncated))
        self.jumps.append((story.article_id, page.number, target.number))
        return {"page": target.number}

    def place_continuations(self, page, bottom):
        y = bottom + MODULE_GAP
        region = Region(0, COLUMNS, y, CONTENT_BOTTOM)
        for continuation in page.incoming:
            story = continuation.story
            lines = continuation.lines
            per_column = math.ceil((len(lines) + continuation.truncated) / COLUMNS)
            boxes = [
                Box(
                    "jump-head",
                    region.x,
                    y,
                    region.width,
                    JUMP_HEAD,
                    {"text": story.headline, "from_page": continuation.from_page},
                )
            ]
            jump = {"online": True} if continuation.truncated else None
            region.top = y
            self.columns(boxes, story, lines, region, y + JUMP_HEAD, per_column, jump)
            height = JUMP_HEAD + per_column * LEADING
            boxes.append(
                Box(
                    "region",
                    region.x,
                    y,
                    region.width,
                    height,
                    {"url": story.url, "story": story, "part": "continuation"},
                )
            )
            page.boxes.extend(boxes)
            page.stories.append(story.article_id)
            y += height + MODULE_GAP

    # Briefs fill what the stories leave.

    def briefs(self, page, region, top, height):
        """Fill a gap with stories set short (headline and standfirst): the section's least
        newsworthy first, which the layout would otherwise drop."""
        if height < 40:
            return
        if height < 60:
            return
        if page.kind == "front":
            page.boxes.append(Box("promo", region.x, top, region.width, height, {}))
            return
        pool = [
            s
            for s in self.order.all()
            if s.article_id not in self.placed and (page.kind == "opinion") == s.is_opinion
        ]
        # The section's own least newsworthy stories, then what earlier sections left over;
        # never a story a later section's pages are still to take.
        same = [s for s in pool if s.section_title == page.section]
        done = [s for s in pool if s.section_title in self.done_sections and s not in same]
        pool = same[::-1] + done[::-1]
        head_height = 20.0
        cursors = [top + head_height] * region.columns
        items = []
        for story in pool[: BRIEFS_MAX * region.columns]:
            paragraphs = [
                Paragraph(words=story.headline.split(), style="serif-bold", indent=False),
                Paragraph(words=story.standfirst.split(), indent=False),
            ]
            lines = set_paragraphs(paragraphs, BODY_SIZE, COLUMN_WIDTH, 0)
            h = len(lines) * LEADING
            column = min(range(region.columns), key=lambda c: cursors[c])
            if cursors[column] + h > top + height:
                continue
            items.append((story, column, cursors[column], h, paragraphs, lines))
            cursors[column] += h + 8
            self.placed.add(story.article_id)
            page.stories.append(story.article_id)
        if not items:
            page.boxes.append(Box("promo", region.x, top, region.width, height, {}))
            return
        page.boxes.append(Box("briefs-head", region.x, top, region.width, head_height, {}))
        for story, column, y, h, paragraphs, lines in items:
            x = column_x(region.column + column)
            page.boxes.append(
                Box("brief", x, y, COLUMN_WIDTH, h, {"paragraphs": paragraphs, "lines": lines})
            )
            page.boxes.append(
                Box(
                    "region",
                    x,
                    y,
                    COLUMN_WIDTH,
                    h,
                    {"url": story.url, "story": story, "part": "whole"},
                )
            )
