"""Editing a posted entry from the live desk: the review rules of posting, and what readers see."""

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache

from broadsheet.liveblogs.models import EntryEdit, EntryState
from tests.factories import make_entry, make_live_blog, make_person
from tests.liveblogs.test_desk import log_in, refused
from tests.newsroom.browser import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(newsroom):
    return make_live_blog(newsroom["section"], "Live: the budget", authors=[newsroom["edna"]])


@pytest.fixture
def entry(newsroom, blog):
    return make_entry(
        blog, "Fuel duty rises by 5p.", author=newsroom["rita"], posted_by=newsroom["reporter"]
    )


def edit_url(entry, action=""):
    return f"/admin/liveblogs/entries/{entry.pk}/edit/{action}"


def edit(client, entry, text, **fields):
    return client.post(
        edit_url(entry), {"kind": "text", "author": entry.author_id, "text": text, **fields}
    )


def since(client, blog, cursor):
    return client.get(f"/liveblogs/{blog.pk}/entries.json", {"since": cursor}).json()


def test_an_editors_edit_is_on_the_page_and_in_the_endpoint_marked_edited(
    client, newsroom, blog, entry, django_capture_on_commit_callbacks
):
    cursor = blog.cursor()
    log_in(client, newsroom["editor"])

    with django_capture_on_commit_callbacks(execute=True):
        response = edit(client, entry, "Fuel duty is frozen.", headline="Correction to figure")

    assert response.status_code == 302 and response.url == f"/admin/liveblogs/{blog.pk}/"
    entry.refresh_from_db()
    assert entry.text == "Fuel duty is frozen." and entry.edited_at == entry.changed_at
    assert entry.posted_at < entry.edited_at  # it keeps its place on the page
    client.logout()
    page = client.get(blog.url).content.decode()
    assert "Fuel duty is frozen." in page and "Fuel duty rises by 5p." not in page
    assert "Correction to figure" in page
    assert 'class="live-entry__edited">Edited <time datetime="' in page
    answer = since(client, blog, cursor)
    assert [item["id"] for item in answer["entries"]] == [f"entry-{entry.pk}"]
    assert "Fuel duty is frozen." in answer["entries"][0]["html"]
    assert "Edited" in answer["entries"][0]["html"]
    assert answer["entries"][0]["edited"] == entry.cursor
    assert int(answer["cursor"]) == entry.cursor
    blog.refresh_from_db()
    assert blog.updated_at == entry.edited_at


def test_a_reporters_edit_waits_for_an_editor_who_publishes_it(client, newsroom, blog, entry):
    cursor = blog.cursor()
    log_in(client, newsroom["reporter"])

    assert "Post edit for approval" in client.get(edit_url(entry)).content.decode()
    response = edit(client, entry, "Fuel duty rises by 3p.")

    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.text == "Fuel duty rises by 5p." and entry.edited_at is None
    waiting = EntryEdit.objects.get(entry=entry)
    assert waiting.proposed_by == newsroom["reporter"]
    desk = client.get(f"/admin/liveblogs/{blog.pk}/").content.decode()
    assert "Edit waiting for an editor" in desk and "Fuel duty rises by 3p." in desk
    assert "Publish edit" not in desk  # a reporter may not publish it
    # Opening the form again shows the waiting edit, to work on.
    assert "Fuel duty rises by 3p." in client.get(edit_url(entry)).content.decode()
    client.logout()
    assert "Fuel duty rises by 3p." not in client.get(blog.url).content.decode()
    assert since(client, blog, cursor)["entries"] == []

    log_in(client, newsroom["editor"])
    assert "Publish edit" in client.get(f"/admin/liveblogs/{blog.pk}/").content.decode()
    assert client.post(edit_url(entry, "publish/")).status_code == 302

    assert not EntryEdit.objects.exists()
    entry.refresh_from_db()
    assert entry.text == "Fuel duty rises by 3p." and entry.edited_at is not None
    client.logout()
    assert "Fuel duty rises by 3p." in client.get(blog.url).content.decode()
    assert since(client, blog, cursor)["entries"][0]["id"] == f"entry-{entry.pk}"


def test_an_editors_edit_replaces_a_waiting_one(client, newsroom, blog, entry):
    EntryEdit.objects.create(entry=entry, content={**entry.content(), "text": "Proposed."})
    log_in(client, newsroom["editor"])

    edit(client, entry, "The editor's own wording.")

    assert not EntryEdit.objects.exists()
    entry.refresh_from_db()
    assert entry.text == "The editor's own wording."


def test_a_reporter_edits_their_own_waiting_entry_in_place(client, newsroom, blog):
    waiting = make_entry(
        blog, "Draft wording.", state=EntryState.SUBMITTED, posted_by=newsroom["reporter"]
    )
    log_in(client, newsroom["reporter"])

    assert edit(client, waiting, "Better wording.").status_code == 302

    waiting.refresh_from_db()
    assert waiting.text == "Better wording." and waiting.state == EntryState.SUBMITTED
    assert waiting.edited_at is None and not EntryEdit.objects.exists()
    client.logout()
    assert "Better wording." not in client.get(blog.url).content.decode()


def test_discarding_a_waiting_edit(client, newsroom, blog, entry):
    from broadsheet.newsroom.roles import REPORTERS
    from tests.newsroom.conftest import user_in

    other = user_in(REPORTERS, "ola", "Ola", "Other")
    EntryEdit.objects.create(
        entry=entry, content={**entry.content(), "text": "Proposed."}, proposed_by=other
    )
    log_in(client, newsroom["reporter"])
    assert refused(client.post(edit_url(entry, "discard/")))  # not theirs
    log_in(client, other)
    assert client.post(edit_url(entry, "discard/")).status_code == 302
    assert not EntryEdit.objects.exists()
    entry.refresh_from_db()
    assert entry.text == "Fuel duty rises by 5p."


def test_who_may_use_the_edit_addresses(client, newsroom, blog, entry, django_user_model):
    others_waiting = make_entry(
        blog, "Not mine.", state=EntryState.SUBMITTED, posted_by=newsroom["editor"]
    )
    withdrawn = make_entry(blog, "Gone.", state=EntryState.WITHDRAWN)
    proposal = EntryEdit.objects.create(
        entry=entry, content={**entry.content(), "text": "Proposed."}
    )
    addresses = [edit_url(entry), edit_url(entry, "publish/"), edit_url(entry, "discard/")]

    # Anonymous: to the login, for every address.
    for address in addresses:
        response = client.post(address)
        assert response.status_code == 302 and "/admin/login/" in response.url

    # Into the admin, but in no newsroom role.
    outsider = django_user_model.objects.create_user("out", password=PASSWORD)
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    log_in(client, outsider)
    assert refused(client.get(edit_url(entry)))
    for address in addresses:
        assert refused(client.post(address))

    # A reporter: a published entry and their own waiting one, not another's, nor withdrawn.
    log_in(client, newsroom["reporter"])
    assert client.get(edit_url(entry)).status_code == 200
    assert refused(client.get(edit_url(others_waiting)))
    assert refused(edit(client, others_waiting, "Sneaky."))
    assert refused(client.get(edit_url(withdrawn)))
    assert refused(client.post(edit_url(entry, "publish/")))
    assert refused(client.post(edit_url(entry, "discard/")))  # proposed by no one of theirs

    # An editor: every entry, and publishing or discarding waiting edits.
    log_in(client, newsroom["editor"])
    for each in (entry, others_waiting, withdrawn):
        assert client.get(edit_url(each)).status_code == 200
    assert client.get(edit_url(entry, "publish/")).status_code == 405  # POST only
    assert client.post(edit_url(entry, "discard/")).status_code == 302
    assert refused(client.post(edit_url(entry, "publish/")))  # nothing waits any more
    assert not EntryEdit.objects.filter(pk=proposal.pk).exists()
    assert client.get("/admin/liveblogs/entries/999999/edit/").status_code == 404

    others_waiting.refresh_from_db()
    assert others_waiting.text == "Not mine."


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "text", "text": ""}, "Write the entry&#x27;s text."),
        ({"kind": "photo", "text": "A caption"}, "Choose the photo."),
        ({"kind": "photo", "photo": "999999"}, "Select a valid choice."),
        ({"kind": "quote", "text": ""}, "Write the quote."),
        ({"kind": "embed", "embed_url": "javascript:alert(1)"}, "Enter a valid URL."),
        ({"kind": "poem", "text": "Roses."}, "Select a valid choice."),
        ({"author": "not a number", "text": "Fine."}, "Select a valid choice."),
        ({"text": "x" * 5001}, "Ensure this value has at most 5000 characters"),
    ],
)
def test_a_bad_edit_is_explained_and_changes_nothing(
    client, newsroom, blog, entry, fields, message
):
    log_in(client, newsroom["editor"])

    response = client.post(
        edit_url(entry), {"kind": "text", "author": entry.author_id, "text": "", **fields}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and "The entry could not be saved" in html
    entry.refresh_from_db()
    assert entry.text == "Fuel duty rises by 5p." and entry.edited_at is None


def test_an_entry_keeps_an_author_no_longer_on_the_byline(client, newsroom, blog):
    guest = make_person("Wren Halloway", photo=False, on_staff=False)
    entry = make_entry(blog, "From the harbour.", author=guest)
    log_in(client, newsroom["editor"])

    assert edit(client, entry, "From the harbour wall.").status_code == 302

    entry.refresh_from_db()
    assert entry.author == guest and entry.text == "From the harbour wall."


def test_an_edit_purges_the_stored_page_and_answers(
    client, newsroom, blog, entry, settings, django_capture_on_commit_callbacks
):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    endpoint = f"/liveblogs/{blog.pk}/entries.json?since={blog.cursor()}"
    client.get(endpoint)
    client.get(blog.url)
    assert client.get(endpoint)["X-Page-Cache"] == "HIT"
    assert client.get(blog.url)["X-Page-Cache"] == "HIT"

    editor = client.__class__()
    log_in(editor, newsroom["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        edit(editor, entry, "Fuel duty is frozen.")

    answer = client.get(endpoint)
    assert answer["X-Page-Cache"] == "MISS"
    assert "Fuel duty is frozen." in answer.json()["entries"][0]["html"]
    assert "Fuel duty is frozen." in client.get(blog.url).content.decode()
    cache.clear()


def test_a_waiting_edit_whose_author_is_gone_is_refused_with_a_message(
    client, newsroom, blog, entry
):
    EntryEdit.objects.create(entry=entry, content={**entry.content(), "author_id": 999999})
    log_in(client, newsroom["editor"])

    response = client.post(edit_url(entry, "publish/"), follow=True)

    assert response.status_code == 200
    html = response.content.decode()
    assert "The edit cannot be published as it is: person instance with id 999999" in html
    entry.refresh_from_db()
    assert entry.author == newsroom["rita"] and EntryEdit.objects.filter(entry=entry).exists()
