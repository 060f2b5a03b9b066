"""The demo loader turns the generated paper into live pages, people, photos and logins."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.html import escape

from broadsheet.articles.models import ArticleChange, ArticlePage, ChangeKind, SectionPage
from broadsheet.liveblogs.models import EntryKind, LiveBlogPage
from broadsheet.people.models import Person
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def test_load_demo_builds_a_live_paper_once(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    output = StringIO()
    call_command("load_demo", stories=24, stdout=output)
    front = client.get("/").content.decode()
    sections = list(SectionPage.objects.published())
    assert sections and all(f'href="{section.url}"' in front for section in sections)
    journalists = client.get(reverse("people:list")).content.decode()
    assert all(escape(person.name) in journalists for person in Person.objects.staff())
    assert all(person.photo_id for person in Person.objects.staff())
    assert Person.objects.guests().exists()
    articles = ArticlePage.objects.live().exact_type(ArticlePage)
    assert articles.count() == 24
    assert all(article.lead_photo and article.lead_photo.credit for article in articles)
    assert "admin" in output.getvalue() and (tmp_path / "demo-login.txt").exists()
    assert (
        get_user_model().objects.get(username="reporter").groups.filter(name="Reporters").exists()
    )

    article = articles.order_by("-first_published_at").first()
    assert client.get(article.url).status_code == 200

    # A few stories credit a colleague's additional reporting and the guest photographer.
    credited = articles.filter(article_authors__role="photography").distinct()
    assert credited.count() >= 1
    story = credited.first()
    byline = story.byline
    assert byline.authors and {"additional_reporting", "photography"} <= {
        credit.role for credit in byline.contributors
    }
    photographer = next(c for c in byline.contributors if c.role == "photography")
    assert not photographer.on_staff and story.lead_photo.credit == photographer.name
    page = client.get(story.url).content.decode()
    assert f'Photography by <a href="{photographer.url}">{photographer.name}</a>' in page

    # Some stories carry a classified correction or update, with its note, on the page and listed.
    corrections = ArticleChange.objects.corrections()
    updates = ArticleChange.objects.filter(kind=ChangeKind.UPDATE)
    assert corrections.exists() and updates.exists()
    assert all(change.note for change in ArticleChange.objects.all())
    for change in [corrections.first(), updates.first()]:
        story = ArticlePage.objects.get(pk=change.article_id)
        assert story.updated_at >= change.published_at and story.was_updated()
        assert change.note in client.get(story.url).content.decode()
    assert corrections.first().note in client.get("/corrections/").content.decode()

    again = StringIO()
    call_command("load_demo", stories=24, stdout=again)
    assert "already loaded" in again.getvalue()
    assert ArticlePage.objects.exact_type(ArticlePage).count() == 24
    assert LiveBlogPage.objects.count() == 1


def make_live_paper_with_admin():
    make_article(make_section("Harbour desk"), "A real story")
    return get_user_model().objects.create_user(
        "admin", "chief@example.org", "the-real-password", is_staff=True
    )


def test_refuses_a_database_holding_another_paper_and_changes_nobody(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    admin = make_live_paper_with_admin()
    with pytest.raises(CommandError, match="not the demo"):
        call_command("load_demo", stories=6, stdout=StringIO())
    admin.refresh_from_db()
    assert admin.check_password("the-real-password")
    assert not admin.is_superuser
    assert ArticlePage.objects.count() == 1
    assert not (tmp_path / "demo-login.txt").exists()


def test_force_adds_the_demo_but_leaves_existing_accounts_alone(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    admin = make_live_paper_with_admin()
    output = StringIO()
    call_command("load_demo", stories=6, force=True, stdout=output)
    assert ArticlePage.objects.exact_type(ArticlePage).count() == 7
    admin.refresh_from_db()
    assert admin.check_password("the-real-password")
    assert not admin.is_superuser
    assert "admin     (exists already: left unchanged)" in output.getvalue()
    editor = get_user_model().objects.get(username="editor")
    assert editor.groups.filter(name="Editors").exists()


def test_running_again_is_a_quiet_no_op_even_without_the_logins_file(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    call_command("load_demo", stories=6, stdout=StringIO())
    admin = get_user_model().objects.get(username="admin")
    password_hash = admin.password
    (tmp_path / "demo-login.txt").unlink()
    again = StringIO()
    call_command("load_demo", stories=6, stdout=again)  # no CommandError: exit status 0
    assert "already loaded" in again.getvalue()
    admin.refresh_from_db()
    assert admin.password == password_hash
    assert ArticlePage.objects.exact_type(ArticlePage).count() == 6


def test_demo_stories_carry_revisions_to_compare_and_restore(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    call_command("load_demo", stories=24, stdout=StringIO())
    with_history = [a for a in ArticlePage.objects.live() if a.revisions.count() >= 3]
    assert len(with_history) >= 3
    article = with_history[0]
    revisions = list(article.revisions.order_by("created_at").select_related("user"))
    assert {revision.user.username for revision in revisions} == {"reporter", "editor"}
    assert [r.created_at for r in revisions] == sorted(r.created_at for r in revisions)
    assert revisions[-1].created_at == article.first_published_at
    assert article.live_revision_id == revisions[-1].pk == article.latest_revision_id
    assert not article.has_unpublished_changes
    first, last = revisions[0].as_object(), revisions[-1].as_object()
    assert first.title != last.title == article.title  # the editor rewrote the headline
    assert len(first.body) < len(last.body)  # the reporter filed the rest later
    assert revisions[-1].as_object().standfirst == article.standfirst

    editor = get_user_model().objects.get(username="editor")
    client.force_login(editor)
    compare = client.get(
        f"/admin/pages/{article.pk}/revisions/compare/{revisions[0].pk}...{revisions[-1].pk}/"
    )
    assert compare.status_code == 200
    changes = compare.content.decode()
    assert 'class="deletion"' in changes and 'class="addition"' in changes
    history = client.get(f"/admin/pages/{article.pk}/history/")
    assert history.status_code == 200 and "reporter" in history.content.decode()
    restore = client.get(f"/admin/pages/{article.pk}/revisions/{revisions[0].pk}/revert/")
    assert restore.status_code == 200
    assert f'value="{first.title}"' in restore.content.decode()


def test_the_demo_live_blog_has_ended_with_entries_of_every_kind(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    call_command("load_demo", stories=12, stdout=StringIO())

    blog = LiveBlogPage.objects.live().get()
    entries = blog.entries.published()
    html = client.get(blog.url).content.decode()

    assert blog.has_ended and entries.count() >= 20
    assert set(entries.values_list("kind", flat=True)) == set(EntryKind)
    assert "Live coverage ended" in html and "data-poll-seconds" not in html
    assert html.count('class="live-entry"') == entries.count()
