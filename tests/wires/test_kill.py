"""A kill from the agency takes the story off every public surface at once."""

import json
import re
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from xml.etree import ElementTree

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from broadsheet.editions.content import candidate_articles
from broadsheet.newsletter.digest import front_page_stories
from broadsheet.readership.stores import get_store
from broadsheet.readership.templatetags.readership_tags import most_read_articles
from broadsheet.webhooks.models import Delivery, Webhook, WebhookEvent
from broadsheet.wires.ingest import Action, ingest_path
from broadsheet.wires.models import ItemState, WireItem
from tests.factories import make_article, make_home, make_section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent / "samples"
HEADLINE = "Harbour talks resume after a week of strikes"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def wire_story():
    """The agency's story published, read, related to another, and known to a partner's webhook."""
    make_home()
    world = make_section("World")
    other = make_article(world, "Port authority names a new chair", tags=["Port strike"])
    Webhook.objects.create(name="Partner app", url="https://partner.example/hook")
    outcome = ingest_path(SAMPLES / "ninjs2-story.json", publish=True)[0]
    article = outcome.item.article
    article.refresh_from_db()
    for _ in range(5):
        get_store().record(article.pk)
    return {"article": article, "url": article.url, "other": other, "section": world}


def surfaces(client, story):
    """Every public place a story shows: name → the text a reader (or a crawler) gets there."""
    article, section = story["article"], story["section"]
    author = article.bylines[0]
    pages = {
        "article": story["url"],
        "home": "/",
        "section": section.url,
        "tag": "/tags/port-strike/",
        "author": author.get_absolute_url(),
        "search": "/search/?q=harbour+talks",
        "related (on another article)": story["other"].url,
        "api list": "/api/v1/articles",
        "api detail": f"/api/v1/articles/{article.pk}",
    }
    for kind in ("rss.xml", "atom.xml", "feed.json"):
        pages[f"site feed {kind}"] = f"/feeds/{kind}"
        pages[f"section feed {kind}"] = f"/feeds/sections/{section.slug}/{kind}"
        pages[f"author feed {kind}"] = f"/feeds/authors/{author.slug}/{kind}"
        pages[f"tag feed {kind}"] = f"/feeds/tags/port-strike/{kind}"
    texts = {}
    for name, url in pages.items():
        response = client.get(url)
        texts[name] = response.content.decode() if response.status_code == 200 else ""
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    month_sitemaps = []
    for location in index.iter(f"{SITEMAP_NS}loc"):
        path = location.text.split("://", 1)[1].split("/", 1)[1]
        if path in {"sitemap-sections.xml", "sitemap-authors.xml", "sitemap-tags.xml"}:
            continue  # they list fronts and topics, not stories
        text = client.get(f"/{path}").content.decode()
        if path.startswith("sitemap-articles-"):
            # One month per sitemap: the other story may be in an earlier month than this one.
            month_sitemaps.append(text)
        else:
            texts[f"sitemap /{path}"] = text
    texts["sitemaps of the months"] = " ".join(month_sitemaps)
    texts["most read"] = " ".join(title for _id, title, _url in most_read_articles())
    texts["newsletter digest"] = " ".join(a.title for a in front_page_stories(20))
    texts["next e-paper"] = " ".join(
        a.title for a in candidate_articles(None, timezone.localdate())
    )
    return texts


def shows(text, story):
    return HEADLINE in text or story["url"] in text or f'"id": {story["article"].pk},' in text


@pytest.fixture(params=["canceled", "withheld"])
def kill_file(request, tmp_path):
    """The agency's version 3 of the story: a kill, or the same item withheld."""
    if request.param == "canceled":
        return SAMPLES / "ninjs2-story-kill.json"
    item = json.loads((SAMPLES / "ninjs2-story-kill.json").read_text())
    item["pubstatus"] = "withheld"
    item["headlines"][0]["value"] = "WITHHELD: Harbour talks"
    path = tmp_path / "ninjs2-story-withheld.json"
    path.write_text(json.dumps(item))
    return path


def max_age(response):
    return int(re.search(r"(?<![-\w])max-age=(\d+)", response["Cache-Control"]).group(1))


def test_a_kill_reaches_every_surface(client, wire_story, kill_file, settings):
    # With the page cache on, every surface read below is stored, and must be purged by the kill.
    settings.BROADSHEET_PAGE_CACHE = True
    before = surfaces(client, wire_story)
    missing = [name for name, text in before.items() if not shows(text, wire_story)]
    assert not missing, f"the live story should show on every surface first: {missing}"
    assert any(name.startswith("sitemap /sitemap-news") for name in before), list(before)
    # A reader's browser may keep its copy for max-age: the bound on "off within 60 s".
    cached = client.get(wire_story["url"])
    assert cached["X-Page-Cache"] == "HIT"
    assert max_age(cached) <= 60

    outcome = ingest_path(kill_file)[0]
    assert outcome.action == Action.KILLED

    gone = client.get(wire_story["url"])
    assert gone.status_code == 410
    assert "This story has been withdrawn" in gone.content.decode()
    assert HEADLINE not in gone.content.decode()
    assert max_age(gone) <= 60
    after = surfaces(client, wire_story)
    still = [name for name, text in after.items() if shows(text, wire_story)]
    assert not still, f"the killed story is still on: {still}"
    assert client.get(f"/api/v1/articles/{wire_story['article'].pk}").status_code == 404
    delivery = Delivery.objects.filter(
        event=WebhookEvent.UNPUBLISHED, article_id=wire_story["article"].pk
    )
    assert delivery.exists(), "partners are told the story is withdrawn"
    assert json.dumps(delivery.get().payload)


def test_the_editor_sees_why(wire_story):
    outcome = ingest_path(SAMPLES / "ninjs2-story-kill.json")[0]
    item = outcome.item
    assert item.state == ItemState.KILLED
    assert item.reason == "Canceled (killed) by Meridian Wire in version 3."
    assert item.versions.first().headline == "KILL: Harbour talks break down"


def test_an_embargoed_story_is_on_no_surface_before_its_time_then_on_every_one(client, tmp_path):
    """Nothing of it is public before the embargo, anywhere; then it goes live by itself."""
    item = json.loads((SAMPLES / "ninjs2-story.json").read_text())
    item["embargoed"] = "2027-03-01T12:00:00Z"
    embargoed = tmp_path / "ninjs2-story-embargoed.json"
    embargoed.write_text(json.dumps(item))
    with time_machine.travel(datetime(2027, 3, 1, 8, 0, tzinfo=UTC), tick=False):
        make_home()
        world = make_section("World")
        other = make_article(world, "Port authority names a new chair", tags=["Port strike"])
        outcome = ingest_path(embargoed, publish=True)[0]
        assert outcome.action == Action.HELD
        article = outcome.item.article
        article.refresh_from_db()
        story = {"article": article, "url": article.url, "other": other, "section": world}
        get_store().record(article.pk)  # a read that reached us early counts for nothing public
        call_command("publish_scheduled", stdout=StringIO())
        assert client.get(story["url"]).status_code == 404
        early = [name for name, text in surfaces(client, story).items() if shows(text, story)]
        assert not early, f"the embargoed story is public before its time on: {early}"
    with time_machine.travel(datetime(2027, 3, 1, 12, 1, tzinfo=UTC), tick=False):
        call_command("publish_scheduled", stdout=StringIO())
        for _ in range(5):
            get_store().record(article.pk)
        assert client.get(story["url"]).status_code == 200
        live = surfaces(client, story)
        missing = [name for name, text in live.items() if not shows(text, story)]
        assert not missing, f"once the embargo is over it should be everywhere: {missing}"
        assert WireItem.objects.get(pk=outcome.item.pk).state == ItemState.PUBLISHED
