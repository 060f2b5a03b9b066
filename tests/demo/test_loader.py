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
