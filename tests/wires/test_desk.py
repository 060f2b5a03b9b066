"""The wire desk in the admin: editors see, compare, publish, spike and retry; reporters do not."""

from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.management import call_command
from django.urls import reverse

from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.wires.ingest import ingest_bytes, ingest_path
from broadsheet.wires.models import Agency, ItemState, QuarantinedFile, WireItem
from broadsheet.wires.wagtail_hooks import refuse_to_republish_a_killed_story
from tests.factories import make_home, make_section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent / "samples"


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def newsroom():
    make_home()
    make_section("World")
    call_command("setup_newsroom", stdout=StringIO())
    return {"editor": user_in(EDITORS, "ed"), "reporter": user_in(REPORTERS, "rita")}


@pytest.fixture
def editor_client(client, newsroom):
    client.force_login(newsroom["editor"])
    return client


def text_of(response):
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_every_desk_url_refuses_a_reporter(client, newsroom):
    item = ingest_path(SAMPLES / "ninjs2-story.json")[0].item
    record = ingest_path(SAMPLES / "broken.xml")[0].quarantine
    client.force_login(newsroom["reporter"])
    for name, args in [("desk", []), ("item", [item.pk]), ("quarantine", [])]:
        assert client.get(reverse(f"wires_admin:{name}", args=args)).status_code in {302, 403}
    for name, pk in [("publish", item.pk), ("spike", item.pk), ("retry", record.pk)]:
        assert client.post(reverse(f"wires_admin:{name}", args=[pk])).status_code in {302, 403}
    item.refresh_from_db()
    assert item.state == ItemState.ON_DESK
    assert "Wire desk" not in client.get("/admin/").content.decode()


def test_the_desk_lists_items_newest_first_with_their_state(editor_client):
    ingest_path(SAMPLES / "newsml-item.xml")
    ingest_path(SAMPLES / "ninjs2-story.json")
    ingest_path(SAMPLES / "ninjs2-story-kill.json")
    assert "Wire desk" in editor_client.get("/admin/").content.decode()
    page = BeautifulSoup(editor_client.get(reverse("wires_admin:desk")).content, "html.parser")
    rows = [" ".join(r.get_text(" ").split()) for r in page.select(".wire-desk tbody tr")]
    assert len(rows) == 2
    assert "KILL: Harbour talks break down" in rows[0]
    assert "Killed: Canceled (killed) by Meridian Wire in version 3." in rows[0]
    assert "Rail workers vote to strike over pay" in rows[1] and "On the desk" in rows[1]


def test_an_item_shows_its_versions_and_a_diff(editor_client):
    ingest_path(SAMPLES / "ninjs2-story.json")
    item = ingest_path(SAMPLES / "ninjs2-story-v2.json")[0].item
    response = editor_client.get(reverse("wires_admin:item", args=[item.pk]))
    page = BeautifulSoup(response.content, "html.parser")
    diff = page.select_one(".wire-diff")
    removed = [d.get_text() for d in diff.select("del")]
    added = [i.get_text() for i in diff.select("ins")]
    assert "resume after a" in removed and "break down as strike enters second" in added
    assert "Ships queued outside" in removed and "strike would go on." in added
    assert len(page.select("table.listing tbody tr")) == 2


def test_an_editor_publishes_an_item_from_the_desk(editor_client):
    item = ingest_path(SAMPLES / "ninjs2-story.json")[0].item
    response = editor_client.post(reverse("wires_admin:publish", args=[item.pk]), follow=True)
    assert "is published" in text_of(response)
    item.refresh_from_db()
    assert item.state == ItemState.PUBLISHED and item.article.live


def test_a_spiked_item_comes_down_and_stays_down(editor_client):
    item = ingest_path(SAMPLES / "ninjs2-story.json", publish=True)[0].item
    response = editor_client.post(reverse("wires_admin:spike", args=[item.pk]), follow=True)
    assert "is spiked" in text_of(response)
    item.refresh_from_db()
    assert item.state == ItemState.SPIKED and not item.article.live
    assert item.reason.startswith("Spiked by ed on ")
    outcome = ingest_path(SAMPLES / "ninjs2-story-v2.json")[0]
    assert outcome.detail.startswith("spiked on the desk")
    item.article.refresh_from_db()
    assert not item.article.live
    assert editor_client.post(reverse("wires_admin:publish", args=[item.pk])).status_code == 302
    item.article.refresh_from_db()
    assert not item.article.live


def test_the_quarantine_shows_reasons_and_a_retry_reads_the_file(editor_client, settings):
    settings.BROADSHEET_WIRES_MAX_FILE_BYTES = 10_000
    ingest_path(SAMPLES / "billion-laughs.xml")
    data = (SAMPLES / "ninjs2-story.json").read_bytes()
    outcome = ingest_bytes(data.replace(b'"usable"', b'"published"'), name="typo.json")[0]
    record = outcome.quarantine
    page = text_of(editor_client.get(reverse("wires_admin:quarantine")))
    assert "billion-laughs.xml" in page and "hostile XML refused" in page
    assert "typo.json" in page and "not valid ninjs 2.x" in page

    response = editor_client.post(reverse("wires_admin:retry", args=[record.pk]), follow=True)
    assert "is still quarantined" in text_of(response)
    QuarantinedFile.objects.filter(pk=record.pk).update(content=data)  # the agency resent it
    response = editor_client.post(reverse("wires_admin:retry", args=[record.pk]), follow=True)
    assert "typo.json read: created" in text_of(response)
    record.refresh_from_db()
    assert record.resolved_at is not None
    assert WireItem.objects.get().headline == "Harbour talks resume after a week of strikes"


def test_agencies_are_configured_in_the_admin(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_wires_agency:add"))
    assert response.status_code == 200
    world = make_section("World")
    response = editor_client.post(
        reverse("wagtailsnippets_wires_agency:add"),
        {
            "name": "Coastline Press",
            "default_section": world.pk,
            "publish_on_arrival": "on",
            "folder": "/srv/wires/coastline",
            "feed_url": "https://coastline.example/feed.xml",
            "poll_minutes": "5",
        },
    )
    assert response.status_code == 302
    agency = Agency.objects.get(name="Coastline Press")
    assert agency.publish_on_arrival and agency.default_section_id == world.pk


def test_the_page_editor_says_why_a_killed_story_is_down_and_will_not_republish_it(
    editor_client, rf, newsroom
):
    item = ingest_path(SAMPLES / "ninjs2-story.json", publish=True)[0].item
    ingest_path(SAMPLES / "ninjs2-story-kill.json")
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[item.article_id]))
    assert (
        "This agency story is off the site: Canceled (killed) by Meridian Wire in version 3."
        in (text_of(response))
    )
    request = rf.post("/admin/")
    request.user = newsroom["editor"]
    request.session = {}
    request._messages = FallbackStorage(request)
    refused = refuse_to_republish_a_killed_story(request, item.article)
    assert refused.status_code == 302
    assert "A killed story stays down." in str(list(request._messages)[0])
