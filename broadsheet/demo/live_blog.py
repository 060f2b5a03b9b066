"""The demo paper's live blog: a storm over Northport, told in 24 entries, its coverage ended."""

import json
from datetime import timedelta
from importlib.resources import files

from broadsheet.articles.models import ArticleAuthor
from broadsheet.liveblogs.models import EntryKind, EntryState, KeyPoint, LiveBlogEntry, LiveBlogPage

from .writer import PhotoSpec

# The copy is data (copy/live_blog/storm-maren.json): headline, standfirst, key points, the
# photo and the entries, each with its minutes after the start, kind, headline, text and extras.
COPY = json.loads(
    (files("broadsheet.demo") / "copy" / "live_blog" / "storm-maren.json").read_text(
        encoding="utf-8"
    )
)
HEADLINE = COPY["headline"]
STANDFIRST = COPY["standfirst"]
KEY_POINTS = tuple(COPY["key_points"])
FLOOD_PHOTO = PhotoSpec(**COPY["photo"])
ENTRIES = tuple(
    (entry["minutes"], entry["kind"], entry["headline"], entry["text"], entry["extra"])
    for entry in COPY["entries"]
)


def make_live_blog(section, people, now, photo_maker):
    """Create the live blog in `section`, with its entries from `people`, coverage ended."""
    start = now - timedelta(days=1, hours=4)
    end = start + timedelta(minutes=ENTRIES[-1][0] + 5)
    reporters = [person for person in people.values() if not person.is_columnist][:3]
    blog = LiveBlogPage(
        title=HEADLINE,
        slug="live-storm-maren-crosses-northport",
        standfirst=STANDFIRST,
        dateline="Northport",
        weight=4,
        body=[],
        first_published_at=start,
        last_published_at=end,
        updated_at=end,
        coverage_start=start,
        coverage_end=end,
        live=True,
        search_description=STANDFIRST[:300],
    )
    for order, person in enumerate(reporters):
        blog.article_authors.add(ArticleAuthor(person=person, sort_order=order))
    for order, text in enumerate(KEY_POINTS):
        blog.key_points.add(KeyPoint(text=text, sort_order=order))
    section.add_child(instance=blog)
    blog.tags.add("Storm Maren")
    blog.save()
    photo = photo_maker(FLOOD_PHOTO, HEADLINE)
    LiveBlogEntry.objects.bulk_create(
        LiveBlogEntry(
            live_blog=blog,
            kind=EntryKind(kind),
            state=EntryState.PUBLISHED,
            author=reporters[number % len(reporters)],
            headline=headline,
            text=text,
            photo=photo if kind == "photo" else None,
            posted_at=start + timedelta(minutes=minutes),
            changed_at=start + timedelta(minutes=minutes),
            **extra,
        )
        for number, (minutes, kind, headline, text, extra) in enumerate(ENTRIES)
    )
    return blog
