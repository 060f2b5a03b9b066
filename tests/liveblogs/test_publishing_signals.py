"""A live blog is a story to everything that listens to publishing: Wagtail and Django send its
signals with LiveBlogPage as the sender, so what listens for ArticlePage alone would miss it."""

import pytest
from django.core.cache import cache
from django.db import connection

from broadsheet.articles.models import ArticleChange, ChangeKind
from broadsheet.search.models import SearchEntry
from broadsheet.webhooks.models import Delivery, Webhook
from tests.factories import make_live_blog, make_person, make_section

pytestmark = pytest.mark.django_db


def republish(blog, callbacks, **fields):
    for name, value in fields.items():
        setattr(blog, name, value)
    with callbacks(execute=True):
        blog.save_revision().publish()
    blog.refresh_from_db()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the search entries serve PostgreSQL only"
)
def test_publishing_updating_and_unpublishing_keep_the_search_entry(
    client, django_capture_on_commit_callbacks
):
    blog = make_live_blog(make_section(), "Live: harbour storm", standfirst="Waves and wind.")
    assert SearchEntry.objects.filter(article_id=blog.pk).exists()

    republish(blog, django_capture_on_commit_callbacks, title="Live: lighthouse keepers rescued")
    assert found_titles(client, "lighthouse") == ["Live: lighthouse keepers rescued"]

    with django_capture_on_commit_callbacks(execute=True):
        blog.unpublish()
    assert not SearchEntry.objects.filter(article_id=blog.pk).exists()
    assert found_titles(client, "lighthouse") == []


def found_titles(client, words):
    response = client.get("/search/", {"q": words})
    assert response.status_code == 200
    return [result["article"].title for result in response.context["results"]]


def test_an_update_is_classified_and_moves_the_update_time(django_capture_on_commit_callbacks):
    blog = make_live_blog(make_section(), "Live: the count")
    published = blog.updated_at

    republish(
        blog,
        django_capture_on_commit_callbacks,
        standfirst="The count goes on through the night.",
        change_kind=ChangeKind.UPDATE,
        change_note="The count now runs overnight.",
    )

    change = ArticleChange.objects.get(article=blog)
    assert (change.kind, change.note) == (ChangeKind.UPDATE, "The count now runs overnight.")
    assert blog.updated_at == change.published_at and blog.updated_at != published
    republish(blog, django_capture_on_commit_callbacks, standfirst="A typo fixed.")
    assert ArticleChange.objects.filter(article=blog).latest("pk").kind == ChangeKind.MINOR


def test_webhooks_hear_of_a_live_blog_published_updated_and_unpublished(
    django_capture_on_commit_callbacks,
):
    Webhook.objects.create(name="Partner app", url="https://partner.example/hook")
    blog = make_live_blog(make_section(), "Live: the vote")
    republish(blog, django_capture_on_commit_callbacks, standfirst="Polls are closed.")
    with django_capture_on_commit_callbacks(execute=True):
        blog.unpublish()

    events = list(Delivery.objects.filter(article_id=blog.pk).order_by("pk").values_list("event"))
    assert [event for (event,) in events] == ["published", "updated", "unpublished"]


def test_publishing_purges_the_pages_that_show_it(
    client, settings, django_capture_on_commit_callbacks
):
    settings.BROADSHEET_PAGE_CACHE = True
    cache.clear()
    reporter = make_person("Ada Lane", photo=False)
    section = make_section("News")
    blog = make_live_blog(section, "Live: the storm", authors=[reporter])
    showing = [blog.url, section.url, "/", reporter.get_absolute_url(), "/feeds/rss.xml"]
    for url in [*showing, "/sitemap-news.xml"]:
        client.get(url)
    assert all(client.get(url)["X-Page-Cache"] == "HIT" for url in showing)

    republish(blog, django_capture_on_commit_callbacks, title="Live: the storm passes")
    assert client.get("/sitemap-news.xml")["X-Page-Cache"] == "MISS"
    for url in showing:
        response = client.get(url)
        assert response["X-Page-Cache"] == "MISS", url
        assert "Live: the storm passes" in response.content.decode(), url

    with django_capture_on_commit_callbacks(execute=True):
        blog.unpublish()
    assert client.get(blog.url).status_code == 404
    for url in showing[1:]:
        assert "Live: the storm passes" not in client.get(url).content.decode(), url
    cache.clear()
