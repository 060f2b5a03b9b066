"""The admin screens a newsroom uses all day, through axe-core: no serious or critical violation.

Every violation found, of any impact, is written to test-artifacts/checkers/admin-screens.txt,
with what Wagtail's own markup causes listed apart. WAGTAIL_OWN names those nodes (markup that
Wagtail renders and our templates cannot change); anything else serious fails the test. A new
screen joins by adding one line to SCREENS.
"""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from broadsheet.editions.build import get_or_plan_edition, plan_running_order
from broadsheet.newsletter import signup
from broadsheet.newsletter.digest import build_issue
from broadsheet.newsletter.setup import ensure_newsletters
from broadsheet.newsroom.trash import move_to_trash
from broadsheet.wires.ingest import ingest_path
from broadsheet.wires.models import QuarantinedFile, WireItem
from tests.conftest import ARTIFACTS_DIR, axe_violations, describe_violations
from tests.factories import (
    make_article,
    make_entry,
    make_live_blog,
    make_person,
    make_photo,
    make_section,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-1"
REPORT = ARTIFACTS_DIR / "checkers" / "admin-screens.txt"
SAMPLES = Path(__file__).resolve().parents[1] / "wires" / "samples"
SCREENS = [
    ("dashboard", lambda w: "/admin/"),
    ("page explorer", lambda w: f"/admin/pages/{w['section'].pk}/"),
    ("article editor", lambda w: f"/admin/pages/{w['article'].pk}/edit/"),
    ("new article", lambda w: f"/admin/pages/add/articles/articlepage/{w['section'].pk}/"),
    ("article history", lambda w: f"/admin/pages/{w['article'].pk}/history/"),
    ("image library", lambda w: "/admin/images/"),
    ("image upload", lambda w: "/admin/images/multiple/add/"),
    ("image editor", lambda w: f"/admin/images/{w['photo'].pk}/"),
    ("people", lambda w: reverse("wagtailsnippets_people_person:list")),
    ("person editor", lambda w: reverse("wagtailsnippets_people_person:edit", args=[w["person"]])),
    ("wire desk", lambda w: reverse("wires_admin:desk")),
    ("wire item with versions", lambda w: reverse("wires_admin:item", args=[w["wire_item"]])),
    ("wire quarantine", lambda w: reverse("wires_admin:quarantine")),
    ("wire agencies", lambda w: reverse("wagtailsnippets_wires_agency:list")),
    ("import a web page", lambda w: reverse("wires_import:import")),
    ("newsletter issues", lambda w: reverse("newsletter_issues:index")),
    ("newsletter issue", lambda w: reverse("newsletter_admin:issue", args=[w["issue"]])),
    ("newsletter build", lambda w: reverse("newsletter_admin:build")),
    ("newsletter subscribers", lambda w: reverse("newsletter_subscribers:index")),
    (
        "newsletter subscriber",
        lambda w: reverse("newsletter_subscribers:edit", args=[w["subscriber"]]),
    ),
    ("today's paper", lambda w: reverse("editions_admin:index")),
    ("edition running order", lambda w: reverse("editions_admin:edition", args=[w["edition"]])),
    ("trash", lambda w: reverse("newsroom_trash:index")),
    ("live desk", lambda w: reverse("liveblogs_admin:index")),
    ("live blog's desk", lambda w: reverse("liveblogs_admin:desk", args=[w["live_blog"]])),
    ("live entry editor", lambda w: reverse("liveblogs_admin:edit", args=[w["entry"]])),
    ("update and correction notes", lambda w: reverse("story_notes", args=[w["corrected"]])),
]
SERIOUS = {"serious", "critical"}
WAGTAIL_OWN = {
    # The tag field's jQuery UI autocomplete input carries no label of its own.
    ("label", ".ui-autocomplete-input"),
    # The multiple-upload file input is labelled by a styled button, not a <label>.
    ("label", "#fileupload"),
    # Draftail's rich-text areas are named by a placeholder, which axe does not count.
    ("aria-input-field-name", ".public-DraftEditor-content"),
    # At phone width the editor's minimap toggle is smaller than 24 px with no room around it.
    ("target-size", "#w-minimap-toggle"),
}


def wagtails(violation, node):
    """Tell whether `node` of `violation` is Wagtail's own markup, as WAGTAIL_OWN lists it."""
    where = " ".join(str(part) for part in node["target"]) + " " + node["html"]
    return any(
        violation["id"] == rule and selector.lstrip(".#") in where for rule, selector in WAGTAIL_OWN
    )


def split(violations):
    """Return (ours, Wagtail's): the violations with their nodes shared out between the two."""
    mine, theirs = [], []
    for violation in violations:
        own = [node for node in violation["nodes"] if not wagtails(violation, node)]
        other = [node for node in violation["nodes"] if wagtails(violation, node)]
        if own:
            mine.append({**violation, "nodes": own})
        if other:
            theirs.append({**violation, "nodes": other})
    return mine, theirs


@pytest.fixture
def world():
    """A working newsroom: stories, photos, wire copy (and a quarantined file), today's
    edition with its running order, a newsletter issue with a subscriber, a story in the trash."""
    call_command("setup_newsroom", verbosity=0)
    newsletter = ensure_newsletters()["daily-briefing"]
    section = make_section("News", "news")
    make_section("World", "world")
    for n in range(3):
        make_article(section, f"Council story {n}", photo=None)
    get_user_model().objects.create_superuser("ada", password=PASSWORD)
    ingest_path(SAMPLES / "ninjs2-story.json")
    ingest_path(SAMPLES / "ninjs2-story-v2.json")
    ingest_path(SAMPLES / "newsml-item.xml")
    ingest_path(SAMPLES / "broken.xml")
    assert QuarantinedFile.objects.exists()
    subscriber, _mail = signup.request_subscription("reader@example.org", [newsletter])
    signup.confirm(signup.confirmation_token(subscriber))
    move_to_trash(make_article(section, "Filed by mistake", photo=None))
    edition = get_or_plan_edition(timezone.localdate())
    plan_running_order(edition)
    live_blog = make_live_blog(section, "Live: the harbour vote", entries=2)
    corrected = make_article(section, "The bridge reopens", corrections=["The date was wrong."])
    return {
        "live_blog": live_blog.pk,
        "entry": make_entry(live_blog, "The count begins.").pk,
        "corrected": corrected.pk,
        "section": section,
        "article": make_article(section, "Harbour talks resume", tags=["Port strike"]),
        "photo": make_photo("Cranes at dawn"),
        "person": make_person("Mara Quist", is_columnist=True).pk,
        "wire_item": WireItem.objects.filter(versions__version=2).distinct().get().pk,
        "issue": build_issue(newsletter, timezone.localdate())[0].pk,
        "subscriber": subscriber.pk,
        "edition": edition.pk,
    }


def check(page, name, width, lines, problems):
    """Run axe on what `page` shows; note its figures, and any serious violation of ours."""
    violations = axe_violations(page)
    mine, theirs = split(violations)
    serious = [v for v in mine if v["impact"] in SERIOUS]
    lines.append(
        f"{name:28} {width:>5} {len(serious):>7} {sum(len(v['nodes']) for v in mine):>5}"
        f"  {', '.join(f'{v["id"]}({v["impact"]}) {v["nodes"][0]["target"][0]}' for v in theirs) or '-'}"
    )
    if serious:
        problems.append(f"{name} at {width}px:\n{describe_violations(serious)}")


def open_image_chooser(page, base_url, world):
    """In a new story, open the lead photo's chooser as an editor does."""
    page.goto(f"{base_url}/admin/pages/add/articles/articlepage/{world['section'].pk}/")
    page.get_by_role("button", name="Choose an image").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("heading", name="Choose an image").wait_for()
    # The dialog and its tabs fade in: checked mid-transition, their colours fail contrast on a
    # slow machine. Wait until nothing on the page moves and the dialog is fully opaque.
    page.wait_for_function(
        """() => {
            const dialog = document.querySelector('[role=dialog]:has([role=tab])');
            if (!dialog) return false;
            const moving = dialog.getAnimations({subtree: true})
                .some(motion => motion.playState === 'running');
            for (let box = dialog; box; box = box.parentElement) {
                if (getComputedStyle(box).opacity !== '1') return false;
            }
            return !moving;
        }"""
    )
    return dialog


def test_admin_screens_have_no_serious_violations(page, live_server, world):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "ada")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")
    problems = []
    lines = [f"{'screen':28} {'width':>5} {'serious':>7} {'ours':>5}  Wagtail's own"]
    for width in (375, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        for name, path_for in SCREENS:
            response = page.goto(live_server.url + path_for(world))
            assert response.status == 200, f"{name}: {response.status}"
            check(page, name, width, lines, problems)
        dialog = open_image_chooser(page, live_server.url, world)
        dialog.locator("a[href*='image'], .listing").first.wait_for()
        check(page, "image chooser", width, lines, problems)
        dialog.get_by_role("tab", name="Upload").click()
        dialog.get_by_label("Title").first.wait_for()
        check(page, "image chooser, upload tab", width, lines, problems)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))
    assert not problems, "\n".join(problems)
