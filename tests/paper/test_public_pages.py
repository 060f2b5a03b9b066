"""Every public page: valid HTML, cacheable, no cookies, a strict CSP, few queries, no drafts."""

import html5lib
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
MAX_ARTICLE_QUERIES = 5


@pytest.fixture
def paper():
    """A small paper: two sections, a reporter, a columnist, live stories and a draft."""
    news = make_section("News")
    opinion = make_section("Opinion")
    reporter = make_person("Ada Lane")
    columnist = make_person("Mara Quist", is_columnist=True)
    live = [
        make_article(news, f"Live story {n}", authors=[reporter], tags=["Budget"]) for n in range(6)
    ]
    make_article(opinion, "A column", kind="opinion", authors=[columnist], tags=["Budget"])
    draft = make_article(
        news, "Secret draft about the budget", authors=[reporter], tags=["Budget"], live=False
    )
    return {"news": news, "reporter": reporter, "live": live, "draft": draft}


def public_urls(paper):
    return {
        "home": "/",
        "section": paper["news"].url,
        "article": paper["live"][0].url,
        "author": paper["reporter"].get_absolute_url(),
        "tag": "/tags/budget/",
        "people": "/authors/",
    }


def test_every_public_page_is_valid_html(client, paper):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for name, url in public_urls(paper).items():
        response = client.get(url)
        assert response.status_code == 200, name
        parser.parse(response.content)  # raises on the first parse error
        assert not parser.errors, (name, parser.errors)


def test_anonymous_pages_are_public_cacheable_with_no_cookies(client, paper):
    for name, url in public_urls(paper).items():
        response = client.get(url)
        cache_control = response["Cache-Control"]
        assert "public" in cache_control and "s-maxage=" in cache_control, name
        assert not response.cookies, (name, list(response.cookies))


def test_logged_in_readers_get_private_responses(client, paper):
    user = get_user_model().objects.create_user("reader", password="a-long-password-1")
    client.force_login(user)
    response = client.get(paper["live"][0].url)
    assert "private" in response["Cache-Control"]


def test_every_page_sends_a_strict_csp_without_inline_script(client, paper):
    """Scripts and styles come from files: a policy with no nonce stays true when cached."""
    for name, url in public_urls(paper).items():
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy, name
        assert "'nonce-" not in policy, name
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        page = BeautifulSoup(response.content, "html.parser")
        inline = [
            script
            for script in page.select("script:not([src])")
            if script.get("type") != "application/ld+json"  # data, never executed
        ]
        assert inline == [], name
        assert page.select("style") == [], name


def test_queries_stay_within_budget_and_flat_as_the_archive_grows(client, paper):
    """Cold: the first request of a page just after a publish, with the chrome's caches warm."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from broadsheet.paper.caching import changed

    def counts(article):
        urls = {**public_urls(paper), "article": article.url, "search": "/search/?q=budget"}
        for warm_up in ("/authors/", "/"):  # the chrome's caches, as on a running site
            client.get(warm_up)
        result = {}
        for name, url in urls.items():
            changed("stories")  # what a publish does: every list of stories recomputes
            with CaptureQueriesContext(connection) as cold:
                assert client.get(url).status_code == 200, name
            with CaptureQueriesContext(connection) as warm:
                client.get(url)
            result[name] = (len(cold), len(warm))
        return result

    small = counts(paper["live"][0])
    for n in range(12):
        make_article(paper["news"], f"More news {n}", authors=[paper["reporter"]], tags=["Budget"])
    large = counts(paper["live"][1])
    assert small == large, "the query count must not grow with the number of articles"
    for name, (cold, warm) in large.items():
        assert cold <= (MAX_ARTICLE_QUERIES if name == "article" else MAX_QUERIES), (name, large)
        assert warm <= cold, (name, large)


def test_drafts_appear_nowhere_and_are_not_served(client, paper):
    draft = paper["draft"]
    assert client.get(draft.url or f"/news/{draft.slug}/").status_code == 404
    for name, url in public_urls(paper).items():
        assert "Secret draft" not in client.get(url).content.decode(), name


def test_unpublished_story_disappears_at_once(client, paper):
    story = paper["live"][1]
    assert story.title in client.get(paper["news"].url).content.decode()
    story.unpublish()
    assert client.get(story.url or f"/news/{story.slug}/").status_code == 404
    for name, url in public_urls(paper).items():
        assert story.title not in client.get(url).content.decode(), name


def test_scheduled_story_stays_hidden_until_its_time(client, paper):
    scheduled = make_article(paper["news"], "Embargoed budget story", live=False)
    scheduled.go_live_at = timezone.now() + timezone.timedelta(hours=2)
    scheduled.save_revision().publish()
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert "Embargoed budget story" not in client.get(paper["news"].url).content.decode()


def test_section_pagination_rejects_pages_out_of_range(client, paper):
    assert client.get(paper["news"].url + "?page=1").status_code == 200
    assert client.get(paper["news"].url + "?page=99").status_code == 404
    assert client.get(paper["news"].url + "?page=abc").status_code == 404


def test_unknown_author_and_tag_are_not_found(client, paper):
    assert client.get("/authors/nobody/").status_code == 404
    assert client.get("/tags/no-such-topic/").status_code == 404


def test_missing_pages_get_the_papers_own_404(client, paper):
    response = client.get("/news/no-such-story/")
    assert response.status_code == 404
    assert "We can't find that page" in response.content.decode()
    assert "section-nav" in response.content.decode()
