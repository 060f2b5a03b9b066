"""A newsroom with a live blog: the roles, a reporter, an editor, a section."""

from io import StringIO

import pytest
from django.core.management import call_command

from broadsheet.newsroom.roles import EDITORS, REPORTERS
from tests.factories import make_home, make_person, make_section
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
