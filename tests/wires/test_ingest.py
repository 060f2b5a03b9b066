"""Agency files in: one story per item, versions merged, kills and embargoes honoured."""

import shutil
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.postgres.search import SearchQuery
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, ReferenceIndex

from broadsheet.articles.models import ArticlePage
from broadsheet.paper.caching import current_versions, generations
from broadsheet.search.entries import entries_enabled
from broadsheet.search.models import SearchEntry
from broadsheet.wires.ingest import Action, ingest_path, publish_from_desk
from broadsheet.wires.models import Agency, ItemState, QuarantinedFile, WireItem
from tests.factories import make_section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent / "samples"
MORNING = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def world():
    with time_machine.travel(MORNING, tick=False):
        yield make_section("World")


def ingest(name, **options):
    return ingest_path(SAMPLES / name, **options)


def only(outcomes):
    assert len(outcomes) == 1, [o.line() for o in outcomes]
    return outcomes[0]


def article_of(outcome):
    return ArticlePage.objects.get(pk=outcome.item.article_id)


@pytest.mark.parametrize(
    ("sample", "headline", "standfirst", "dateline", "agency", "byline", "first_paragraph"),
    [
        (
            "ninjs1-story.json",
            "Ferry timetable cut as fuel prices climb",
            "Two crossings a day are dropped from Monday.",
            "EASTHAVEN",
            "Meridian Wire",
            ["Tom Reyes"],
            "<p>The island ferry will run four times a day instead of six from Monday, "
            "its operator said.</p>",
        ),
        (
            "ninjs2-story.json",
            "Harbour talks resume after a week of strikes",
            "Negotiators return to the table as ships queue outside the port.",
            "NORTHPORT",
            "Meridian Wire",
            ["Ada Lane"],
            "<p>Dock workers and the port authority met again on Tuesday.</p>",
        ),
        (
            "newsml-item.xml",
            "Rail workers vote to strike over pay",
            "Trains could stop running from the middle of March.",
            "RIVERTON",
            "Meridian Wire",
            ["Mara Quist"],
            "<p>Rail workers voted by a large majority to strike.</p>",
        ),
        (
            "newsml-message.xml",
            "Old bridge reopens after two years of repairs",
            "Cars cross the river again from today.",
            "SOUTHBANK",
            "Meridian Wire",
            ["Ada Lane", "Tom Reyes"],
            "<p>The bridge reopened at dawn.</p>",
        ),
        (
            "atom.xml",
            "Maritime museum wins lottery grant",
            "The grant pays for a new gallery.",
            "",
            "Coastline Press",
            ["Jo Hart"],
            "<p>The maritime museum has won a grant for a new gallery.</p>",
        ),
    ],
)
def test_each_format_fills_our_fields(
    sample, headline, standfirst, dateline, agency, byline, first_paragraph
):
    outcome = only(ingest(sample, publish=True))
    assert outcome.action == Action.CREATED
    assert outcome.item.state == ItemState.PUBLISHED
    article = article_of(outcome)
    assert article.live
    assert article.title == headline
    assert article.standfirst == standfirst
    assert article.dateline == dateline
    assert article.agency == agency
    assert [person.name for person in article.bylines] == byline
    assert article.body[0].value.source == first_paragraph


def test_an_item_for_the_desk_waits_there_until_an_editor_publishes_it():
    outcome = only(ingest("ninjs2-story.json"))
    assert outcome.line().startswith("created (version 1, on the desk)")
    assert outcome.item.state == ItemState.ON_DESK and outcome.item.article is None
    assert not ArticlePage.objects.exists()
    assert only(ingest("ninjs2-story-v2.json")).action == Action.UPDATED
    article = publish_from_desk(WireItem.objects.get())
    assert article.live
    assert article.title == "Harbour talks break down as strike enters second week"
    assert article.lead_caption == "The container terminal at night, with no ships loading."
    assert article.lead_photo.description == "Four orange cranes against a blue sky"
    assert sorted(article.tags.names()) == ["Labour", "Port strike"]
    assert [p.name for p in article.bylines] == ["Ada Lane"]


def test_an_rss_feed_gives_one_story_per_entry():
    outcomes = ingest("rss.xml", publish=True)
    assert [o.action for o in outcomes] == [Action.CREATED, Action.CREATED]
    lighthouse = article_of(outcomes[0])
    assert lighthouse.title == "Lighthouse keeper retires after forty years"
    assert lighthouse.agency == "Coastline Press"
    assert [p.name for p in lighthouse.bylines] == ["Jo Hart"]
    assert list(lighthouse.tags.names()) == ["People"]
    regatta = article_of(outcomes[1])
    assert regatta.body[0].value.source == (
        "<p>Organisers moved the regatta because of the spring tides.</p>"
    )


@pytest.mark.parametrize(
    ("sample", "caption", "credit", "alt"),
    [
        (
            "ninjs2-story.json",
            "Cranes stand idle at the container terminal on Tuesday.",
            "Meridian Wire",
            "Four orange cranes against a blue sky",
        ),
        (
            "ninjs1-story.json",
            "The morning ferry leaves Easthaven harbour.",
            "Ines Moro/Meridian Wire",
            "",
        ),
        (
            "newsml-message.xml",
            "The first cars cross the old bridge at dawn.",
            "Ines Moro/Meridian Wire",
            "A stone bridge with a line of cars",
        ),
    ],
)
def test_the_picture_beside_the_item_becomes_the_lead_photo(sample, caption, credit, alt):
    article = article_of(only(ingest(sample, publish=True)))
    assert article.lead_photo is not None
    assert (article.lead_photo.width, article.lead_photo.height) == (480, 300)
    assert article.lead_caption == caption
    assert article.lead_credit == credit
    assert article.lead_photo.description == (alt or caption)
    assert all(
        caption not in block.value.source
        for block in article.body
        if block.block_type == "paragraph"
    )


def test_the_same_file_ten_times_leaves_one_story():
    outcomes = [only(ingest("ninjs2-story.json", publish=True)) for _ in range(10)]
    assert [o.action for o in outcomes] == [Action.CREATED] + [Action.UNCHANGED] * 9
    assert ArticlePage.objects.count() == 1
    assert WireItem.objects.get().versions.count() == 1


def test_a_newer_version_updates_the_same_article_and_shows_the_update(client):
    first = article_of(only(ingest("ninjs2-story.json", publish=True)))
    assert first.live
    url = first.url
    with time_machine.travel(MORNING.replace(hour=11), tick=False):
        outcome = only(ingest("ninjs2-story-v2.json"))
    assert outcome.action == Action.UPDATED
    article = article_of(outcome)
    assert article.pk == first.pk and article.url == url and article.live
    assert article.title == "Harbour talks break down as strike enters second week"
    assert article.lead_caption == "The container terminal at night, with no ships loading."
    assert article.lead_photo_id != first.lead_photo_id
    page = client.get(url).content.decode()
    assert "Harbour talks break down" in page
    assert "Updated" in page
    assert outcome.item.versions.count() == 2


def test_an_older_or_equal_version_changes_nothing():
    only(ingest("ninjs2-story.json", publish=True))
    only(ingest("ninjs2-story-v2.json"))
    article = ArticlePage.objects.get()
    revisions = article.revisions.count()
    outcome = only(ingest("ninjs2-story.json"))
    assert outcome.action == Action.IGNORED
    assert outcome.detail == "stale version 1, have 2"
    article.refresh_from_db()
    assert article.title == "Harbour talks break down as strike enters second week"
    assert article.revisions.count() == revisions
    assert only(ingest("ninjs2-story-v2.json")).action == Action.UNCHANGED


def test_a_kill_takes_the_story_down_and_says_why(client):
    article = article_of(only(ingest("ninjs2-story.json", publish=True)))
    assert client.get(article.url).status_code == 200
    url = article.url
    outcome = only(ingest("ninjs2-story-kill.json"))
    assert outcome.action == Action.KILLED
    article.refresh_from_db()
    assert not article.live
    gone = client.get(url)
    assert gone.status_code == 410  # Gone: withdrawn for good, not merely missing
    assert "This story has been withdrawn" in gone.content.decode()
    assert client.get(f"{url}nothing-here/").status_code == 404
    item = outcome.item
    assert item.state == ItemState.KILLED
    assert item.reason == "Canceled (killed) by Meridian Wire in version 3."
    # A version sent after the kill does not bring it back.
    assert only(ingest("ninjs2-story-v2.json")).action == Action.IGNORED
    article.refresh_from_db()
    assert not article.live


def test_an_editors_redirect_from_a_killed_story_wins_over_gone(client):
    article = article_of(only(ingest("ninjs2-story.json", publish=True)))
    url = article.url
    only(ingest("ninjs2-story-kill.json"))
    Redirect.objects.create(old_path=url.rstrip("/"), redirect_link="/world/")

    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == "/world/"


def test_a_kill_before_the_story_arrives_keeps_every_later_version_off():
    assert only(ingest("ninjs2-story-kill.json")).action == Action.KILLED
    assert only(ingest("ninjs2-story.json", publish=True)).action == Action.IGNORED
    assert not ArticlePage.objects.exists()


def test_withheld_takes_the_story_down():
    article = article_of(only(ingest("newsml-item.xml", publish=True)))
    outcome = only(ingest("newsml-withheld.xml"))
    assert outcome.action == Action.KILLED
    assert outcome.item.state == ItemState.WITHHELD
    assert outcome.item.reason == "Withheld by Meridian Wire in version 2."
    article.refresh_from_db()
    assert not article.live


def test_an_embargoed_story_is_held_then_goes_live_by_itself(client):
    with time_machine.travel(datetime(2027, 3, 1, 8, 0, tzinfo=UTC), tick=False):
        outcome = only(ingest("ninjs1-embargo.json", publish=True))
        assert outcome.action == Action.HELD
        assert "embargo until 2027-03-01" in outcome.line()
        article = article_of(outcome)
        assert not article.live
        assert client.get("/").content.decode().count("flood defences") == 0
        assert client.get(f"/world/{article.slug}/").status_code == 404
        call_command("publish_scheduled")
        article.refresh_from_db()
        assert not article.live
    with time_machine.travel(datetime(2027, 3, 1, 12, 1, tzinfo=UTC), tick=False):
        call_command("publish_scheduled")
        article.refresh_from_db()
        assert article.live
        assert client.get(article.url).status_code == 200
        item = WireItem.objects.get()
        assert item.state == ItemState.PUBLISHED


def test_a_kill_during_the_embargo_cancels_the_scheduled_publishing():
    with time_machine.travel(datetime(2027, 3, 1, 8, 0, tzinfo=UTC), tick=False):
        item = only(ingest("ninjs1-embargo.json", publish=True)).item
        kill = SAMPLES / "ninjs1-embargo.json"
        data = (
            kill.read_text()
            .replace('"version": "1"', '"version": "2"')
            .replace('"usable"', '"canceled"')
        )
        from broadsheet.wires.ingest import ingest_bytes

        assert only(ingest_bytes(data.encode(), name="kill.json")).action == Action.KILLED
    with time_machine.travel(datetime(2027, 3, 1, 13, 0, tzinfo=UTC), tick=False):
        call_command("publish_scheduled")
    item.refresh_from_db()
    assert not item.article.live


def test_agency_markup_is_cleaned_and_the_headline_is_text(client):
    article = article_of(only(ingest("ninjs1-hostile-markup.json", publish=True)))
    assert article.title == "Council approves new harbour wall"
    page = BeautifulSoup(client.get(article.url).content, "html.parser")
    body = str(page.select_one(".article__body"))
    hostile = ["evil.example", "onclick", "onerror", "javascript:", "<iframe", "<form", "<svg"]
    for text in [*hostile, "color:red", "<script", "<style", "<img"]:
        assert text not in body, text
    assert 'href="https://northport.example/plan"' in body
    assert "The council voted" in body


@pytest.mark.parametrize(
    ("sample", "reason"),
    [
        ("broken.json", "malformed JSON"),
        ("broken.xml", "malformed XML"),
        ("unknown-encoding.xml", "malformed XML: unknown encoding 'u-f-8'"),
        ("billion-laughs.xml", "hostile XML refused"),
        ("xxe.xml", "hostile XML refused"),
        ("external-dtd.xml", "hostile XML refused"),
        ("unknown.txt", "unknown format: neither JSON nor XML"),
        ("unknown.json", "unknown format: JSON that is not ninjs"),
        ("ninjs-invalid.json", "not valid ninjs 1.x: pubstatus"),
    ],
)
def test_bad_files_are_quarantined_with_their_reason(sample, reason):
    outcome = only(ingest(sample))
    assert outcome.action == Action.QUARANTINED
    assert outcome.detail.startswith(reason), outcome.detail
    record = QuarantinedFile.objects.get()
    assert record.file_name == sample and record.reason == outcome.detail
    assert bytes(record.content) == (SAMPLES / sample).read_bytes()
    assert not ArticlePage.objects.exists()


def test_no_secret_reaches_the_database_through_an_external_entity():
    ingest("xxe.xml")
    assert not WireItem.objects.exists()
    assert "root:" not in QuarantinedFile.objects.get().reason


def test_an_oversize_file_is_quarantined_unread(settings):
    settings.BROADSHEET_WIRES_MAX_FILE_BYTES = 1000
    outcome = only(ingest("ninjs2-story.json"))
    assert outcome.action == Action.QUARANTINED
    assert outcome.detail.startswith("oversize")
    record = QuarantinedFile.objects.get()
    assert bytes(record.content) == b"" and record.size > 1000


def test_the_command_prints_a_line_per_item_and_fails_when_anything_was_quarantined(
    tmp_path, capsys
):
    for name in ("ninjs2-story.json", "harbour.jpg", "broken.xml", "rss.xml"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    with pytest.raises(SystemExit) as exited:
        call_command("ingest_wire", str(tmp_path), "--agency", "Meridian Wire", "--publish")
    assert exited.value.code == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("quarantined (malformed XML")
    assert lines[1] == "ignored (a picture: read with the item that names it): harbour.jpg"
    assert lines[2].startswith(
        "created (version 1, published): urn:meridianwire:story:harbour-talks"
    )
    assert len(lines) == 5
    assert ArticlePage.objects.live().count() == 3
    assert set(Agency.objects.values_list("name", flat=True)) == {"Meridian Wire"}
    call_command("ingest_wire", str(tmp_path / "ninjs2-story.json"))
    assert capsys.readouterr().out.startswith("unchanged (version 1)")


def test_an_agency_set_to_publish_on_arrival_publishes(world):
    business = Page.objects.get(pk=world.pk).add_sibling(
        instance=type(world)(title="Business", slug="business")
    )
    agency = Agency.objects.create(
        name="Meridian Wire", publish_on_arrival=True, default_section=business
    )
    article = article_of(only(ingest("newsml-item.xml", agency=agency)))
    assert article.live
    assert article.get_parent().pk == business.pk


def test_a_batch_of_files_is_purged_and_indexed_once_after_its_items(settings):
    before = generations(["site", "stories"])
    call_command(
        "ingest_wire",
        "--publish",
        *(SAMPLES / name for name in ["ninjs2-story.json", "ninjs2-story-v2.json", "rss.xml"]),
        stdout=StringIO(),
    )

    # One new generation of the caches listing stories for the whole batch, not one per
    # publish; the site's own caches (navigation, settings) are left alone.
    assert generations(["site", "stories"]) == {
        "site": before["site"],
        "stories": before["stories"] + 1,
    }
    articles = list(ArticlePage.objects.live())
    assert len(articles) == 3  # the story (updated in the same batch) and two feed entries
    versions = current_versions([f"page-{a.pk}" for a in articles] + ["any-publish"])
    assert None not in versions.values(), versions
    harbour = ArticlePage.objects.get(wire_items__guid="urn:meridianwire:story:harbour-talks")
    assert harbour.title == "Harbour talks break down as strike enters second week"
    # Wagtail's reference index holds each article once, as it stands after the batch.
    rows = ReferenceIndex.get_references_for_object(harbour)
    before = sorted(rows.values_list("to_content_type_id", "to_object_id", "model_path"))
    ReferenceIndex.create_or_update_for_object(harbour)
    after = sorted(rows.values_list("to_content_type_id", "to_object_id", "model_path"))
    assert before == after and before, before
    if entries_enabled():  # the reader's search entries: PostgreSQL
        entry = SearchEntry.objects.get(article=harbour)
        assert entry.headline  # written from the article as the batch left it
        assert SearchEntry.objects.filter(article__in=articles).count() == 3
        second = SearchQuery("second week", config=settings.BROADSHEET_SEARCH_CONFIG)
        assert SearchEntry.objects.filter(article=harbour, headline=second).exists()
