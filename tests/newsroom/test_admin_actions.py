"""What each role can do, not just open: every action is posted as each role and its effect checked.

Each ACTIONS row names the roles that may do it (r reporter, p photo editor, e editor,
a administrator), makes its own target, posts the action the way the admin's screens do, and
reads back whether it happened. For everyone else it must not have happened.
"""

import json
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image
from wagtail.models import Page, PageViewRestriction, Revision

from broadsheet.articles.models import ArticleChange
from broadsheet.liveblogs.models import EntryEdit, EntryState, LiveBlogEntry
from broadsheet.newsletter.models import Subscriber
from broadsheet.newsroom.models import TrashedPage
from broadsheet.newsroom.trash import move_to_trash
from broadsheet.photos.models import Photo
from broadsheet.webhooks.models import Webhook
from tests.factories import make_article, make_entry, make_photo, make_section
from tests.newsroom.admin_world import ROLES, make_world, owned
from tests.newsroom.test_admin_access import refused

pytestmark = pytest.mark.django_db


@dataclass
class Action:
    name: str
    allowed: str
    setup: Any
    post: Any
    happened: Any


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def in_trash(page):
    return TrashedPage.objects.filter(page_id=page.pk).exists()


def editors_story(w):
    return owned(w.editor, make_article(w.section, "An editor's story"))


def editors_draft(w):
    return owned(w.editor, make_article(w.section, "An editor's draft", live=False))


def reporters_draft(w):
    return owned(w.reporter, make_article(w.section, "A reporter's draft", live=False))


def reporters_published(w):
    return owned(w.reporter, make_article(w.section, "A reporter's published story"))


def editors_scheduled(w):
    page = editors_draft(w)
    page.go_live_at = timezone.now() + timedelta(hours=3)
    page.save_revision(user=w.editor).publish(user=w.editor)
    return fresh(page)


def submitted_story(w):
    page = reporters_draft(w)
    page.save_revision(user=w.reporter)
    page.get_workflow().start(page, w.reporter)
    return fresh(page)


def jpeg(name="upload.jpg"):
    buffer = BytesIO()
    Image.new("RGB", (640, 400), (120, 40, 40)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def api(client, page, action, data=None):
    return client.post(
        f"/admin/api/main/pages/{page.pk}/action/{action}/",
        json.dumps(data or {}),
        content_type="application/json",
    )


def copy_page(client, w, page):
    return client.post(
        f"/admin/pages/{page.pk}/copy/",
        {
            "new_title": "The copy",
            "new_slug": f"copy-of-{page.pk}",
            "new_parent_page": w.section.pk,
        },
    )


def other_section(w):
    return make_section("Sport")


ACTIONS = [
    Action(
        "publish a reporter's draft (bulk)",
        "ea",
        reporters_draft,
        lambda c, w, p: c.post(f"/admin/bulk/wagtailcore/page/publish/?id={p.pk}", {}),
        lambda w, p, r: fresh(p).live,
    ),
    Action(
        "publish a reporter's draft (admin API)",
        "ea",
        reporters_draft,
        lambda c, w, p: api(c, p, "publish"),
        lambda w, p, r: fresh(p).live,
    ),
    Action(
        "approve a submitted story",
        "ea",
        submitted_story,
        lambda c, w, p: c.post(
            f"/admin/pages/workflow/action/{p.pk}/approve/{p.current_workflow_task_state.pk}/",
            {},
        ),
        lambda w, p, r: fresh(p).live,
    ),
    Action(
        "unpublish an editor's story",
        "ea",
        editors_story,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/unpublish/", {}),
        lambda w, p, r: not fresh(p).live,
    ),
    Action(
        "unpublish through the admin API",
        "ea",
        editors_story,
        lambda c, w, p: api(c, p, "unpublish"),
        lambda w, p, r: not fresh(p).live,
    ),
    Action(
        "delete an editor's scheduled story",
        "ea",
        editors_scheduled,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/delete/"),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "delete an editor's draft",
        "ea",
        editors_draft,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/delete/"),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "delete one's own draft",
        "rea",
        reporters_draft,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/delete/"),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "delete one's own published story",
        "ea",
        reporters_published,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/delete/"),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "delete an editor's draft (bulk)",
        "ea",
        editors_draft,
        lambda c, w, p: c.post(f"/admin/bulk/wagtailcore/page/delete/?id={p.pk}", {}),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "delete an editor's draft (admin API)",
        "ea",
        editors_draft,
        lambda c, w, p: api(c, p, "delete"),
        lambda w, p, r: in_trash(p),
    ),
    Action(
        "move an editor's story to another section",
        "ea",
        editors_story,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/move/{other_section(w).pk}/confirm/", {}),
        lambda w, p, r: fresh(p).get_parent().slug == "sport",
    ),
    Action(
        "move one's own draft to another section",
        "rea",
        reporters_draft,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/move/{other_section(w).pk}/confirm/", {}),
        lambda w, p, r: fresh(p).get_parent().slug == "sport",
    ),
    Action(
        "copy an editor's story",
        "ea",
        editors_story,
        lambda c, w, p: copy_page(c, w, p),
        lambda w, p, r: Page.objects.filter(slug=f"copy-of-{p.pk}").exists(),
    ),
    Action(
        "copy one's own draft",
        "rea",
        reporters_draft,
        lambda c, w, p: copy_page(c, w, p),
        lambda w, p, r: Page.objects.filter(slug=f"copy-of-{p.pk}").exists(),
    ),
    Action(
        "revert an editor's story to an earlier revision",
        "ea",
        editors_story,
        lambda c, w, p: api(
            c, p, "revert_to_page_revision", {"revision_id": p.revisions.order_by("pk")[0].pk}
        ),
        lambda w, p, r: Revision.page_revisions.filter(object_id=str(p.pk)).count() > 1,
    ),
    Action(
        "cancel an editor's schedule",
        "ea",
        editors_scheduled,
        lambda c, w, p: c.post(
            f"/admin/pages/{p.pk}/revisions/{p.scheduled_revision.pk}/unschedule/", {}
        ),
        lambda w, p, r: fresh(p).scheduled_revision is None,
    ),
    Action(
        "lock an editor's story",
        "ea",
        editors_story,
        lambda c, w, p: c.post(f"/admin/pages/{p.pk}/lock/", {}),
        lambda w, p, r: fresh(p).locked,
    ),
    Action(
        "make a story private",
        "ea",
        editors_story,
        lambda c, w, p: c.post(
            f"/admin/pages/{p.pk}/privacy/", {"restriction_type": "password", "password": "pw"}
        ),
        lambda w, p, r: PageViewRestriction.objects.filter(page_id=p.pk).exists(),
    ),
    Action(
        "add a section",
        "ea",
        lambda w: w.home,
        lambda c, w, p: c.post(
            f"/admin/pages/add/articles/sectionpage/{p.pk}/",
            {"title": "Weather", "slug": "weather", "intro": "", "action-publish": "1"},
        ),
        lambda w, p, r: Page.objects.filter(slug="weather").exists(),
    ),
    Action(
        "change the paper's settings",
        "ea",
        lambda w: w.site,
        lambda c, w, p: c.post(f"/admin/settings/paper/papersettings/{p.pk}/", {}),
        lambda w, p, r: not refused(r),
    ),
    Action(
        "change the distribution settings",
        "ea",
        lambda w: w.site,
        lambda c, w, p: c.post(f"/admin/settings/distribution/distributionsettings/{p.pk}/", {}),
        lambda w, p, r: not refused(r),
    ),
    Action(
        "erase a subscriber",
        "a",
        lambda w: Subscriber.objects.create(email="erase-me@example.org"),
        lambda c, w, p: c.post(f"/admin/newsletter/subscribers/{p.pk}/erase/", {}),
        lambda w, p, r: not Subscriber.objects.filter(email="erase-me@example.org").exists(),
    ),
    Action(
        "rename a webhook",
        "ea",
        lambda w: w.webhook,
        lambda c, w, p: c.post(
            f"/admin/snippets/webhooks/webhook/edit/{p.pk}/",
            {"name": "Renamed", "url": p.url, "secret": p.secret, "is_active": "on"},
        ),
        lambda w, p, r: Webhook.objects.get(pk=p.pk).name == "Renamed",
    ),
    Action(
        "delete a webhook",
        "ea",
        lambda w: Webhook.objects.create(name="Old partner", url="https://old.example.org/"),
        lambda c, w, p: c.post(f"/admin/snippets/webhooks/webhook/delete/{p.pk}/", {}),
        lambda w, p, r: not Webhook.objects.filter(pk=p.pk).exists(),
    ),
    Action(
        "upload a photo",
        "rpea",
        lambda w: w.collection,
        lambda c, w, p: c.post(
            "/admin/images/add/",
            {
                "title": "Uploaded at the desk",
                "file": jpeg(),
                "collection": p.pk,
                "description": "A red square",
                "caption": "",
                "credit": "Staff photo",
            },
        ),
        lambda w, p, r: Photo.objects.filter(title="Uploaded at the desk").exists(),
    ),
    Action(
        "edit someone else's photo",
        "pea",
        lambda w: make_photo("Someone else's photo"),
        lambda c, w, p: c.post(
            f"/admin/images/{p.pk}/",
            {"title": "Retitled", "collection": p.collection_id, "description": "Alt"},
        ),
        lambda w, p, r: Photo.objects.get(pk=p.pk).title == "Retitled",
    ),
    Action(
        "delete someone else's photo",
        "pea",  # Wagtail's image policy counts delete as change, which editors have
        lambda w: make_photo("Doomed photo"),
        lambda c, w, p: c.post(f"/admin/images/{p.pk}/delete/", {}),
        lambda w, p, r: not Photo.objects.filter(pk=p.pk).exists(),
    ),
    Action(
        "post an entry to a live blog (published or for review)",
        "rea",
        lambda w: w.live_blog,
        lambda c, w, p: c.post(
            f"/admin/liveblogs/{p.pk}/", {"kind": "text", "author": w.person.pk, "text": "Now."}
        ),
        lambda w, p, r: p.entries.filter(text="Now.").exists(),
    ),
    Action(
        "publish a live blog entry straight away",
        "ea",
        lambda w: w.live_blog,
        lambda c, w, p: c.post(
            f"/admin/liveblogs/{p.pk}/", {"kind": "text", "author": w.person.pk, "text": "Live."}
        ),
        lambda w, p, r: p.entries.published().filter(text="Live.").exists(),
    ),
    Action(
        "approve a reporter's live blog entry",
        "ea",
        lambda w: make_entry(w.live_blog, "Waiting.", state=EntryState.SUBMITTED),
        lambda c, w, p: c.post(f"/admin/liveblogs/entries/{p.pk}/publish/"),
        lambda w, p, r: LiveBlogEntry.objects.get(pk=p.pk).state == EntryState.PUBLISHED,
    ),
    Action(
        "withdraw a published live blog entry",
        "ea",
        lambda w: make_entry(w.live_blog, "Published."),
        lambda c, w, p: c.post(f"/admin/liveblogs/entries/{p.pk}/withdraw/"),
        lambda w, p, r: LiveBlogEntry.objects.get(pk=p.pk).state == EntryState.WITHDRAWN,
    ),
    Action(
        "delete someone else's waiting live blog entry",
        "ea",
        lambda w: make_entry(
            w.live_blog, "Someone's.", state=EntryState.SUBMITTED, posted_by=w.admin
        ),
        lambda c, w, p: c.post(f"/admin/liveblogs/entries/{p.pk}/delete/"),
        lambda w, p, r: not LiveBlogEntry.objects.filter(pk=p.pk).exists(),
    ),
    Action(
        "edit a published live blog entry straight away",
        "ea",
        lambda w: make_entry(w.live_blog, "As posted.", author=w.person),
        lambda c, w, p: c.post(
            f"/admin/liveblogs/entries/{p.pk}/edit/",
            {"kind": "text", "author": w.person.pk, "text": "As edited."},
        ),
        lambda w, p, r: LiveBlogEntry.objects.get(pk=p.pk).text == "As edited.",
    ),
    Action(
        "edit a published live blog entry (at once or for review)",
        "rea",
        lambda w: make_entry(w.live_blog, "As posted.", author=w.person),
        lambda c, w, p: c.post(
            f"/admin/liveblogs/entries/{p.pk}/edit/",
            {"kind": "text", "author": w.person.pk, "text": "As edited."},
        ),
        lambda w, p, r: (
            LiveBlogEntry.objects.get(pk=p.pk).text == "As edited."
            or EntryEdit.objects.filter(entry=p, content__text="As edited.").exists()
        ),
    ),
    Action(
        "publish a reporter's edit of a live blog entry",
        "ea",
        lambda w: (
            EntryEdit.objects.create(
                entry=make_entry(w.live_blog, "As posted."),
                content={"text": "As edited."},
                proposed_by=w.reporter,
            ).entry
        ),
        lambda c, w, p: c.post(f"/admin/liveblogs/entries/{p.pk}/edit/publish/"),
        lambda w, p, r: LiveBlogEntry.objects.get(pk=p.pk).text == "As edited.",
    ),
    Action(
        "discard someone else's edit of a live blog entry",
        "ea",
        lambda w: (
            EntryEdit.objects.create(
                entry=make_entry(w.live_blog, "As posted."),
                content={"text": "As edited."},
                proposed_by=w.admin,
            ).entry
        ),
        lambda c, w, p: c.post(f"/admin/liveblogs/entries/{p.pk}/edit/discard/"),
        lambda w, p, r: not EntryEdit.objects.filter(entry=p).exists(),
    ),
    Action(
        "reword a published correction's note",
        "ea",
        lambda w: ArticleChange.objects.create(
            article=make_article(w.section, "A corrected story"),
            kind="correction",
            note="Worded badly.",
        ),
        lambda c, w, p: c.post(
            f"/admin/stories/{p.article_id}/notes/", {"change": p.pk, "note": "Worded well."}
        ),
        lambda w, p, r: ArticleChange.objects.get(pk=p.pk).note == "Worded well.",
    ),
    Action(
        "restore a story from the trash",
        "ea",
        lambda w: move_to_trash(make_article(w.section, "Trashed by mistake"), user=w.editor),
        lambda c, w, p: c.post(f"/admin/trash/{p.pk}/restore/"),
        lambda w, p, r: (
            not TrashedPage.objects.filter(pk=p.pk).exists()
            and Page.objects.filter(pk=p.page_id).exists()
        ),
    ),
    Action(
        "delete a story from the trash for good",
        "a",
        lambda w: move_to_trash(make_article(w.section, "Really gone"), user=w.editor),
        lambda c, w, p: c.post(f"/admin/trash/{p.pk}/delete/"),
        lambda w, p, r: not Page.objects.filter(pk=p.page_id).exists(),
    ),
    Action(
        "empty the trash",
        "a",
        lambda w: move_to_trash(make_article(w.section, "In the bin"), user=w.editor),
        lambda c, w, p: c.post("/admin/trash/empty/"),
        lambda w, p, r: not TrashedPage.objects.exists(),
    ),
    Action(
        "edit a group",
        "a",
        lambda w: w.group,
        lambda c, w, p: c.post(f"/admin/groups/edit/{p.pk}/", {"name": "Renamed"}),
        lambda w, p, r: not refused(r),
    ),
    Action(
        "add a user",
        "a",
        lambda w: None,
        lambda c, w, p: c.post("/admin/users/new/", {}),
        lambda w, p, r: not refused(r),
    ),
]


@pytest.mark.parametrize("role", list(ROLES))
def test_each_role_does_only_what_it_may(client, role):
    world = make_world()
    user = getattr(world, ROLES[role])
    wrong = []
    for action in ACTIONS:
        target = action.setup(world)
        client.force_login(user)
        response = action.post(client, world, target)
        assert response.status_code < 500, f"{action.name}: {response.status_code}"
        if bool(action.happened(world, target, response)) != (role in action.allowed):
            wrong.append(f"{action.name} ({action.allowed}): {response.status_code}")
    assert wrong == [], f"{ROLES[role]} did or was refused wrongly:\n" + "\n".join(wrong)
