"""Each body block gives its own output: in the content API, in search and in the printed copy."""

import pytest

from broadsheet.editions.content import to_story
from tests.factories import make_article, make_photo, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    article = make_article(
        make_section("News"),
        "Dockers vote on the pay offer",
        paragraphs=("The vote is <b>on Friday</b> &amp; the result at noon.",),
        dateline="Northport",
        photo=False,
    )
    article.body.append(("subheading", "What the terms promise"))
    article.body.append(
        ("pull_quote", {"quote": "We want a fair deal & a fair say.", "attribution": "A docker"})
    )
    article.body.append(
        (
            "photo",
            {"image": make_photo("Quay", caption="The quay at dawn."), "caption": "", "credit": ""},
        )
    )
    article.body.append(
        ("fact_box", {"title": "The dispute", "body": "<ul><li>Day eight of the walkout</li></ul>"})
    )
    article.save_revision().publish()
    return article


def test_the_api_gives_each_block_and_its_part_of_the_html(client, story):
    data = client.get(f"/api/v1/articles/{story.pk}").json()
    body = {block["type"]: block["value"] for block in data["body"]}
    assert body["paragraph"] == {
        "html": "<p>The vote is <b>on Friday</b> &amp; the result at noon.</p>"
    }
    assert body["subheading"] == {"text": "What the terms promise"}
    assert body["pull_quote"] == {
        "quote": "We want a fair deal & a fair say.",
        "attribution": "A docker",
    }
    assert body["photo"]["image"]["caption"] == "The quay at dawn."
    assert body["fact_box"] == {
        "title": "The dispute",
        "html": "<ul><li>Day eight of the walkout</li></ul>",
    }
    html = data["body_html"]
    assert html.startswith(
        "<p>The vote is <b>on Friday</b> &amp; the result at noon.</p>\n"
        "<h2>What the terms promise</h2>\n"
        "<blockquote><p>We want a fair deal &amp; a fair say.</p><cite>A docker</cite></blockquote>\n"
        '<figure><img src="'
    )
    assert html.endswith(
        "<figcaption>The quay at dawn.</figcaption></figure>\n"
        "<aside><h3>The dispute</h3><ul><li>Day eight of the walkout</li></ul></aside>"
    )


def test_a_reader_finds_the_words_of_subheadings_quotes_and_fact_boxes(client, story):
    for words in ["promise", "fair deal", "walkout"]:
        response = client.get("/search/", {"q": words})
        titles = [result["article"].title for result in response.context["results"]]
        assert titles == ["Dockers vote on the pay offer"], words


def test_the_printed_copy_has_the_paragraphs_and_subheadings_only(story):
    copy = to_story(story, "https://news.example.org")
    assert [(p.text, p.style, p.lead_in) for p in copy.paragraphs] == [
        ("The vote is on Friday & the result at noon.", "serif", ["NORTHPORT", "—"]),
        ("What the terms promise", "serif-bold", []),
    ]
