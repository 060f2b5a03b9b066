"""Agency copy published in a batch is what Wagtail's own publish leaves, tree and history alike."""

import json
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from broadsheet.articles.models import ArticleChange, ArticlePage, SectionPage
from broadsheet.newsroom.roles import EDITORS
from broadsheet.wires.ingest import Action, ingest_batch, ingest_bytes, ingest_path
from broadsheet.wires.models import Agency, ItemState, WireItem
from tests.factories import make_home, make_section

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).resolve().parent / "samples"
MORNING = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)
# What Wagtail keeps of the page in a revision and the wire path must keep the same way.
STATE_IN_REVISION = [
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision",
    "live_revision",
    "locale",
    "depth",
]
# Database tasks, as in production: queued, not run inside the publish being counted.
DATABASE_TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "newsletter", "editions", "webhooks"],
    }
}


@pytest.fixture(autouse=True)
def world():
    with time_machine.travel(MORNING, tick=False):
        yield make_section("World")


def ninjs(guid, version=1, *, headline=None, status="usable", subject="Harbour"):
    return json.dumps(
        {
            "uri": guid,
            "version": str(version),
            "pubstatus": status,
            "headlines": [{"role": "main", "value": headline or f"Story {guid} version {version}"}],
            "descriptions": [{"role": "summary", "value": "What happened, in a sentence."}],
            "bodies": [{"contenttype": "text/html", "value": "<p>First.</p><p>Second.</p>"}],
            "by": "By Ada Lane",
            "located": "NORTHPORT",
            "subjects": [{"name": subject}],
        }
    ).encode()


def log_actions(page):
    entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
    return list(entries.values_list("action", flat=True))


def wagtail_published(section, title):
    """The same kind of story, added as a draft and published through Wagtail's own path."""
    article = ArticlePage(title=title, slug="by-hand", standfirst="By hand.", body=[], live=False)
    section.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def test_a_published_story_is_what_wagtails_publish_leaves(world):
    outcome = ingest_path(SAMPLES / "ninjs2-story.json", publish=True)[0]
    article = ArticlePage.objects.get(pk=outcome.item.article_id)
    by_hand = wagtail_published(Page.objects.get(pk=world.pk), "By hand")

    for page in (article, by_hand):
        assert page.live and not page.has_unpublished_changes and not page.expired
        assert page.live_revision_id == page.latest_revision_id is not None
        assert page.first_published_at == page.last_published_at is not None
        assert page.latest_revision_created_at is not None
        assert page.url_path == f"{world.url_path}{page.slug}/"
        assert page.draft_title == page.title
        assert page.revisions.count() == 1
        assert log_actions(page) == ["wagtail.create", "wagtail.publish"]
        publish = PageLogEntry.objects.get(page=page, action="wagtail.publish")
        assert publish.revision_id == page.live_revision_id and publish.content_changed
    ours, theirs = article.live_revision.content, by_hand.live_revision.content
    assert set(ours) == set(theirs)
    assert {key: ours[key] for key in STATE_IN_REVISION} == {
        key: theirs[key] for key in STATE_IN_REVISION
    }
    assert ours["pk"] == article.pk and ours["path"] == article.path
    credit = ours["article_authors"][0]
    assert credit["pk"] == article.article_authors.get().pk and credit["article"] == article.pk
    assert [row["tag"] for row in ours["tagged_items"]] == list(
        article.tagged_items.values_list("tag_id", flat=True)
    )
    assert article.live_revision.as_object().title == article.title
    world = Page.objects.get(pk=world.pk)
    assert world.numchild == world.get_children().count() == 2


def test_an_update_is_a_new_live_revision_with_its_history():
    first = ingest_path(SAMPLES / "ninjs2-story.json", publish=True)[0].item.article
    first_revision = first.live_revision
    with time_machine.travel(MORNING.replace(hour=11), tick=False):
        outcome = ingest_path(SAMPLES / "ninjs2-story-v2.json")[0]
    assert outcome.action == Action.UPDATED
    article = ArticlePage.objects.get(pk=first.pk)
    assert article.url_path == first.url_path
    assert article.revisions.count() == 2
    latest = article.revisions.order_by("-created_at", "-pk").first()
    assert article.live_revision == article.latest_revision == latest
    assert not article.has_unpublished_changes
    assert article.first_published_at == first.first_published_at < article.last_published_at
    assert latest.content["title"] == article.title
    assert latest.content["live_revision"] == first_revision.pk  # as save_revision keeps it
    assert first_revision.as_object().title == "Harbour talks resume after a week of strikes"
    actions = log_actions(article)
    assert actions == ["wagtail.create", "wagtail.publish", "wagtail.rename", "wagtail.publish"]
    rename = PageLogEntry.objects.get(page=article, action="wagtail.rename")
    assert rename.data["title"] == {
        "old": "Harbour talks resume after a week of strikes",
        "new": article.title,
    }
    change = ArticleChange.objects.get(article=article)
    assert (change.revision, change.previous_revision) == (latest, first_revision)
    assert sorted(article.tags.names()) == ["Labour", "Port strike"]


def test_the_page_tree_stays_valid_after_a_batch():
    business = make_section("Business")
    agencies = [
        Agency.objects.create(
            name="Meridian Wire", default_section=SectionPage.objects.get(slug="world")
        ),
        Agency.objects.create(name="Northern Press", default_section=business),
    ]
    with ingest_batch():
        for n in range(24):
            ingest_bytes(
                ninjs(f"urn:t:{n}"), name=f"{n}.json", agency=agencies[n % 2], publish=True
            )
        for n in range(0, 24, 3):
            ingest_bytes(ninjs(f"urn:t:{n}", 2), name=f"{n}-2.json", agency=agencies[n % 2])
        ingest_bytes(ninjs("urn:t:1", 3, status="canceled"), name="kill.json", agency=agencies[1])
        # The same headline twice under one section: two slugs.
        for n in (100, 101):
            ingest_bytes(
                ninjs(f"urn:t:{n}", headline="Same headline"), name=f"{n}.json",
                agency=agencies[0], publish=True,
            )  # fmt: skip
    assert Page.find_problems() == ([], [], [], [], [])
    for section in SectionPage.objects.all():
        children = section.get_children()
        assert section.numchild == children.count()
        assert len({child.slug for child in children}) == children.count()
        assert all(child.url_path == f"{section.url_path}{child.slug}/" for child in children)
    assert ArticlePage.objects.count() == 26
    assert ArticlePage.objects.live().count() == 25
    # An editor adding a story by hand afterwards gets the next place in the tree.
    world = Page.objects.get(slug="world")
    by_hand = wagtail_published(world, "By hand")
    assert by_hand.path > max(
        world.get_children().exclude(pk=by_hand.pk).values_list("path", flat=True)
    )
    assert Page.find_problems() == ([], [], [], [], [])


def test_a_failed_item_leaves_no_path_remembered(world, monkeypatch):
    """A rolled-back item's page path is free again, and the next story takes it."""
    from broadsheet.wires import stories

    real = stories.publish_new

    def fail_once(article, section):
        real(article, section)
        monkeypatch.setattr(stories, "publish_new", real)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(stories, "publish_new", fail_once)
    with ingest_batch():
        failed = ingest_bytes(ninjs("urn:f:1"), name="1.json", publish=True)
        done = ingest_bytes(ninjs("urn:f:2"), name="2.json", publish=True)
    assert [failed[0].action, done[0].action] == [Action.QUARANTINED, Action.CREATED]
    assert Page.find_problems() == ([], [], [], [], [])
    assert list(ArticlePage.objects.values_list("title", flat=True)) == ["Story urn:f:2 version 1"]


@pytest.fixture
def editor_client(client):
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    editor = get_user_model().objects.create_user("ed", password="a-long-password-1")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    return client


def test_the_admin_explores_edits_and_republishes_a_batch_story(editor_client, world):
    with ingest_batch():
        ingest_path(SAMPLES / "ninjs2-story.json", publish=True)
        ingest_path(SAMPLES / "ninjs2-story-v2.json")
    article = ArticlePage.objects.get()
    headline = "Harbour talks break down as strike enters second week"
    explorer = editor_client.get(reverse("wagtailadmin_explore", args=[world.pk]))
    assert explorer.status_code == 200 and headline in explorer.content.decode()
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert edit.status_code == 200 and headline in edit.content.decode()
    history = editor_client.get(reverse("wagtailadmin_pages:history", args=[article.pk]))
    assert history.status_code == 200
    assert history.content.decode().count("Published") >= 2
    first, second = article.revisions.order_by("created_at", "pk")
    compare = editor_client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[article.pk, first.pk, second.pk])
    )
    assert compare.status_code == 200 and headline in compare.content.decode()
    # An editor's own publish, through Wagtail, carries on from the agency's revisions.
    draft = article.get_latest_revision_as_object()
    draft.title = "Harbour strike: talks break down"
    draft.save_revision().publish()
    article.refresh_from_db()
    assert article.title == "Harbour strike: talks break down" and article.live
    assert article.revisions.count() == 3 and article.live_revision == article.latest_revision
    assert WireItem.objects.get().state == ItemState.PUBLISHED


def test_a_batch_story_costs_a_bounded_number_of_queries(settings, django_assert_max_num_queries):
    settings.TASKS = DATABASE_TASKS
    agency = Agency.objects.create(name="Meridian Wire")
    with ingest_batch():
        ingest_bytes(ninjs("urn:q:0"), name="0.json", agency=agency, publish=True)  # warm
        with django_assert_max_num_queries(28):
            created = ingest_bytes(ninjs("urn:q:1"), name="1.json", agency=agency, publish=True)
        with django_assert_max_num_queries(44):
            updated = ingest_bytes(ninjs("urn:q:1", 2), name="2.json", agency=agency)
        with django_assert_max_num_queries(6):
            on_desk = ingest_bytes(ninjs("urn:q:2"), name="3.json", agency=agency)
        with django_assert_max_num_queries(4):
            stale = ingest_bytes(ninjs("urn:q:1", 1), name="4.json", agency=agency)
    outcomes = [created, updated, on_desk, stale]
    assert [o[0].action for o in outcomes] == ["created", "updated", "created", "ignored"]


def test_the_batch_looks_up_the_same_purge_keys_as_each_page_would(world):
    from broadsheet.paper.purge import PUBLISHED_KEYS_PREFIX, keys_then_and_now_of_many

    agency = Agency.objects.create(name="Meridian Wire", default_section=world)
    with ingest_batch():
        for n, subject in enumerate(["Harbour", "Rail", "Harbour"]):
            ingest_bytes(
                ninjs(f"urn:k:{n}", subject=subject), name=f"{n}.json", agency=agency, publish=True
            )
    articles = list(ArticlePage.objects.order_by("pk"))
    pages = [*articles, SectionPage.objects.get(pk=world.pk)]
    keys = keys_then_and_now_of_many(pages)
    assert keys == {key for page in pages for key in page.purge_keys()}
    assert {"tag-harbour", "tag-rail", f"page-{world.pk}", "corrections"} <= keys
    many = ArticlePage.purge_keys_of_many(articles)
    assert {pk: sorted(set(k)) for pk, k in many.items()} == {
        a.pk: sorted(set(a.purge_keys())) for a in articles
    }
    # What each page was published with is noted for its next publish, as one at a time does.
    from django.core.cache import cache

    noted = cache.get(PUBLISHED_KEYS_PREFIX + str(articles[0].pk))
    assert sorted(set(noted)) == sorted(set(articles[0].purge_keys()))
