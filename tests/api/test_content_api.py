"""The content API: only live content, filters, pagination, sanitised bodies, refusals, OpenAPI."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate as validate_spec

from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    news = make_section("News")
    sport = make_section("Sport")
    ada = make_person("Ada Lane")
    ben = make_person("Ben Ortiz", is_columnist=True)
    harbour = make_article(
        news,
        "Harbour strike ends",
        paragraphs=[
            'Dockers <b>return</b>.<script>alert(1)</script> <a href="javascript:alert(1)">x</a>',
            'See <a href="https://example.org/report">the report</a>.',
        ],
        authors=[ada],
        tags=["Port strike"],
        published=datetime(2026, 3, 10, 9, tzinfo=UTC),
    )
    cup = make_article(
        sport,
        "Cup final won",
        authors=[ben],
        tags=["Football"],
        photo=False,
        published=datetime(2026, 3, 12, 9, tzinfo=UTC),
    )
    draft = make_article(news, "Draft story", tags=["Secret tag"], authors=[ada], live=False)
    return {
        "news": news,
        "sport": sport,
        "ada": ada,
        "ben": ben,
        "harbour": harbour,
        "cup": cup,
        "draft": draft,
    }


def ids(response):
    return [item["id"] for item in response.json()["results"]]


def test_lists_only_live_articles_newest_first(client, content):
    response = client.get("/api/v1/articles")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert ids(response) == [content["cup"].pk, content["harbour"].pk]
    assert response.json()["count"] == 2
    assert client.get(f"/api/v1/articles/{content['draft'].pk}").status_code == 404
    assert "Draft story" not in client.get("/api/v1/articles").content.decode()


def test_filters(client, content):
    harbour, cup = content["harbour"].pk, content["cup"].pk
    assert ids(client.get("/api/v1/articles", {"section": "sport"})) == [cup]
    assert ids(client.get("/api/v1/articles", {"section": "no-such-section"})) == []
    assert ids(client.get("/api/v1/articles", {"tag": "port-strike"})) == [harbour]
    assert ids(client.get("/api/v1/articles", {"author": content["ada"].slug})) == [harbour]
    assert ids(client.get("/api/v1/articles", {"published_since": "2026-03-11"})) == [cup]
    assert ids(client.get("/api/v1/articles", {"published_until": "2026-03-10"})) == [harbour]
    assert ids(
        client.get(
            "/api/v1/articles", {"published_since": "2026-03-10T08:00:00Z", "ordering": "published"}
        )
    ) == [harbour, cup]


def test_paginates_with_links(client, content):
    first = client.get("/api/v1/articles", {"page_size": 1}).json()
    assert first["count"] == 2 and len(first["results"]) == 1
    assert first["previous"] is None
    assert first["next"].endswith("page_size=1&page=2")
    second = client.get(first["next"]).json()
    assert second["results"][0]["id"] == content["harbour"].pk
    assert second["next"] is None


@pytest.mark.parametrize(
    "query",
    [
        {"owner": "1"},
        {"live": "false"},
        {"ordering": "latest_revision_created_at"},
        {"ordering": "-owner"},
        {"page_size": "1000"},
        {"page": "zero"},
        {"published_since": "last week"},
    ],
)
def test_refuses_non_public_filters_and_bad_input_with_400(client, content, query):
    response = client.get("/api/v1/articles", query)
    assert response.status_code == 400, response.content
    assert response.json()["detail"]


def test_article_detail_has_blocks_sanitised_html_and_renditions(client, content):
    data = client.get(f"/api/v1/articles/{content['harbour'].pk}").json()
    assert data["headline"] == "Harbour strike ends"
    assert data["section"] == {"slug": "news", "title": "News"}
    assert data["authors"] == [{"slug": content["ada"].slug, "name": "Ada Lane"}]
    assert data["tags"] == ["Port strike"]
    assert [block["type"] for block in data["body"]] == ["paragraph", "paragraph"]
    first = data["body"][0]["value"]["html"]
    assert "<b>return</b>" in first
    assert "<script" not in first and "javascript:" not in first
    assert '<a href="https://example.org/report" rel="noopener">the report</a>' in data["body_html"]
    assert "<script" not in data["body_html"]
    photo = data["lead_photo"]
    assert photo["alt"].startswith("Alt text")
    specs = {rendition["spec"]: rendition for rendition in photo["renditions"]}
    assert specs["fill-320x200"]["width"] == 320
    assert specs["width-800"]["url"].startswith("http")
    assert client.get(specs["width-800"]["url"].split("8000", 1)[-1]).status_code == 200


def test_sections_authors_tags(client, content):
    sections = client.get("/api/v1/sections").json()["results"]
    assert [s["slug"] for s in sections] == ["news", "sport"]
    assert client.get("/api/v1/sections/sport").json()["title"] == "Sport"
    authors = client.get("/api/v1/authors", {"columnist": "true"}).json()["results"]
    assert [a["name"] for a in authors] == ["Ben Ortiz"]
    assert client.get(f"/api/v1/authors/{content['ada'].slug}").json()["name"] == "Ada Lane"
    tags = client.get("/api/v1/tags").json()["results"]
    assert {t["name"]: t["articles"] for t in tags} == {"Football": 1, "Port strike": 1}
    assert client.get("/api/v1/tags/secret-tag").status_code == 404
    assert client.get("/api/v1/sections/nope").status_code == 404


def test_list_stays_within_query_budget_and_is_cacheable(client, content):
    client.get("/api/v1/articles")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/articles")
    assert len(queries) <= 10, [q["sql"][:100] for q in queries]
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_openapi_document_is_valid_and_describes_the_answers(client, content):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate_spec(spec)
    assert {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/tags"} <= set(
        spec["paths"]
    )
    # Every answer the API gives here matches the schema the document declares for it.
    examples = {
        "/api/v1/articles": ("/api/v1/articles", "200"),
        f"/api/v1/articles/{content['harbour'].pk}": ("/api/v1/articles/{article_id}", "200"),
        "/api/v1/sections": ("/api/v1/sections", "200"),
        f"/api/v1/authors/{content['ada'].slug}": ("/api/v1/authors/{slug}", "200"),
        "/api/v1/tags": ("/api/v1/tags", "200"),
        "/api/v1/articles?owner=1": ("/api/v1/articles", "400"),
    }
    for url, (path, status) in examples.items():
        answer = client.get(url)
        assert str(answer.status_code) == status, url
        schema = spec["paths"][path]["get"]["responses"][status]["content"]["application/json"][
            "schema"
        ]
        # "#/components/..." references resolve against the document the schema came from.
        OAS31Validator({**schema, "components": spec["components"]}).validate(answer.json())


def test_editions_when_the_editions_app_is_installed(client, content):
    from django.apps import apps

    if not apps.is_installed("broadsheet.editions"):
        assert client.get("/api/v1/editions").status_code == 404
        return
    from wagtail.models import Site

    from broadsheet.editions.models import Edition, EditionStatus

    site = Site.objects.get(is_default_site=True)
    Edition.objects.create(
        site=site, date="2026-03-12", number=7, status=EditionStatus.READY, page_count=16
    )
    Edition.objects.create(site=site, date="2026-03-13", number=8, status=EditionStatus.BUILDING)
    data = client.get("/api/v1/editions").json()
    assert [(e["date"], e["number"], e["pages"]) for e in data["results"]] == [
        ("2026-03-12", 7, 16)
    ]
    assert client.get("/api/v1/editions/2026-03-13").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/api/v1/articles?tag=a%00b", "/api/v1/articles?author=%00", "/api/v1/sections/a%00b",
     "/api/v1/articles/99999999999999999999999", "/api/v1/authors?page=99999999999999999999"],
)  # fmt: skip
def test_hostile_values_get_400_or_404_never_500(client, content, url):
    assert client.get(url).status_code in {400, 404}


def test_extreme_but_valid_dates_are_answered(client, content):
    # ISO 8601 allows offsets PostgreSQL refuses (beyond ±15:59), and years near datetime's edge.
    until = client.get("/api/v1/articles", {"published_until": "0191-03-07T23:52:15-17:29"})
    assert until.status_code == 200 and until.json()["count"] == 0
    since = client.get("/api/v1/articles", {"published_since": "0001-01-01T00:00:00+10:00"})
    assert since.status_code in {200, 400}
