"""LiveBlogPosting JSON-LD, read by extruct, with what Google asks of a live blog."""

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_entry, make_live_blog, make_person, make_photo, make_section

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


def live_blog_posting(client, blog):
    html = client.get(blog.url).content.decode()
    documents = extruct.extract(html, base_url=BASE, syntaxes=["json-ld"])["json-ld"]
    (posting,) = [d for d in documents if d["@type"] == "LiveBlogPosting"]
    assert not [d for d in documents if d["@type"] == "NewsArticle"]
    return posting


def test_a_live_blog_under_way_has_coverage_start_and_its_updates(client):
    reporter = make_person("Ada Lane", photo=False)
    blog = make_live_blog(make_section("News"), "Live: the vote", authors=[reporter])
    first = make_entry(blog, "Polls open.", author=reporter, minutes_ago=30)
    photo = make_entry(
        blog, "Queues at the town hall.", kind="photo", photo=make_photo("Queue"), minutes_ago=5
    )

    posting = live_blog_posting(client, blog)

    url = BASE + blog.url
    assert posting["headline"] == "Live: the vote"
    assert posting["url"] == url and posting["mainEntityOfPage"]["@id"] == url
    assert posting["coverageStartTime"].startswith(f"{blog.coverage_start:%Y-%m-%dT%H:%M}")
    assert "coverageEndTime" not in posting
    assert posting["author"][0]["name"] == "Ada Lane"
    assert posting["publisher"]["@type"] == "NewsMediaOrganization"
    updates = posting["liveBlogUpdate"]
    assert [update["url"] for update in updates] == [
        f"{url}#entry-{photo.pk}",
        f"{url}#entry-{first.pk}",
    ]
    for update in updates:
        assert update["@type"] == "BlogPosting"
        assert update["headline"] and update["articleBody"] and update["datePublished"]
        assert update["author"]["@type"] == "Person"
    assert updates[0]["image"]["url"].startswith(BASE + "/media/")


def test_an_ended_live_blog_has_its_coverage_end(client):
    blog = make_live_blog(make_section(), entries=2, ended=True)

    posting = live_blog_posting(client, blog)

    assert posting["coverageEndTime"].startswith(f"{blog.coverage_end:%Y-%m-%dT%H:%M}")
    assert posting["coverageEndTime"] > posting["coverageStartTime"]
    assert posting["dateModified"] >= posting["datePublished"]


def test_the_live_blog_page_stays_within_its_query_budget(client):
    blog = make_live_blog(make_section(), entries=25, authors=[make_person(photo=False)])
    make_entry(blog, "", kind="photo", photo=make_photo("Scene"))
    client.get(blog.url)  # renditions are made once, on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(blog.url).status_code == 200
    assert len(queries) <= 14, "\n".join(q["sql"][:120] for q in queries)
