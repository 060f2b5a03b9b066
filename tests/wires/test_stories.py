"""An agency story becomes an article with our fields filled and the agency's markup cleaned."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.utils import timezone
from PIL import Image

from broadsheet.articles.models import ChangeKind
from broadsheet.wires.items import AgencyPicture, AgencyStory
from broadsheet.wires.stories import body_blocks, write_article
from tests.factories import make_section

pytestmark = pytest.mark.django_db


def jpeg_bytes(color=(10, 120, 200)):
    buffer = BytesIO()
    Image.new("RGB", (640, 400), color).save(buffer, "JPEG")
    return buffer.getvalue()


def make_story(**overrides):
    fields = {
        "guid": "urn:test:1",
        "agency": "Meridian Wire",
        "headline": "Harbour talks resume",
        "standfirst": "Negotiators return to the table.",
        "body_html": (
            '<p>NORTHPORT (Meridian Wire) — Dock workers met <a href="javascript:alert(1)" '
            'onclick="x()">again</a>.</p><script>alert(1)</script><p style="color:red">More.</p>'
        ),
        "byline": "By Ada Lane",
        "dateline": "NORTHPORT",
        "subjects": ["Port strike", "Labour"],
        "pictures": [
            AgencyPicture(
                caption="Cranes stand idle.",
                credit="Meridian Wire",
                alt_text="Three cranes",
                data=jpeg_bytes(),
            )
        ],
    }
    return AgencyStory(**{**fields, **overrides})


def test_a_story_becomes_a_draft_article_with_our_fields():
    section = make_section("World")
    article = write_article(make_story(), section=section, publish=False)
    assert not article.live
    assert article.title == "Harbour talks resume"
    assert article.standfirst == "Negotiators return to the table."
    assert article.dateline == "NORTHPORT"
    assert article.agency == "Meridian Wire"
    assert [p.name for p in article.bylines] == ["Ada Lane"]
    assert article.lead_photo.description == "Three cranes"
    assert article.lead_caption == "Cranes stand idle."
    assert article.lead_credit == "Meridian Wire"
    assert sorted(t.name for t in article.tags.all()) == ["Labour", "Port strike"]
    body = [block.value.source for block in article.body]
    assert body == ["<p>Dock workers met <a>again</a>.</p>", "<p>More.</p>"]


def test_publishing_and_an_update_keep_the_url_and_show_the_update_time():
    section = make_section("World")
    article = write_article(make_story(), section=section, publish=True)
    assert article.live
    url = article.url
    updated = write_article(
        make_story(headline="Harbour talks break down", version=2),
        section=section,
        publish=False,
        article=article,
    )
    assert updated.pk == article.pk and updated.url == url
    assert updated.live and updated.title == "Harbour talks break down"
    assert updated.was_updated()


def test_a_newer_version_with_new_text_is_an_update_from_the_agency(time_machine):
    section = make_section("World")
    time_machine.move_to("2026-12-02 09:00:00+00:00", tick=False)
    article = write_article(make_story(), section=section, publish=True)
    time_machine.move_to("2026-12-02 10:30:00+00:00", tick=False)

    article = write_article(
        make_story(body_html="<p>Talks broke down at noon.</p>", version=2),
        section=section,
        publish=False,
        article=article,
    )

    change = article.changes.latest("pk")
    assert change.kind == ChangeKind.UPDATE
    assert change.note == "Updated with new information from Meridian Wire."
    assert article.updated_at == change.published_at == timezone.now()
    assert article.public_updates == [change]
    time_machine.move_to("2026-12-02 11:00:00+00:00", tick=False)
    same_words = write_article(
        make_story(body_html="<p>Talks broke down at noon.</p>", version=3),
        section=section,
        publish=False,
        article=article,
    )
    assert same_words.changes.latest("pk").kind == ChangeKind.MINOR
    assert [c.kind for c in same_words.changes.noted()] == [ChangeKind.UPDATE]
    assert same_words.updated_at == change.published_at  # a minor change leaves it


def test_an_embargoed_story_is_scheduled_not_live():
    section = make_section("World")
    later = timezone.now() + timedelta(hours=2)
    article = write_article(make_story(embargoed_until=later), section=section, publish=True)
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at == later


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("plain text", ["<p>plain text</p>"]),
        ("<h2>Heading</h2><p>Text</p>", ["Heading", "<p>Text</p>"]),
        ("<ul><li>one</li><li>two</li></ul>tail", ["<p>one</p>", "<p>two</p>", "<p>tail</p>"]),
        ("<div><p>a</p><iframe src=x></iframe><p>b</p></div>", ["<p>a</p>", "<p>b</p>"]),
        ("<style>p{}</style><p>only</p>", ["<p>only</p>"]),
        ("", []),
    ],
)
def test_body_blocks(html, expected):
    assert [block["value"] for block in body_blocks(html)] == expected
