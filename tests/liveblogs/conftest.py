"""A newsroom with a live blog: the roles, a reporter, an editor, a section."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command

from broadsheet.newsroom.roles import EDITORS, REPORTERS
from tests.factories import make_entry, make_home, make_live_blog, make_person, make_section
from tests.newsroom.admin_browser import make_newsroom
from tests.newsroom.conftest import user_in


@pytest.fixture
def newsroom(db):
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    return {
        "reporter": user_in(REPORTERS, "rita", "Rita", "Reporter"),
        "editor": user_in(EDITORS, "ed", "Edna", "Editor"),
        "section": make_section("News", "news"),
        "rita": make_person("Rita Reporter", photo=False),
        "edna": make_person("Edna Editor", photo=False),
    }


@pytest.fixture
def room(settings):
    """The newsroom with a live blog under way, served through the page cache."""
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    room = make_newsroom()
    author = room["people"][0]
    room["blog"] = make_live_blog(
        room["news"], "Live: search for missing sailors", authors=[author]
    )
    make_entry(room["blog"], "Lifeboats from two stations have joined the search.", author=author)
    yield room
    cache.clear()
