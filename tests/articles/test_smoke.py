import pytest

from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


def test_article_page_renders(client):
    section = make_section("World")
    person = make_person("Ada Lane")
    article = make_article(
        section,
        "Harbour talks resume",
        authors=[person],
        dateline="NORTHPORT",
        tags=["Port strike"],
    )
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "NORTHPORT —" in html
    assert "Ada Lane" in html


def test_home_section_author_tag_pages_render(client):
    section = make_section("Business")
    person = make_person("Ben Ortiz")
    article = make_article(section, "Markets steady", authors=[person], tags=["Budget"])
    for url in ["/", section.url, person.get_absolute_url(), "/tags/budget/", "/authors/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert article.title in client.get("/").content.decode()
