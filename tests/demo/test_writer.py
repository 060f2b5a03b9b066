"""The demo paper's content generator: deterministic, well populated and newspaper-shaped."""

import re
from collections import Counter
from functools import cache

from broadsheet.demo.writer import SCENES, TAGS, expand, slugify, smarten, write_paper


@cache
def paper():
    return write_paper()


def test_same_seed_writes_the_same_paper():
    assert write_paper() == paper()


def test_different_seeds_write_different_papers():
    other = write_paper(seed=7)
    assert [s.headline for s in other.stories] != [s.headline for s in paper().stories]


def test_sections():
    slugs = [s.slug for s in paper().sections]
    assert len(slugs) >= 7
    assert {"news", "world", "business", "sport", "culture", "opinion"} <= set(slugs)
    assert {"science", "technology"} & set(slugs)
    assert all(s.title and s.intro for s in paper().sections)


def test_people():
    people = [p for p in paper().people if p.on_staff]
    assert len({p.slug for p in people}) == len(people)
    columnists = [p for p in people if p.is_columnist]
    assert columnists and len(columnists) < len(people)
    assert all("Columnist, " in p.role for p in columnists)
    assert all(p.bio.count(".") >= 2 for p in people)
    assert len({p.portrait_seed for p in people}) == len(people)


def test_some_stories_credit_more_than_their_reporters():
    guests = {p.slug: p for p in paper().people if not p.on_staff}
    assert {p.role for p in guests.values()} == {
        "Freelance photographer",
        "Freelance graphics journalist",
    }
    credited = [s for s in paper().stories if s.credits]
    assert len(credited) == 6
    for story in credited:
        roles = {role: slug for slug, role in story.credits}
        assert roles["photography"] in guests and "additional_reporting" in roles
        assert roles["additional_reporting"] not in story.author_slugs
        assert story.photo.credit == guests[roles["photography"]].name
    assert sum(1 for s in credited if len(s.author_slugs) + len(s.credits) >= 4) >= 3


def test_every_section_gets_stories():
    stories = paper().stories
    per_section = Counter(s.section_slug for s in stories)
    assert set(per_section) == {s.slug for s in paper().sections}
    assert min(per_section.values()) >= 30
    assert per_section["opinion"] >= 30


def test_other_sizes():
    small = write_paper(seed=3, story_count=60)
    assert len(small.stories) == 60
    assert len({s.slug for s in small.stories}) == 60
    assert len(set(Counter(s.section_slug for s in small.stories))) == 7


def test_slugs_are_unique_and_clean():
    slugs = [s.slug for s in paper().stories]
    assert len(set(slugs)) == len(slugs)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)


def test_every_author_exists():
    people = {p.slug: p for p in paper().people}
    for story in paper().stories:
        assert set(story.author_slugs) <= people.keys()
        if story.kind == "opinion":
            assert len(story.author_slugs) == 1
            assert people[story.author_slugs[0]].is_columnist
        elif not story.agency:
            assert story.author_slugs
            assert not any(people[a].is_columnist for a in story.author_slugs)


def test_every_columnist_writes_several_columns():
    columns = Counter(s.author_slugs[0] for s in paper().stories if s.kind == "opinion")
    columnists = {p.slug for p in paper().people if p.is_columnist}
    assert set(columns) == columnists
    assert min(columns.values()) >= 5


def test_headlines_and_standfirsts():
    for story in paper().stories:
        assert 40 <= len(story.headline) <= 90, story.headline
        assert story.headline[0].isupper()
        assert 1 <= len(re.findall(r"[.!?](\s|$)", story.standfirst)) <= 2, story.standfirst


def test_paragraphs_read_like_copy():
    for story in paper().stories:
        assert 6 <= len(story.paragraphs) <= 14, story.headline
        for text in (story.headline, story.standfirst, *story.paragraphs):
            assert not re.search(r"[\[\]{}|\"']", text), text
            assert "  " not in text
        if story.kind == "opinion":
            assert any(re.search(r"\b(I|my|me)\b", p) for p in story.paragraphs)
    news = [s for s in paper().stories if s.kind == "news"]
    quoted = [s for s in news if any("”" in p and " said" in p for p in s.paragraphs)]
    assert len(quoted) > 0.9 * len(news)


def test_quotes_are_attributed_with_typographic_marks():
    story = next(s for s in paper().stories if s.kind == "news")
    quote = next(p for p in story.paragraphs if p.startswith("“"))
    assert re.match(r"“[^”]+[,?!]” (said [A-Z]|[A-Z].* said\.)", quote), quote


def test_datelines():
    for story in paper().stories:
        if story.kind == "news":
            assert story.dateline and story.dateline == story.dateline.upper()
        else:
            assert story.dateline == ""


def test_tags_come_from_the_vocabulary():
    assert 35 <= len(TAGS) <= 60
    for story in paper().stories:
        assert 2 <= len(story.tags) <= 5
        assert set(story.tags) <= set(TAGS)


def test_storylines_share_tags_across_days():
    strike = [s for s in paper().stories if "Port strike" in s.tags]
    assert len(strike) >= 6
    assert {s.section_slug for s in strike} >= {"news", "business", "opinion"}
    days = {s.minutes_ago // 1440 for s in strike}
    assert max(days) - min(days) >= 14
    assert sum("port" in " ".join(s.paragraphs).lower() for s in strike) == len(strike)


def test_time_spread_favours_recent_days():
    minutes = [s.minutes_ago for s in paper().stories]
    assert all(0 <= m <= 30 * 1440 for m in minutes)
    first_week = sum(m < 7 * 1440 for m in minutes)
    last_week = sum(m >= 23 * 1440 for m in minutes)
    assert first_week > 2 * last_week
    assert len({m // 1440 for m in minutes}) >= 25


def test_agency_copy():
    stories = paper().stories
    wire = [s for s in stories if s.agency]
    assert 0.12 <= len(wire) / len(stories) <= 0.18
    assert {s.agency for s in wire} <= {"Meridian Wire", "Continental Press", "Northern Newswire"}
    assert sum(not s.author_slugs for s in wire) > len(wire) / 2
    assert all(len(s.author_slugs) <= 1 and s.photo.credit == s.agency for s in wire)


def test_corrections_and_updates():
    stories = paper().stories
    corrected = [s for s in stories if s.corrections]
    assert 0.03 <= len(corrected) / len(stories) <= 0.07
    for story in corrected:
        assert 1 <= len(story.corrections) <= 2
        assert all(0 < c.hours_after * 60 < story.minutes_ago for c in story.corrections)
        assert all(c.text.endswith(".") for c in story.corrections)
    updated = [s for s in stories if s.updated_minutes_after is not None]
    assert 0.15 <= len(updated) / len(stories) <= 0.25
    assert all(0 < s.updated_minutes_after < s.minutes_ago for s in updated)
    assert all(s.update_note.endswith(".") for s in updated)
    assert not any(s.update_note for s in stories if s.updated_minutes_after is None)


def test_kinds_and_weights():
    kinds = Counter(s.kind for s in paper().stories)
    assert set(kinds) == {"news", "opinion", "analysis"}
    assert 3 <= kinds["analysis"] <= 10
    weights = Counter(s.weight for s in paper().stories)
    assert set(weights) == {1, 2, 3, 4, 5}
    assert weights[5] < weights[3]


def test_photos_and_extras():
    stories = paper().stories
    for story in stories:
        for photo in filter(None, (story.photo, story.body_photo)):
            assert photo.scene in SCENES
            assert photo.caption.endswith(".") and photo.credit not in photo.caption
            assert photo.alt_text.startswith("Illustration")
        if story.pull_quote:
            assert all(story.pull_quote)
        if story.fact_box:
            assert story.fact_box[0] and len(story.fact_box[1]) >= 3
    assert len({s.photo.seed for s in stories}) == len(stories)
    assert 0.15 < sum(bool(s.body_photo) for s in stories) / len(stories) < 0.45
    assert sum(bool(s.pull_quote) for s in stories) > 50
    assert sum(bool(s.fact_box) for s in stories) > 10


def test_markup_helpers():
    from random import Random

    assert expand("[a|a] {x} said 'no'", Random(1), {"x": "Ana"}) == "A Ana said ‘no’"
    assert smarten('"Yes," she said, the union\'s leader') == "“Yes,” she said, the union’s leader"
    assert slugify("Dock workers accept 7% pay deal, ending Northport’s strike") == (
        "dock-workers-accept-7-pay-deal-ending-northports-strike"
    )
