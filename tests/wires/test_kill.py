"""A kill from the agency takes the story off every public surface at once."""

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from broadsheet.editions.content import candidate_articles
from broadsheet.newsletter.digest import front_page_stories
from broadsheet.readership.stores import get_store
from broadsheet.readership.templatetags.readership_tags import most_read_articles
from broadsheet.webhooks.models import Delivery, Webhook, WebhookEvent
from broadsheet.wires.ingest import Action, ingest_path
from broadsheet.wires.models import ItemState
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


def test_a_kill_reaches_every_surface(client, wire_story):
    before = surfaces(client, wire_story)
    missing = [name for name, text in before.items() if not shows(text, wire_story)]
    assert not missing, f"the live story should show on every surface first: {missing}"
    assert any(name.startswith("sitemap /sitemap-news") for name in before), list(before)

    outcome = ingest_path(SAMPLES / "ninjs2-story-kill.json")[0]
    assert outcome.action == Action.KILLED

    assert client.get(wire_story["url"]).status_code == 404
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
