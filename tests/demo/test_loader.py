"""The demo loader turns the generated paper into live pages, people, photos and logins."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from broadsheet.articles.models import ArticlePage, SectionPage
from broadsheet.people.models import Person

pytestmark = pytest.mark.django_db


def test_load_demo_builds_a_live_paper_once(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    output = StringIO()
    call_command("load_demo", stories=24, stdout=output)
    assert SectionPage.objects.live().count() >= 6
    assert Person.objects.count() == 10 and Person.objects.columnists().count() == 4
    assert all(person.photo_id for person in Person.objects.all())
    articles = ArticlePage.objects.live()
    assert articles.count() == 24
    assert all(article.lead_photo and article.lead_photo.credit for article in articles)
    assert "admin" in output.getvalue() and (tmp_path / "demo-login.txt").exists()
    assert (
        get_user_model().objects.get(username="reporter").groups.filter(name="Reporters").exists()
    )

    article = articles.order_by("-first_published_at").first()
    assert client.get(article.url).status_code == 200

    again = StringIO()
    call_command("load_demo", stories=24, stdout=again)
    assert "already loaded" in again.getvalue()
    assert ArticlePage.objects.count() == 24


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
