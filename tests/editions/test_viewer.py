"""The e-paper viewer, the archive, the "Today's Paper" widget and the admin desk."""

import base64
import hashlib
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from broadsheet.editions.build import build_edition
from broadsheet.editions.models import Edition, EditionRegion, EditionStatus

from .conftest import make_newspaper

PAGES = 6


class Links(HTMLParser):
    """Collect links, images and ids from a page, and check ids are unique."""

    def __init__(self):
        super().__init__()
        self.links, self.images, self.ids = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs)
        if tag == "img":
            self.images.append(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])


def parse(response):
    parser = Links()
    parser.feed(response.content.decode())
    assert len(parser.ids) == len(set(parser.ids)), "duplicate ids"
    return parser


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        made = make_newspaper(stories_per_section=4, seed=9)
        today = timezone.localdate()
        older = build_edition(today, page_count=4)
        edition = build_edition(today + timedelta(days=1), page_count=PAGES)
        yield {"edition": edition, "older": older, "made": made}
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_latest_shows_the_front_page_with_linked_regions(
    client, built, django_assert_max_num_queries
):
    edition = built["edition"]
    client.get("/epaper/")  # warm the fragment caches of the chrome
    with django_assert_max_num_queries(10):
        response = client.get("/epaper/")
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    page = parse(response)
    front = edition.pages.get(number=1)
    (image,) = [img for img in page.images if img["src"] == front.image.url]
    # Phones pick the phone-sized copy; wide screens the full page.
    assert image["srcset"] == (
        f"{front.phone.url} {front.phone_width}w, {front.image.url} {front.width}w"
    )
    regions = list(front.regions.all())
    hrefs = [link["href"] for link in page.links]
    for region in regions:
        assert hrefs.count(region.url) >= 2  # the positioned link and the text alternative
    assert f"/epaper/{edition.date.isoformat()}/2/" in hrefs
    assert edition.pdf.url in hrefs
    # Region positions go in one style block allowed by its hash, never in style attributes (CSP),
    # so the policy stays true for every reader of a cached copy.
    body = response.content.decode()
    style = body.split("<style>", 1)[1].split("</style>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"'sha256-{digest}'" in policy and "'nonce-" not in policy
    assert ' style="' not in body.split("<main", 1)[1]


@pytest.mark.django_db
def test_a_cached_copy_keeps_the_style_hash_in_its_policy(client, built, settings):
    """A reader served from the page cache gets the same policy, or the page loses its layout."""
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    edition = built["edition"]
    address = f"/epaper/{edition.date.isoformat()}/2/"
    first, second = client.get(address), client.get(address)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("MISS", "HIT")
    style = second.content.decode().split("<style>", 1)[1].split("</style>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in second["Content-Security-Policy"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    cache.clear()


@pytest.mark.django_db
def test_each_page_has_its_own_url_and_text_alternative(
    client, built, django_assert_max_num_queries
):
    edition = built["edition"]
    for number in range(1, PAGES + 1):
        with django_assert_max_num_queries(10):
            response = client.get(f"/epaper/{edition.date.isoformat()}/{number}/")
        assert response.status_code == 200
        text = response.content.decode()
        assert f"Page {number} of {PAGES}" in text
        for region in EditionRegion.objects.filter(page__edition=edition, page__number=number):
            assert region.headline in text
            if region.jump_page:
                where = "on" if region.part == "start" else "from"
                link = f'<a href="/epaper/{edition.date.isoformat()}/{region.jump_page}/">'
                assert f"continued {where} {link}page {region.jump_page}</a>" in text
    last = client.get(f"/epaper/{edition.date.isoformat()}/{PAGES}/")
    assert 'rel="next"' not in last.content.decode()


@pytest.mark.django_db
def test_every_page_names_its_full_url_as_canonical(client, built):
    day = built["edition"].date.isoformat()
    for path, number in [("/epaper/", 1), (f"/epaper/{day}/", 1), (f"/epaper/{day}/2/", 2)]:
        text = client.get(path).content.decode()
        assert f'<link rel="canonical" href="http://testserver/epaper/{day}/{number}/">' in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/epaper/2001-01-01/", "/epaper/2026-13-45/", "/epaper/2026-02-30/", "/epaper/{day}/99/"],
)
def test_missing_editions_and_pages_are_404(client, built, path):
    response = client.get(path.format(day=built["edition"].date.isoformat()))
    assert response.status_code == 404


@pytest.mark.django_db
def test_archive_lists_editions_by_date(client, built, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = client.get("/epaper/archive/")
    assert response.status_code == 200
    hrefs = [link["href"] for link in parse(response).links]
    assert built["edition"].get_absolute_url() in hrefs
    assert built["older"].get_absolute_url() in hrefs


@pytest.mark.django_db
def test_unpublished_story_loses_its_region(client, built):
    edition = built["edition"]
    region = EditionRegion.objects.filter(page__edition=edition, page__number=1).first()
    region.article.unpublish()
    response = client.get(f"/epaper/{edition.date.isoformat()}/1/")
    assert region.url not in response.content.decode()


@pytest.mark.django_db
def test_widget_on_home_and_article_pages(client, built, django_assert_max_num_queries):
    cover = built["edition"].pages.get(number=1)
    home = client.get("/")
    assert home.status_code == 200
    assert cover.thumbnail.url in home.content.decode()
    assert reverse("editions:latest") in home.content.decode()
    article = built["made"]["live"][0]
    response = client.get(article.url)
    assert response.status_code == 200
    assert cover.thumbnail.url in response.content.decode()


@pytest.mark.django_db
def test_editor_reorders_drops_locks_and_builds(client, built, edition_tasks):
    editor = User.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    editor.user_permissions.add(
        *__import__(
            "django.contrib.auth.models", fromlist=["Permission"]
        ).Permission.objects.filter(codename="access_admin")
    )
    client.force_login(editor)
    edition = built["older"]
    assert client.get(reverse("editions_admin:index")).status_code == 200
    response = client.post(reverse("editions_admin:plan"), {"date": edition.date.isoformat()})
    assert response.status_code == 302
    entries = list(edition.stories.order_by("position"))
    assert entries
    change = reverse("editions_admin:change", args=[edition.pk])
    client.post(change, {"action": "down", "story": entries[0].pk})
    client.post(change, {"action": "drop", "story": entries[1].pk})
    order = list(edition.stories.order_by("position"))
    assert order[1].pk == entries[0].pk and order[0].pk == entries[1].pk
    assert order[0].dropped
    client.post(change, {"action": "build"})
    edition.refresh_from_db()
    assert edition.status == EditionStatus.READY
    lead = EditionRegion.objects.filter(page__edition=edition, page__number=1).order_by(
        "top", "left"
    )
    assert lead.first().article_id == entries[0].article_id
    assert not EditionRegion.objects.filter(
        page__edition=edition, article=entries[1].article
    ).exists()
    client.post(change, {"action": "lock"})
    built_at = Edition.objects.get(pk=edition.pk).built_at
    response = client.post(change, {"action": "build"}, follow=True)
    assert "locked" in response.content.decode()
    assert Edition.objects.get(pk=edition.pk).built_at == built_at
    bad = client.post(reverse("editions_admin:plan"), {"date": "not-a-date"}, follow=True)
    assert "YYYY-MM-DD" in bad.content.decode()


@pytest.mark.django_db
def test_readers_cannot_reach_the_admin_desk(client, built):
    reader = User.objects.create_user("reader", password="pw")
    client.force_login(reader)
    response = client.get(reverse("editions_admin:index"))
    assert response.status_code in {302, 403}
