"""The breaking-news banner: on every public page at once, through the page cache, off at expiry."""

from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone

from broadsheet.newsroom.schedule import recurring, run_recurring_jobs
from broadsheet.paper.banner import current_banner, take_down_expired
from broadsheet.paper.models import Banner, BannerLevel
from tests.factories import make_article, make_home, make_section

pytestmark = pytest.mark.django_db

TEXT = "Fire at the north quay: roads closed"


@pytest.fixture
def site(settings):
    """A paper with a story, the page cache on (as in production)."""
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    make_home()
    story = make_article(make_section("News"), "Quay fire spreads", photo=False)
    yield story
    cache.clear()


def banner_on(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response, BeautifulSoup(response.content, "html.parser").select_one(".banner")


def test_a_banner_is_on_every_page_at_once_even_through_the_page_cache(client, site):
    paths = ["/", site.get_parent().url, site.url, "/corrections/", "/search/?q=fire"]
    for path in paths:
        response, banner = banner_on(client, path)
        assert banner is None, path
    assert client.get(site.url)["X-Page-Cache"] == "HIT"
    Banner.objects.create(text=TEXT, link=site.url, level=BannerLevel.BREAKING)
    for path in paths:
        response, banner = banner_on(client, path)
        assert response["X-Page-Cache"] == "MISS", path  # purged by the save
        assert banner["aria-label"] == "Breaking news"
        assert banner.select_one(".banner__text a")["href"] == site.url
        assert banner.select_one(".banner__text").text == TEXT
        assert banner.select_one("[data-banner-dismiss]").has_attr("hidden")  # JS shows it
    assert client.get(site.url)["X-Page-Cache"] == "HIT"


def test_changing_or_deleting_the_banner_purges_every_page(client, site):
    banner = Banner.objects.create(text=TEXT)
    assert banner_on(client, site.url)[1] is not None
    banner.text = "The fire is out"
    banner.level = BannerLevel.NOTICE
    banner.save()
    shown = banner_on(client, site.url)[1]
    assert shown.select_one(".banner__text").text == "The fire is out"
    assert "banner--notice" in shown["class"]
    banner.delete()
    assert banner_on(client, site.url)[1] is None


def test_the_banner_comes_off_by_itself_at_expiry(client, site):
    Banner.objects.create(text=TEXT, expires_at=timezone.now() + timedelta(minutes=10))
    assert banner_on(client, site.url)[1] is not None
    assert client.get(site.url)["X-Page-Cache"] == "HIT"
    assert "banner-expiry" in recurring
    with time_machine.travel(timezone.now() + timedelta(minutes=10, seconds=1)):
        # Even before the scheduler's pass, a page rendered now leaves it out …
        assert current_banner() is None
        # … and the pass purges every stored copy.
        assert run_recurring_jobs()["banner-expiry"] == "1 expired banner(s) taken down"
        response, banner = banner_on(client, site.url)
        assert response["X-Page-Cache"] == "MISS" and banner is None
        assert client.get("/banner.json").json()["banner"] is None
        assert take_down_expired() == 0  # once only
        assert "banner-expiry" not in run_recurring_jobs()


def test_the_newest_banner_wins(site):
    Banner.objects.create(text="Older")
    with time_machine.travel(timezone.now() + timedelta(seconds=5)):
        Banner.objects.create(text="Newer", level=BannerLevel.DEVELOPING)
    assert current_banner()["text"] == "Newer"
    assert current_banner()["label"] == "Developing story"


def test_banner_json_is_small_cacheable_and_says_how_often_to_poll(client, site, settings):
    settings.BROADSHEET_BANNER_POLL_SECONDS = 20
    settings.BROADSHEET_BANNER_MAX_AGE = 10
    empty = client.get("/banner.json")
    assert empty.json() == {"banner": None, "poll_seconds": 20}
    assert "max-age=10" in empty["Cache-Control"] and "s-maxage=10" in empty["Cache-Control"]
    assert "public" in empty["Cache-Control"] and not empty.cookies
    banner = Banner.objects.create(text=TEXT, link="/news/")
    answer = client.get("/banner.json")
    assert answer["X-Page-Cache"] == "MISS"
    data = answer.json()["banner"]
    assert data == {
        "key": banner.key,
        "level": "breaking",
        "label": "Breaking news",
        "text": TEXT,
        "link": "/news/",
        "expires_at": banner.expires_at.isoformat(),
    }
    assert len(answer.content) < 400
    assert client.get("/banner.json")["X-Page-Cache"] == "HIT"


def test_a_changed_banner_has_a_new_key_so_a_reader_who_dismissed_it_sees_it(site):
    banner = Banner.objects.create(text=TEXT)
    first = banner.key
    with time_machine.travel(timezone.now() + timedelta(seconds=2)):
        banner.text = "Fire spreads to the warehouses"
        banner.save()
    assert banner.key != first


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "news/fire", "//evil.example/", "ftp://example.org/"]
)
def test_a_link_is_a_path_or_a_web_address(link):
    with pytest.raises(ValidationError) as error:
        Banner(text=TEXT, link=link).full_clean()
    assert "starting with /" in str(error.value)


def test_pages_read_the_banner_once_per_content_generation(client, site, settings):
    settings.BROADSHEET_PAGE_CACHE = False
    Banner.objects.create(text=TEXT)
    client.get(site.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(site.url)
    assert not [q for q in queries if "paper_banner" in q["sql"]]


def test_editors_may_set_the_banner_and_reporters_may_not(client):
    from io import StringIO

    from django.core.management import call_command

    from tests.newsroom.admin_browser import make_newsroom_user

    make_home()
    call_command("setup_newsroom", stdout=StringIO())
    from broadsheet.newsroom.roles import EDITORS, REPORTERS

    editor = make_newsroom_user(EDITORS, "edith", "Edith", "Ward")
    reporter = make_newsroom_user(REPORTERS, "rafa", "Rafa", "Nunez")
    client.force_login(reporter)
    assert client.get("/admin/snippets/paper/banner/add/").status_code in {302, 403}
    client.force_login(editor)
    assert client.get("/admin/snippets/paper/banner/add/").status_code == 200
    response = client.post(
        "/admin/snippets/paper/banner/add/",
        {
            "text": TEXT,
            "link": "javascript:alert(1)",
            "level": "breaking",
            "expires_at": "2030-01-01 12:00",
        },
    )
    assert response.status_code == 200 and "starting with /" in response.content.decode()
    assert not Banner.objects.exists()
