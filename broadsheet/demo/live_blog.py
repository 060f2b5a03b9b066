"""The demo paper's live blog: a storm over Northport, told in 24 entries, its coverage ended."""

from datetime import timedelta

from broadsheet.articles.models import ArticleAuthor
from broadsheet.liveblogs.models import EntryKind, EntryState, KeyPoint, LiveBlogEntry, LiveBlogPage

from .writer import PhotoSpec

HEADLINE = "Live: Storm Maren crosses Northport"
STANDFIRST = (
    "Gales, a tidal surge and a night of closed roads: the storm as it happened, from the first "
    "warning to the all-clear."
)
KEY_POINTS = (
    "The storm passed over Northport between 16:00 and 22:00, with gusts of up to 118 km/h.",
    "The harbour wall held; about 40 homes on the Lower Quay were flooded.",
    "No one was seriously hurt. Schools reopen tomorrow, the ferries on Thursday.",
)
FLOOD_PHOTO = PhotoSpec(
    seed=7741,
    scene="flood",
    caption="Water over the Lower Quay at high tide.",
    credit="Courier staff",
    alt_text="Illustration: houses standing in brown flood water under a grey sky.",
)
# (minutes after the start, kind, headline, text, extra fields)
ENTRIES = (
    (
        0,
        "text",
        "Amber warning for the coast",
        "The weather service has raised its warning for the coast to amber from 15:00. Gusts of 100 km/h or more are expected by early evening.",
        {},
    ),
    (
        12,
        "text",
        "",
        "The harbour master has closed the outer harbour. Fishing boats that went out this morning have been called back.",
        {},
    ),
    (
        25,
        "quote",
        "",
        "",
        {
            "quote": "Stay at home tonight unless you really have to travel.",
            "attribution": "Inspector Hale, Northport police",
        },
    ),
    (
        38,
        "text",
        "Ferries cancelled",
        "All evening crossings to the islands are cancelled. The ferry company says it will decide on tomorrow's sailings at 07:00.",
        {},
    ),
    (
        51,
        "text",
        "",
        "Schools closed early at 14:30. Parents we spoke to outside St Brendan's said the message came at lunchtime.",
        {},
    ),
    (
        64,
        "embed",
        "",
        "The weather service's map of the storm's track, updated every hour.",
        {"embed_url": "https://weather.example.org/storms/maren/track"},
    ),
    (
        80,
        "text",
        "First gusts reach the city",
        "The first strong gusts reached the seafront shortly after four. A tree is down across Marsh Road near the park gates.",
        {},
    ),
    (
        95,
        "text",
        "",
        "Marsh Road is closed between the park and the roundabout while the council clears the tree. Buses are diverted along Quarry Lane.",
        {},
    ),
    (
        110,
        "text",
        "",
        "Northport Athletic have postponed tonight's youth fixtures. Saturday's first-team match is still on for now.",
        {},
    ),
    (125, "photo", "", "Water over the Lower Quay as the tide came in.", {}),
    (
        140,
        "text",
        "Surge tops the Lower Quay",
        "The tidal surge has gone over the quay wall at the Lower Quay. The fire service is helping residents of about 40 homes move to the sports hall on Canal Street.",
        {},
    ),
    (
        150,
        "quote",
        "",
        "",
        {
            "quote": "We had ten minutes. The water came under the door before we had the photographs upstairs.",
            "attribution": "Nora Pell, Lower Quay resident",
        },
    ),
    (
        165,
        "text",
        "",
        "The sports hall is taking anyone who needs a bed tonight. The council says there is room for 200 people, with food and blankets.",
        {},
    ),
    (
        180,
        "text",
        "Power cuts in the east",
        "About 3,000 homes in the eastern districts have lost power. The network operator says engineers are out but will not work on lines in winds this strong.",
        {},
    ),
    (
        196,
        "text",
        "",
        "The strongest gust so far, 118 km/h, was recorded at the lighthouse at 18:40.",
        {},
    ),
    (
        210,
        "text",
        "",
        "The harbour wall is holding, according to the harbour master, who has been on the breakwater with the engineers.",
        {},
    ),
    (
        228,
        "text",
        "",
        "Police ask drivers to keep off the coast road altogether. Two cars were caught by water at the Sands junction; both drivers got out safely.",
        {},
    ),
    (
        245,
        "embed",
        "",
        "The network operator's live map of the power cuts.",
        {"embed_url": "https://power.example.org/outages"},
    ),
    (
        262,
        "text",
        "Wind easing",
        "The wind has started to ease. The weather service expects the gusts to drop below 80 km/h by ten.",
        {},
    ),
    (
        280,
        "text",
        "",
        "Power is back for about half of the homes that lost it. The operator hopes to reconnect the rest by morning.",
        {},
    ),
    (
        300,
        "text",
        "",
        "The tide has turned and the water is going back from the Lower Quay. Residents will not be allowed home before the houses have been checked.",
        {},
    ),
    (
        318,
        "quote",
        "",
        "",
        {
            "quote": "The wall did its job. Ten years ago this would have been the whole of the Quay.",
            "attribution": "Idris Obi, harbour master",
        },
    ),
    (
        335,
        "text",
        "Warning lifted",
        "The weather service has lifted the amber warning. Schools open as usual tomorrow; the first ferries sail on Thursday.",
        {},
    ),
    (
        350,
        "text",
        "That is all from us tonight",
        "Thank you for following. Our reporters will be on the Lower Quay in the morning as residents go back; the full story is in tomorrow's paper.",
        {},
    ),
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
