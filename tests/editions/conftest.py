"""Content for edition tests: sections of real articles, long enough to fill and jump pages."""

import random
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from tests.factories import make_article, make_person, make_photo, make_section

SECTIONS = [
    ("News", "news"),
    ("World", "world"),
    ("Business", "business"),
    ("Sport", "sport"),
    ("Culture", "culture"),
    ("Opinion", "opinion"),
]
WORDS = [
    "council",
    "minister",
    "report",
    "board",
    "plans",
    "budget",
    "river",
    "bridge",
    "harbour",
    "city",
    "region",
    "market",
    "trade",
    "workers",
    "union",
    "agreement",
    "court",
    "ruling",
    "season",
    "club",
    "coach",
    "match",
    "theatre",
    "festival",
    "museum",
    "research",
    "scientists",
    "hospital",
    "patients",
    "school",
    "teachers",
    "vote",
    "election",
    "campaign",
    "mayor",
    "police",
    "residents",
    "station",
    "railway",
    "airport",
    "energy",
    "prices",
    "rates",
    "bank",
    "growth",
    "exports",
    "farmers",
    "weather",
    "storm",
    "flood",
    "record",
    "officials",
    "statement",
    "inquiry",
    "evidence",
    "committee",
    "proposal",
    "funding",
    "project",
]
FILLER = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "that",
    "was",
    "said",
    "by",
    "at",
    "from",
    "which",
    "after",
]

# The tasks run in the test process, on the editions queue the real settings declare.
TASKS = {
    "default": {
        "BACKEND": "django.tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}


def sentence(rng):
    words = [
        rng.choice(WORDS if rng.random() < 0.55 else FILLER) for _ in range(rng.randint(9, 24))
    ]
    return " ".join(words).capitalize() + "."


def paragraphs(rng, count):
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]


@pytest.fixture
def edition_tasks():
    with override_settings(TASKS=TASKS):
        yield


def make_newspaper(stories_per_section=6, seed=4):
    """Fill sections with live articles of varied weight and length, and a few drafts."""
    rng = random.Random(seed)
    now = timezone.now()
    reporter = make_person("Ada Reporter")
    columnist = make_person("Cal Columnist", is_columnist=True)
    photos = [make_photo(f"Scene {n}", caption=f"A scene from story {n}.") for n in range(4)]
    made = {"live": [], "drafts": []}
    for title, slug in SECTIONS:
        section = make_section(title, slug)
        for n in range(stories_per_section):
            opinion = slug == "opinion"
            article = make_article(
                section,
                f"{title} story {n + 1}: {' '.join(rng.choice(WORDS) for _ in range(5))}",
                standfirst=sentence(rng),
                paragraphs=paragraphs(rng, rng.randint(5, 16)),
                authors=[columnist if opinion else reporter],
                kind="opinion" if opinion else "news",
                dateline="" if opinion else rng.choice(["", "LONDON", "GLASGOW"]),
                photo=photos[n % 4] if n < 3 and not opinion else None,
                weight=max(1, 5 - n),
                published=now - timedelta(hours=n * 3 + 1),
            )
            made["live"].append(article)
        made["drafts"].append(
            make_article(section, f"Secret draft in {title}", live=False, weight=5)
        )
    return made
