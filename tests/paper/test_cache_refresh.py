"""Moving, reordering and renaming pages refresh the masthead on every page, cached or not."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[True, False], ids=["page-cache", "no-page-cache"])
def paper(request, settings):
    """Three sections with a story each, every page visited once so its caches are warm."""
    settings.BROADSHEET_PAGE_CACHE = request.param
    cache.clear()
    sections = [make_section(title) for title in ("World", "Business", "Sport")]
    stories = [make_article(section, f"A {section.title} story") for section in sections]
    yield {"sections": sections, "stories": stories}
    cache.clear()


def navigation(client, url):
    """The masthead's section links as a reader sees them: (title, href) in order."""
    response = client.get(url)
    assert response.status_code == 200, url
    nav = BeautifulSoup(response.content, "html.parser").select_one("nav.section-nav")
    return [(link.get_text(strip=True), link["href"]) for link in nav.select("a")][1:]


def warm(client, paper):
    urls = ["/", *(story.url for story in paper["stories"])]
    for url in urls:
        navigation(client, url)
    return urls


def test_renaming_a_section_shows_on_every_page(client, paper):
    urls = warm(client, paper)
    business = paper["sections"][1]
    business.title = "Money"
    business.slug = "money"
    business.save_revision().publish()
    stories = [type(story).objects.get(pk=story.pk) for story in paper["stories"]]
    for url in ["/", *(story.url for story in stories)]:
        assert ("Money", "/money/") in navigation(client, url), url
    assert client.get(urls[2]).status_code == 404  # the story's old address, under /business/


def test_reordering_sections_in_the_admin_reorders_the_masthead(client, paper):
    urls = warm(client, paper)
    editor = get_user_model().objects.create_superuser("editor", password="a-long-password-1")
    editor_client = type(client)()
    editor_client.force_login(editor)
    sport = paper["sections"][2]
    response = editor_client.post(f"/admin/pages/{sport.pk}/set_position/?position=0")
    assert response.status_code == 200
    for url in urls:
        titles = [title for title, _href in navigation(client, url)]
        assert titles == ["Sport", "World", "Business"], url


def test_moving_a_story_to_another_section_moves_it_everywhere(client, paper):
    world, business, _sport = paper["sections"]
    story = paper["stories"][0]
    old_url = story.url
    warm(client, paper)
    client.get(world.url)
    client.get(business.url)
    story.move(business, pos="last-child")
    story.refresh_from_db()
    assert story.url.startswith(business.url)
    redirect = client.get(old_url)
    assert redirect.status_code == 301 and redirect["Location"].endswith(story.url)
    assert client.get(story.url).status_code == 200
    assert "A World story" not in client.get(world.url).content.decode()
    assert "A World story" in client.get(business.url).content.decode()


def test_deleting_a_section_takes_it_out_of_the_masthead(client, paper):
    urls = warm(client, paper)
    paper["sections"][2].delete()
    for url in urls[:3]:
        assert "Sport" not in [title for title, _href in navigation(client, url)], url
