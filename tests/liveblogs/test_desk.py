"""The live desk in the admin: who posts, who publishes, and what readers then see."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache

from broadsheet.liveblogs.models import EntryState, LiveBlogEntry, LiveBlogPage
from tests.factories import make_entry, make_live_blog
from tests.newsroom.browser import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(newsroom):
    return make_live_blog(newsroom["section"], "Live: the budget", authors=[newsroom["edna"]])


def log_in(client, user):
    client.force_login(user)
    return client


def refused(response):
    """403, or Wagtail's redirect to the dashboard saying "you do not have permission"."""
    if response.status_code == 403:
        return True
    messages = getattr(response.wsgi_request, "_messages", None)
    return response.status_code == 302 and any(
        "permission" in str(message) for message in getattr(messages, "_queued_messages", [])
    )


def post(client, blog, author, text, **fields):
    return client.post(
        f"/admin/liveblogs/{blog.pk}/",
        {"kind": "text", "author": author.pk, "text": text, **fields},
    )


def test_an_editors_entry_is_published_at_once(
    client, newsroom, blog, django_capture_on_commit_callbacks
):
    log_in(client, newsroom["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, blog, newsroom["edna"], "The chancellor stands up.")

    assert response.status_code == 302
    entry = LiveBlogEntry.objects.get()
    assert entry.state == EntryState.PUBLISHED and entry.published_by == newsroom["editor"]
    client.logout()
    assert "The chancellor stands up." in client.get(blog.url).content.decode()


def test_a_reporters_entry_waits_for_an_editor(client, newsroom, blog):
    log_in(client, newsroom["reporter"])
    post(client, blog, newsroom["rita"], "Protesters gather outside.")

    entry = LiveBlogEntry.objects.get()
    assert entry.state == EntryState.SUBMITTED and entry.posted_by == newsroom["reporter"]
    desk = client.get(f"/admin/liveblogs/{blog.pk}/").content.decode()
    assert "Waiting for an editor" in desk and "Post for approval" in desk
    assert refused(client.post(f"/admin/liveblogs/entries/{entry.pk}/publish/"))
    client.logout()
    assert "Protesters gather outside." not in client.get(blog.url).content.decode()
    answer = client.get(f"/liveblogs/{blog.pk}/entries.json?since=0").json()
    assert answer["entries"] == []

    log_in(client, newsroom["editor"])
    client.post(f"/admin/liveblogs/entries/{entry.pk}/publish/")
    client.logout()
    assert "Protesters gather outside." in client.get(blog.url).content.decode()


def test_no_republishing_entries_leave_the_page_revision_alone(client, newsroom, blog):
    revisions = blog.revisions.count()
    log_in(client, newsroom["editor"])
    post(client, blog, newsroom["edna"], "An entry.")

    blog.refresh_from_db()
    assert blog.revisions.count() == revisions
    assert not blog.has_unpublished_changes
    assert blog.updated_at > blog.first_published_at


def test_republishing_the_page_keeps_entries_and_the_update_time(client, newsroom, blog):
    make_entry(blog, "Earlier entry.")
    log_in(client, newsroom["editor"])
    post(client, blog, newsroom["edna"], "Latest entry.")
    blog.refresh_from_db()
    updated = blog.updated_at

    LiveBlogPage.objects.get(pk=blog.pk).save_revision().publish()

    blog.refresh_from_db()
    assert blog.updated_at == updated
    assert blog.entries.published().count() == 2


def test_editors_withdraw_and_readers_pages_are_told(client, newsroom, blog):
    entry = make_entry(blog, "A wrong figure.", author=newsroom["edna"])
    cursor = blog.cursor()
    log_in(client, newsroom["editor"])

    client.post(f"/admin/liveblogs/entries/{entry.pk}/withdraw/")

    client.logout()
    answer = client.get(f"/liveblogs/{blog.pk}/entries.json?since={cursor}").json()
    assert answer["removed"] == [f"entry-{entry.pk}"]
    assert "A wrong figure." not in client.get(blog.url).content.decode()


def test_a_reporter_deletes_only_their_own_waiting_entry(client, newsroom, blog):
    theirs = make_entry(blog, "Mine.", state=EntryState.SUBMITTED, posted_by=newsroom["reporter"])
    others = make_entry(blog, "Not mine.", state=EntryState.SUBMITTED, posted_by=newsroom["editor"])
    live = make_entry(blog, "Live.", posted_by=newsroom["reporter"])
    log_in(client, newsroom["reporter"])

    assert refused(client.post(f"/admin/liveblogs/entries/{others.pk}/delete/"))
    assert refused(client.post(f"/admin/liveblogs/entries/{live.pk}/delete/"))
    assert client.post(f"/admin/liveblogs/entries/{theirs.pk}/delete/").status_code == 302
    assert set(LiveBlogEntry.objects.values_list("pk", flat=True)) == {others.pk, live.pk}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "text", "text": ""}, "Write the entry&#x27;s text."),
        ({"kind": "photo", "text": "A caption"}, "Choose the photo."),
        ({"kind": "quote", "text": ""}, "Write the quote."),
        ({"kind": "embed", "embed_url": "not a url"}, "Enter a valid URL."),
    ],
)
def test_an_incomplete_entry_is_explained(client, newsroom, blog, fields, message):
    log_in(client, newsroom["editor"])

    response = client.post(
        f"/admin/liveblogs/{blog.pk}/", {"author": newsroom["edna"].pk, **fields}
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not LiveBlogEntry.objects.exists()


def test_the_desk_needs_a_newsroom_role(client, newsroom, blog, django_user_model):
    assert client.get(f"/admin/liveblogs/{blog.pk}/").status_code == 302  # to the login
    outsider = django_user_model.objects.create_user("out", password=PASSWORD)
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    log_in(client, outsider)
    assert refused(client.get(f"/admin/liveblogs/{blog.pk}/"))
    assert refused(client.get("/admin/liveblogs/"))
    assert refused(post(client, blog, newsroom["edna"], "Sneaky."))
    assert not LiveBlogEntry.objects.exists()


def test_entries_cannot_be_posted_to_an_unpublished_live_blog(client, newsroom):
    draft = make_live_blog(newsroom["section"], live=False)
    log_in(client, newsroom["editor"])

    assert refused(post(client, draft, newsroom["edna"], "Too early."))


def test_the_live_blogs_list_and_the_page_header_link_to_the_desk(client, newsroom, blog):
    make_entry(blog, "Waiting.", state=EntryState.SUBMITTED)
    log_in(client, newsroom["reporter"])

    listing = client.get("/admin/liveblogs/").content.decode()
    edit = client.get(f"/admin/pages/{blog.get_parent().pk}/").content.decode()

    assert f'href="/admin/liveblogs/{blog.pk}/"' in listing
    assert "Live: the budget" in listing
    assert "Live blogs" in client.get("/admin/").content.decode()
    assert edit.count(f"/admin/liveblogs/{blog.pk}/") <= 1  # the explorer may not list it


def test_a_reporter_may_start_a_live_blog_in_a_section(client, newsroom):
    section = newsroom["section"]
    log_in(client, newsroom["reporter"])

    form = client.get(f"/admin/pages/add/liveblogs/liveblogpage/{section.pk}/")

    assert form.status_code == 200
    assert "Key points" in form.content.decode()


def test_posting_purges_the_stored_page_and_answer(
    client, newsroom, blog, settings, django_capture_on_commit_callbacks
):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    endpoint = f"/liveblogs/{blog.pk}/entries.json?since={blog.cursor()}"
    assert client.get(endpoint)["X-Page-Cache"] == "MISS"
    assert client.get(endpoint)["X-Page-Cache"] == "HIT"
    assert client.get(blog.url)["X-Page-Cache"] == "MISS"

    editor = client.__class__()
    log_in(editor, newsroom["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        post(editor, blog, newsroom["edna"], "Breaking: a new figure.")

    answer = client.get(endpoint)
    page = client.get(blog.url)
    assert answer["X-Page-Cache"] == "MISS" and page["X-Page-Cache"] == "MISS"
    assert "Breaking: a new figure." in answer.json()["entries"][0]["html"]
    assert "Breaking: a new figure." in page.content.decode()
    # The readers who move on to the new cursor find its answer ready: no render for them.
    moved_on = client.get(f"/liveblogs/{blog.pk}/entries.json?since={answer.json()['cursor']}")
    assert moved_on["X-Page-Cache"] == "HIT" and moved_on.json()["entries"] == []
    assert moved_on["X-Frame-Options"] == "DENY"
    cache.clear()
