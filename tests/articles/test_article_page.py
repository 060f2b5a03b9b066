"""The article page carries every element of a newspaper's article page."""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from broadsheet.paper.models import PaperSettings
from tests.factories import make_article, make_person, make_photo, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    """A wire story with a columnist's piece, related stories, a correction and full settings."""
    news = make_section("World")
    opinion = make_section("Opinion")
    reporter = make_person("Ada Lane")
    second = make_person("Tom Reyes")
    columnist = make_person("Mara Quist", is_columnist=True)
    for n in range(3):
        make_article(opinion, f"Column {n} on the harbour", kind="opinion", authors=[columnist])
    related = [
        make_article(news, f"Earlier harbour story {n}", tags=["Port strike"]) for n in range(5)
    ]
    article = make_article(
        news,
        "Harbour talks resume after a week of strikes",
        standfirst="Negotiators return to the table as ships queue outside the port.",
        paragraphs=("Dock workers and the port authority met again on Tuesday.", "More followed."),
        authors=[reporter, second],
        tags=["Port strike", "Northport"],
        dateline="Northport",
        agency="Meridian Wire",
        photo=make_photo(
            "Cranes", credit="Meridian Wire", caption="Cranes stand idle at the terminal."
        ),
        corrections=["An earlier version misnamed the port authority's chair."],
    )
    article.body.append(
        ("pull_quote", {"quote": "We want a fair deal.", "attribution": "A docker"})
    )
    article.body.append(("fact_box", {"title": "The dispute", "body": "<ul><li>Day 8</li></ul>"}))
    article.updated_at = timezone.now()
    article.save_revision().publish()
    settings = PaperSettings.for_site(article.get_site())
    settings.app_store_url = "https://apps.example.org/ios"
    settings.play_store_url = "https://apps.example.org/android"
    settings.x_handle = "testgazette"
    settings.save()
    return {"article": article, "reporter": reporter, "columnist": columnist, "related": related}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_headline_standfirst_and_byline_link_to_authors(client, story):
    page = soup_of(client, story["article"].url)
    assert page.h1.get_text(strip=True) == "Harbour talks resume after a week of strikes"
    assert "ships queue outside the port" in page.select_one(".article__standfirst").text
    authors = page.select(".byline__names a[rel=author]")
    assert [a.text for a in authors] == ["Ada Lane", "Tom Reyes"]
    assert authors[0]["href"] == story["reporter"].get_absolute_url()
    assert page.select_one(".byline__agency").text == "Meridian Wire"


def test_dateline_opens_the_first_paragraph(client, story):
    first_paragraph = soup_of(client, story["article"].url).select_one(".article__body p")
    assert first_paragraph.get_text().startswith("NORTHPORT — Dock workers")


def test_lead_photo_is_responsive_with_caption_once_and_credit(client, story):
    page = soup_of(client, story["article"].url)
    figure = page.select_one(".article__lead-photo")
    sources = figure.select("picture source")
    assert any(source.get("type") == "image/webp" for source in sources)
    assert all("w," in source["srcset"] or source["srcset"].endswith("w") for source in sources)
    img = figure.select_one("img")
    assert img["alt"] == "Alt text for Cranes"
    caption = figure.figcaption.get_text(" ", strip=True)
    assert caption == "Cranes stand idle at the terminal. (Meridian Wire photo)"
    assert str(page).count("Cranes stand idle at the terminal.") == 1


def test_published_and_updated_times(client, story):
    times = soup_of(client, story["article"].url).select(".byline__times time")
    assert len(times) == 2
    assert all(re.match(r"\d{4}-\d\d-\d\dT", t["datetime"]) for t in times)


def test_body_blocks_corrections_and_tags(client, story):
    page = soup_of(client, story["article"].url)
    assert page.select_one(".pull-quote blockquote").text.strip() == "We want a fair deal."
    assert page.select_one(".fact-box__title").text == "The dispute"
    correction = page.select_one(".corrections li")
    assert "misnamed the port authority" in correction.text
    assert correction.time["datetime"]
    assert [a["href"] for a in page.select(".tags a")] == ["/tags/port-strike/", "/tags/northport/"]


def test_share_bar_offers_every_network_and_copy_link(client, story):
    page = soup_of(client, story["article"].url)
    bar = page.select_one(".share-bar")
    hrefs = " ".join(a["href"] for a in bar.select("a"))
    for target in [
        "x.com/intent",
        "facebook.com/sharer",
        "wa.me",
        "t.me/share",
        "linkedin.com",
        "mailto:",
    ]:
        assert target in hrefs
    assert (
        bar.select_one("[data-copy-url]")["data-copy-url"]
        == f"http://testserver{story['article'].url}"
    )
    assert bar.select_one("[data-web-share]").has_attr("hidden")
    assert not page.select("script[src^=http]"), "no third-party script"


def test_related_articles_are_the_stories_alike_with_thumbnails(client, story):
    page = soup_of(client, story["article"].url)
    titles = [a.text for a in page.select(".related .teaser__headline a")]
    assert len(titles) == 4
    assert set(titles) <= {a.title for a in story["related"]}, "stories on the same topic first"
    assert len(page.select(".related .teaser__photo img")) == 4


def test_editor_override_replaces_automatic_related(client, story):
    from broadsheet.articles.models import RelatedLink

    article = story["article"]
    chosen = story["related"][0]
    article.related_links.add(RelatedLink(target=chosen))
    article.save_revision().publish()
    titles = [a.text for a in soup_of(client, article.url).select(".related .teaser__headline a")]
    assert titles == [chosen.title]


def test_opinion_widget_shows_columnists_with_photos_first_highlighted(client, story):
    widget = soup_of(client, story["article"].url).select_one(".opinion-widget")
    items = widget.select(".opinion-widget__item")
    assert len(items) == 3
    assert "opinion-widget__item--first" in items[0]["class"]
    assert items[0].select_one(".opinion-widget__author").text == "Mara Quist"
    assert items[0].select_one("img.opinion-widget__photo")


def test_opinion_piece_byline_shows_the_columnist_photo(client, story):
    column = make_article(
        make_section("Opinion"), "A column", kind="opinion", authors=[story["columnist"]]
    )
    page = soup_of(client, column.url)
    assert page.select_one(".byline--opinion img.byline__photo")
    assert "Opinion" in page.select_one(".kicker").text


def test_masthead_footer_app_badges_and_social_links(client, story):
    page = soup_of(client, story["article"].url)
    assert page.select_one(".masthead__date")["datetime"] == timezone.localdate().isoformat()
    assert [a.text for a in page.select(".section-nav a")][:3] == ["Home", "World", "Opinion"]
    badges = page.select(".app-badges a")
    assert [a["href"] for a in badges] == [
        "https://apps.example.org/ios",
        "https://apps.example.org/android",
    ]
    assert all(img["alt"] for img in page.select(".app-badges img"))
    assert page.select_one('.site-footer a[href="https://x.com/testgazette"]')


def test_rich_text_cannot_carry_script(client):
    article = make_article(
        paragraphs=(
            'Fine <script>alert(1)</script><a href="javascript:x()" onclick="y()">link</a>',
        )
    )
    article.refresh_from_db()
    stored = article.body[0].value.source
    assert "script" not in stored and "javascript" not in stored and "onclick" not in stored
    assert "<script>alert" not in client.get(article.url).content.decode()


def test_embeds_accept_only_known_oembed_providers():
    from django.core.exceptions import ValidationError

    from broadsheet.articles.blocks import ArticleBodyBlock

    embed = ArticleBodyBlock().child_blocks["embed"]
    with pytest.raises(ValidationError):
        embed.clean(embed.to_python("https://evil.example.net/embed.js"))
