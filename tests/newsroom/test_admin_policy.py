"""The admin's own CSP beside the public nonce policy, its avatars, its words and its clock."""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.csp import build_policy
from wagtail.admin.templatetags.wagtailadmin_tags import avatar_url

from broadsheet.newsroom.roles import EDITORS
from tests.factories import make_article, make_home, make_photo, make_section

from .admin_browser import make_newsroom_user

pytestmark = pytest.mark.django_db

ADMIN_POLICY = build_policy(settings.BROADSHEET_ADMIN_CSP)
PUBLIC_POLICY = build_policy(settings.SECURE_CSP)  # without a nonce, as a page with no inline code


@pytest.fixture
def editor():
    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    return make_newsroom_user(EDITORS, "edith", "Edith", "Ward")


def test_public_pages_keep_the_strict_policy(client, editor):
    story = make_article(make_section("News"), "Harbour talks resume")
    for path in ["/", "/news/", story.url, "/search/?q=harbour", "/newsletter/"]:
        policy = client.get(path)["Content-Security-Policy"]
        assert re.sub(r" 'nonce-[^']+'", "", policy) == PUBLIC_POLICY, path
        assert "'unsafe-inline'" not in policy, path
        assert "frame-ancestors 'none'" in policy, path
    # No inline script at all, not even by nonce: a stored copy serves many readers.
    assert "script-src 'self';" in client.get(story.url)["Content-Security-Policy"]
    client.force_login(editor)  # signed in, the public pages are still the public policy
    assert "'unsafe-inline'" not in client.get(story.url)["Content-Security-Policy"]


def test_the_admin_has_its_own_policy(client, editor):
    for path in ["/admin/login/", "/admin/password_reset/"]:
        assert client.get(path)["Content-Security-Policy"] == ADMIN_POLICY, path
    client.force_login(editor)
    for path in ["/admin/", "/admin/pages/", "/admin/images/", "/admin/no-such-screen/"]:
        response = client.get(path)
        assert response["Content-Security-Policy"] == ADMIN_POLICY, path
    assert "'nonce-" not in ADMIN_POLICY  # a nonce would make browsers ignore 'unsafe-inline'
    assert "frame-ancestors 'self'" in ADMIN_POLICY
    for directive in ["default-src", "script-src", "style-src", "img-src", "connect-src"]:
        sources = settings.BROADSHEET_ADMIN_CSP[directive]
        assert not [source for source in sources if "://" in source], directive


def test_a_preview_is_framed_under_the_admin_policy(client, editor):
    story = make_article(make_section("News"), "Harbour talks resume")
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{story.pk}/edit/")
    form = edit.context["form"]
    data = {name: form[name].value() or "" for name in ["title", "slug", "standfirst", "kind"]}
    data.update(
        {
            "weight": "3",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": '{"blocks":[{"key":"a","text":"Talks.","type":"unstyled",'
            '"depth":0,"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }
    )
    data.update({"change_kind": "minor", "change_note": ""})
    for inline in ["article_authors", "related_links"]:
        data.update({f"{inline}-TOTAL_FORMS": "0", f"{inline}-INITIAL_FORMS": "0"})
    preview = f"/admin/pages/{story.pk}/edit/preview/"
    assert client.post(preview, data).json()["is_valid"]
    response = client.get(preview)
    assert b"Harbour talks resume" in response.content
    assert response["Content-Security-Policy"] == ADMIN_POLICY
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_avatars_never_come_from_gravatar(editor):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    url = avatar_url(editor)
    assert url.startswith(settings.STATIC_URL) and "default-user-avatar" in url


def test_forms_use_the_newsroom_words(client, editor):
    section = make_section("News")
    photo = make_photo("Harbour cranes at dawn")
    client.force_login(editor)
    article_form = client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/")
    article_html = article_form.content.decode()
    for words in ['placeholder="Headline*"', "Standfirst", "Byline", "Caption", "Credit"]:
        assert words in article_html, words
    assert "Page title" not in article_html
    photo_form = client.get(f"/admin/images/{photo.pk}/").context["form"]
    labels = {name: field.label for name, field in photo_form.fields.items()}
    assert labels["description"] == "Alt text"
    assert (labels["caption"], labels["credit"]) == ("Caption", "Credit")


def test_times_are_in_the_papers_zone_and_say_so(client, editor):
    assert settings.WAGTAIL_USER_TIME_ZONES == [settings.TIME_ZONE]
    story = make_article(make_section("News"), "Harbour talks resume", live=False)
    client.force_login(editor)
    html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert f"Times are {settings.TIME_ZONE} time" in html
    account = client.get("/admin/account/").content.decode()
    assert "current_time_zone" not in account
