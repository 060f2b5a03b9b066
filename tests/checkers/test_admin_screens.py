"""The admin screens a newsroom uses all day, through axe-core: no serious or critical violation.

Every violation found, of any impact, is written to test-artifacts/checkers/admin-screens.txt.
WAGTAIL_OWN lists what Wagtail's own markup causes, which we cannot change from our templates;
anything else serious fails the test.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from broadsheet.newsletter.setup import ensure_newsletters
from tests.conftest import ARTIFACTS_DIR, axe_violations, describe_violations
from tests.factories import make_article, make_photo, make_section

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-1"
REPORT = ARTIFACTS_DIR / "checkers" / "admin-screens.txt"
SCREENS = [
    ("dashboard", lambda w: "/admin/"),
    ("page explorer", lambda w: f"/admin/pages/{w['section'].pk}/"),
    ("article editor", lambda w: f"/admin/pages/{w['article'].pk}/edit/"),
    ("new article", lambda w: f"/admin/pages/add/articles/articlepage/{w['section'].pk}/"),
    ("image library", lambda w: "/admin/images/"),
    ("image upload", lambda w: "/admin/images/multiple/add/"),
    ("image chooser", lambda w: "/admin/images/chooser/"),
    ("image editor", lambda w: f"/admin/images/{w['photo'].pk}/"),
    ("newsletter issues", lambda w: "/admin/newsletter/issues/"),
    ("newsletter subscribers", lambda w: "/admin/newsletter/subscribers/"),
    ("today's paper", lambda w: "/admin/editions/"),
    ("trash", lambda w: "/admin/trash/"),
]
SERIOUS = {"serious", "critical"}
WAGTAIL_OWN = {
    # The tag field's jQuery UI autocomplete input carries no label of its own.
    ("label", ".ui-autocomplete-input"),
    # The multiple-upload file input is labelled by a styled button, not a <label>.
    ("label", "#fileupload"),
    # Draftail's rich-text areas are named by a placeholder, which axe does not count.
    ("aria-input-field-name", ".public-DraftEditor-content"),
    # The image chooser URL answers with a modal's fragment, not a whole document.
    ("document-title", "html"),
    ("html-has-lang", "html"),
}


def ours(violation):
    """The nodes of `violation` that WAGTAIL_OWN does not account for."""
    return [
        node
        for node in violation["nodes"]
        if not any(
            violation["id"] == rule and selector.lstrip(".#") in json.dumps(node)
            for rule, selector in WAGTAIL_OWN
        )
    ]


@pytest.fixture
def world():
    call_command("setup_newsroom", verbosity=0)
    ensure_newsletters()
    section = make_section("News")
    get_user_model().objects.create_superuser("ada", password=PASSWORD)
    return {
        "section": section,
        "article": make_article(section, "Harbour talks resume", tags=["Port strike"]),
        "photo": make_photo("Cranes at dawn"),
    }


def test_admin_screens_have_no_serious_violations(page, live_server, world):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "ada")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")
    problems, lines = [], []
    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path_for in SCREENS:
            response = page.goto(live_server.url + path_for(world))
            assert response.status == 200, f"{name}: {response.status}"
            violations = axe_violations(page)
            serious = [
                {**v, "nodes": ours(v)} for v in violations if v["impact"] in SERIOUS and ours(v)
            ]
            lines.append(
                f"{name:24} {width:>5} serious {len(serious):>2}  all "
                + (", ".join(f"{v['id']}({v['impact']})" for v in violations) or "none")
            )
            if serious:
                problems.append(f"{name} at {width}px:\n{describe_violations(serious)}")
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))
    assert not problems, "\n".join(problems)
