"""The live blog page and the "entries since" endpoint, as readers and their pages see them."""

import json
import threading
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from broadsheet.liveblogs.models import EntryState, LiveBlogPage
from broadsheet.liveblogs.views import answer
from broadsheet.paper.caching import purge
from broadsheet.paper.page_cache import LOCK_PREFIX, entry_key, store
from tests.factories import make_entry, make_live_blog, make_person, make_photo, make_section

pytestmark = pytest.mark.django_db


def since(client, blog, cursor):
    return client.get(f"/liveblogs/{blog.pk}/entries.json", {"since": cursor})


def test_page_shows_headline_summary_key_points_and_entries_newest_first(client):
    reporter = make_person("Ada Lane", photo=False)
    blog = make_live_blog(make_section(), "Live: storm reaches the coast", authors=[reporter])
    make_entry(blog, "Winds reach 90 km/h.", author=reporter, minutes_ago=10)
    make_entry(blog, "The ferry is cancelled.", author=reporter, minutes_ago=2)
    make_entry(blog, "Not yet approved.", author=reporter, state=EntryState.SUBMITTED)

    response = client.get(blog.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Live: storm reaches the coast" in html
    assert "What is happening, as it happens." in html
    assert "The first thing to know." in html
    assert html.index("The ferry is cancelled.") < html.index("Winds reach 90 km/h.")
    assert "Not yet approved." not in html
    assert 'data-poll-seconds="5"' in html
    assert "liveblogs/liveblog.js" in html


def test_each_entry_has_an_anchor_author_and_share_link(client):
    blog = make_live_blog(make_section())
    entry = make_entry(blog, "Polls close.", author=make_person("Mo Brandt", photo=False))

    html = client.get(blog.url).content.decode()

    assert f'id="entry-{entry.pk}"' in html
    assert f'href="http://testserver{blog.url}#entry-{entry.pk}"' in html
    assert "Mo Brandt" in html


def test_photo_quote_and_embed_entries_render(client):
    blog = make_live_blog(make_section())
    make_entry(blog, "", kind="photo", photo=make_photo("Flooded street", caption="Water rises."))
    make_entry(blog, "", kind="quote", quote="We are ready.", attribution="The mayor")
    make_entry(blog, "", kind="embed", embed_url="https://social.example/@city/1")

    html = client.get(blog.url).content.decode()

    assert "Water rises." in html and "<picture" in html
    assert "We are ready." in html and "The mayor" in html
    assert 'href="https://social.example/@city/1"' in html
    assert "<iframe" not in html


def test_an_ended_live_blog_does_not_poll(client):
    blog = make_live_blog(make_section(), entries=3, ended=True)

    html = client.get(blog.url).content.decode()
    answer = since(client, blog, 0).json()

    assert "Live coverage ended" in html
    assert "data-poll-seconds" not in html
    assert answer["poll"] == 0


def test_entries_since_gives_only_newer_entries_and_a_new_cursor(client):
    blog = make_live_blog(make_section(), entries=2)
    cursor = blog.cursor()
    new = make_entry(blog, "A new development.")

    answer = since(client, blog, cursor).json()

    assert [entry["id"] for entry in answer["entries"]] == [f"entry-{new.pk}"]
    assert "A new development." in answer["entries"][0]["html"]
    assert int(answer["cursor"]) > cursor
    assert answer["poll"] == 5


def test_nothing_new_is_a_few_hundred_bytes_cacheable_for_seconds(client):
    blog = make_live_blog(make_section(), entries=30)

    response = since(client, blog, blog.cursor())

    assert len(response.content) < 300
    assert json.loads(response.content)["entries"] == []
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=4", "s-maxage=4"} <= cache_control
    assert f"page-{blog.pk}" in response["Surrogate-Key"].split()


def test_withdrawn_entries_are_named_for_removal(client):
    blog = make_live_blog(make_section())
    entry = make_entry(blog, "Wrong figure.")
    cursor = blog.cursor()
    entry.state = EntryState.WITHDRAWN
    entry.changed_at = timezone.now()
    entry.save()

    answer = since(client, blog, cursor).json()

    assert answer["removed"] == [f"entry-{entry.pk}"]
    assert "Wrong figure." not in client.get(blog.url).content.decode()


@pytest.mark.parametrize("cursor", ["", "yesterday", "-1", "1" * 30])
def test_a_bad_cursor_is_a_clear_400(client, cursor):
    blog = make_live_blog(make_section())

    response = since(client, blog, cursor)

    assert response.status_code == 400
    assert "since" in response.json()["error"]


def test_unpublished_live_blogs_answer_404(client):
    draft = make_live_blog(make_section(), live=False)
    make_entry(draft, "Secret.")

    assert since(client, draft, 0).status_code == 404
    assert client.get("/liveblogs/999999/entries.json?since=0").status_code == 404


def test_queries_do_not_grow_with_entries(client):
    blog = make_live_blog(make_section(), entries=2)
    make_entry(blog, "", kind="photo", photo=make_photo("One"))
    client.get(blog.url)
    with CaptureQueriesContext(connection) as few:
        client.get(blog.url)
    with CaptureQueriesContext(connection) as few_since:
        since(client, blog, 0)
    for number in range(20):
        make_entry(blog, f"More {number}.")
    make_entry(blog, "", kind="photo", photo=make_photo("Two"))
    client.get(blog.url)
    with CaptureQueriesContext(connection) as many:
        client.get(blog.url)
    with CaptureQueriesContext(connection) as many_since:
        since(client, blog, 0)

    assert len(many) == len(few)
    assert len(many_since) == len(few_since) <= 4


def test_live_blog_is_a_story_in_feeds_and_the_news_sitemap(client):
    blog = make_live_blog(make_section(), "Live: election night", entries=1)

    rss = client.get("/feeds/rss.xml").content.decode()
    news = client.get("/sitemap-news.xml").content.decode()

    assert "Live: election night" in rss
    assert blog.url in news


def test_live_blog_page_is_found_in_its_section():
    section = make_section()
    blog = make_live_blog(section)

    assert LiveBlogPage.objects.child_of(section).get() == blog
    assert LiveBlogPage in section.specific_class.allowed_subpage_models()


def test_readers_arriving_while_a_change_renders_wait_for_the_new_answer(client, settings):
    """Not the old answer: its reader would come back with the old cursor, a second render."""
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    blog = make_live_blog(make_section(), entries=1)
    path = f"/liveblogs/{blog.pk}/entries.json?since={blog.cursor()}"
    assert client.get(path)["X-Page-Cache"] == "MISS"
    key = entry_key(RequestFactory().get(path))
    purge(f"page-{blog.pk}")  # an entry changed: the stored answer is out of date
    assert cache.add(LOCK_PREFIX + key, 1, timeout=10)  # another reader's request renders it

    def render_done():
        store(key, answer(blog, "4242", [], []), time.time())
        cache.delete(LOCK_PREFIX + key)

    other = threading.Timer(0.2, render_done)
    other.start()
    response = client.get(path)
    other.join()

    assert response["X-Page-Cache"] == "HIT"
    assert response.json()["cursor"] == "4242"
    cache.clear()
