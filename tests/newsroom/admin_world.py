"""A small newsroom with one of everything the admin's URLs point at, for the access tests."""

from datetime import date, timedelta
from io import StringIO
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site, Task, UploadedFile, Workflow

from broadsheet.editions.models import Edition
from broadsheet.newsletter.models import Issue, Newsletter, Subscriber
from broadsheet.newsroom.roles import EDITORS, PHOTO_EDITORS, REPORTERS, REVIEW_WORKFLOW
from broadsheet.newsroom.trash import move_to_trash
from broadsheet.paper.models import Banner
from broadsheet.webhooks.models import Delivery, Webhook
from broadsheet.wires.models import Agency, QuarantinedFile, WireItem
from tests.factories import (
    make_article,
    make_entry,
    make_home,
    make_live_blog,
    make_person,
    make_photo,
    make_section,
)

ROLES = {"r": "reporter", "p": "photo_editor", "e": "editor", "a": "admin"}


def admin_routes():
    """Every URL pattern under /admin/, as its full route text."""

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    return {route for route in walk(get_resolver().url_patterns, "") if route.startswith("admin/")}


def user_in(group_name, username):
    user = get_user_model().objects.create_user(
        username, password="a-long-password-1", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def owned(user, article):
    article.owner = user
    article.save(update_fields=["owner"])
    return article


def make_world():
    """Build the newsroom: four people, their stories, and one object behind every admin URL."""
    home = make_home()
    call_command("setup_newsroom", stdout=StringIO())
    section = make_section("News")
    reporter = user_in(REPORTERS, "rita")
    photo_editor = user_in(PHOTO_EDITORS, "pat")
    editor = user_in(EDITORS, "ed")
    admin = get_user_model().objects.create_superuser("ada", password="a-long-password-1")

    story = owned(editor, make_article(section, "Editor's live story"))
    story.title = "Editor's live story, revised"
    story.save_revision(user=editor)
    scheduled = owned(editor, make_article(section, "Editor's scheduled story", live=False))
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled_revision = scheduled.save_revision(user=editor)
    scheduled_revision.publish(user=editor)
    draft = owned(reporter, make_article(section, "Reporter's draft", live=False))
    draft_revision = draft.save_revision(user=reporter)
    submitted = owned(reporter, make_article(section, "Reporter's submitted story", live=False))
    submitted.save_revision(user=reporter)
    workflow_state = submitted.get_workflow().start(submitted, reporter)
    trashed = make_article(section, "Trashed story")
    trash_item = move_to_trash(trashed, user=editor)

    photo = make_photo("Editor's photo")
    photo.uploaded_by_user = editor
    photo.save()
    document = get_document_model().objects.create(
        title="Style guide", file=ContentFile(b"%PDF-1.4 style", name="style.pdf")
    )
    uploaded_image = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(get_image_model()),
        file=ContentFile(b"not yet an image", name="upload.jpg"),
        uploaded_by_user=editor,
    )
    live_blog = make_live_blog(section, "Live: the harbour strike")
    site = Site.objects.get(is_default_site=True)
    webhook = Webhook.objects.create(name="Partner app", url="https://partner.example.org/hook")
    newsletter = Newsletter.objects.first() or Newsletter.objects.create(
        name="Daily", slug="daily", kind="daily"
    )
    agency = Agency.objects.create(name="Meridian Wire", default_section=section)
    return SimpleNamespace(
        banner=Banner.objects.create(
            text="Harbour closed", expires_at=timezone.now() + timedelta(days=30)
        ),
        agency=agency,
        wire_item=WireItem.objects.create(agency=agency, guid="urn:world:1", headline="Wire"),
        quarantined=QuarantinedFile.objects.create(
            agency=agency, file_name="broken.xml", reason="malformed XML", content=b"<x"
        ),
        home=home,
        section=section,
        reporter=reporter,
        photo_editor=photo_editor,
        editor=editor,
        admin=admin,
        story=story,
        story_revision=story.latest_revision,
        scheduled=scheduled,
        scheduled_revision=scheduled_revision,
        draft=draft,
        draft_revision=draft_revision,
        submitted=submitted,
        workflow_state=workflow_state,
        task_state=workflow_state.current_task_state,
        task=Task.objects.get(name="Editor sign-off"),
        workflow=Workflow.objects.get(name=REVIEW_WORKFLOW),
        trash_item=trash_item,
        photo=photo,
        document=document,
        uploaded_image=uploaded_image,
        collection=Collection.get_first_root_node(),
        site=site,
        webhook=webhook,
        delivery=Delivery.objects.create(
            webhook=webhook, event="published", article_id=story.pk, payload={}
        ),
        person=make_person("Paula Writer", photo=False),
        live_blog=live_blog,
        live_entry=make_entry(live_blog, "A published entry."),
        issue=Issue.objects.create(newsletter=newsletter, day=date(2026, 12, 1), subject="Today"),
        subscriber=Subscriber.objects.create(email="reader@example.org"),
        edition=Edition.objects.create(site=site, date=date(2026, 12, 1), number=1),
        redirect=Redirect.objects.create(old_path="/old-story", redirect_link="/news/"),
        group=Group.objects.get(name=REPORTERS),
        editing_session=EditingSession.objects.create(
            user=editor,
            content_type_id=story.content_type_id,
            object_id=str(story.pk),
            last_seen_at=timezone.now(),
        ),
    )
