"""Bylines with roles: the same credits, in the same order, everywhere a story goes."""

import json
import xml.etree.ElementTree as ET

import extruct
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from broadsheet.articles.bylines import Byline, Credit
from broadsheet.articles.models import ArticleAuthor, ArticlePage
from broadsheet.editions.content import to_story
from broadsheet.newsletter.digest import snapshot
from broadsheet.people.models import Person
from broadsheet.webhooks.payloads import article_payload
from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
BYLINE_TEXT = (
    "By Ada Lane and Tom Reyes with Meridian Wire. Additional reporting by Ines Moor. "
    "Photography by Pia Lens. Graphics by Gus Grid"
)


@pytest.fixture
def credits():
    """A story credited to two reporters, additional reporting, a guest photographer, graphics.

    The editor entered them out of role order: the byline puts reporting first.
    """
    people = {
        "ada": make_person("Ada Lane", photo=False),
        "tom": make_person("Tom Reyes", photo=False),
        "ines": make_person("Ines Moor", photo=False),
        "pia": make_person("Pia Lens", photo=False, on_staff=False, role="Freelance photographer"),
        "gus": make_person("Gus Grid", photo=False),
    }
    story = make_article(
        make_section("News"),
        "Ferry service returns to the islands",
        authors=[
            (people["pia"], "photography"),
            (people["ada"], "reporting"),
            (people["ines"], "additional_reporting"),
            (people["tom"], "reporting"),
            (people["gus"], "graphics"),
        ],
        agency="Meridian Wire",
        tags=["Ferries"],
    )
    return {"story": story, **people}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_the_byline_orders_credits_by_role_then_as_entered():
    ada, tom, pia = (Person(pk=n, name=name, slug=name) for n, name in enumerate("ATP", 1))
    byline = Byline(
        [Credit(pia, "photography"), Credit(ada, "reporting"), Credit(tom, "reporting")],
        agency="Wire",
    )
    assert [c.person for c in byline] == [ada, tom, pia]
    assert [c.person for c in byline.authors] == [ada, tom]
    assert [c.person for c in byline.contributors] == [pia]
    assert byline.text == "By A and T with Wire. Photography by P"
    assert byline.short == "A and T"
    assert Byline([Credit(pia, "photography")]).text == "Photography by P"
    assert Byline([Credit(pia, "photography")]).short == "P"
    assert Byline([], agency="Wire").text == "Wire"
    assert not Byline([])


def test_the_article_page_shows_every_credit_in_order(client, credits):
    page = soup_of(client, credits["story"].url)
    names = page.select_one(".byline__names")
    assert " ".join(names.text.split()) == "By Ada Lane and Tom Reyes with Meridian Wire"
    assert [a.text for a in names.select("a[rel=author]")] == ["Ada Lane", "Tom Reyes"]
    others = page.select_one(".byline__credits")
    assert " ".join(others.text.split()) == (
        "Additional reporting by Ines Moor · Photography by Pia Lens · Graphics by Gus Grid"
    )
    photographer = others.select_one(".byline__credit--photography a")
    assert photographer["href"] == credits["pia"].get_absolute_url()
    assert not photographer.has_attr("rel")  # only authors are rel=author


def test_teasers_and_search_show_the_authors(client, credits):
    section = soup_of(client, credits["story"].get_parent().url)
    assert section.select_one(".teaser__byline").text == "Ada Lane and Tom Reyes"
    results = soup_of(client, "/search/?q=ferry")
    assert "Ada Lane and Tom Reyes ·" in results.select_one(".search-result__meta").text


def test_json_ld_has_authors_and_contributors_with_roles(client, credits):
    html = client.get(credits["story"].url).content.decode()
    documents = extruct.extract(html, base_url=BASE, syntaxes=["json-ld"])["json-ld"]
    article = next(d for d in documents if d["@type"] == "NewsArticle")
    assert [a["name"] for a in article["author"]] == ["Ada Lane", "Tom Reyes"]
    assert all(a["@type"] == "Person" and a["worksFor"]["@type"] for a in article["author"])
    assert [(c["roleName"], c["contributor"]["name"]) for c in article["contributor"]] == [
        ("Additional reporting", "Ines Moor"),
        ("Photography", "Pia Lens"),
        ("Graphics", "Gus Grid"),
    ]
    guest = article["contributor"][1]["contributor"]
    assert guest["url"] == BASE + credits["pia"].get_absolute_url()
    assert "worksFor" not in guest  # a guest does not work for the paper


def test_feeds_carry_every_author_and_contributor(client, credits):
    rss = ET.fromstring(client.get("/feeds/rss.xml").content)
    item = rss.find("channel/item")
    assert [e.text for e in item.findall(f"{DC}creator")] == ["Ada Lane", "Tom Reyes"]
    assert [e.text for e in item.findall(f"{DC}contributor")] == [
        "Ines Moor (Additional reporting)",
        "Pia Lens (Photography)",
        "Gus Grid (Graphics)",
    ]
    atom = ET.fromstring(client.get("/feeds/atom.xml").content)
    entry = atom.find(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}name") for e in entry.findall(f"{ATOM}author")] == [
        "Ada Lane",
        "Tom Reyes",
    ]
    assert [e.findtext(f"{ATOM}name") for e in entry.findall(f"{ATOM}contributor")] == [
        "Ines Moor",
        "Pia Lens",
        "Gus Grid",
    ]
    feed = json.loads(client.get("/feeds/feed.json").content)
    first = feed["items"][0]
    assert [a["name"] for a in first["authors"]] == ["Ada Lane", "Tom Reyes"]
    roles = [(c["name"], c["role"]) for c in first["_broadsheet"]["contributors"]]
    assert roles == [
        ("Ada Lane", "reporting"),
        ("Tom Reyes", "reporting"),
        ("Ines Moor", "additional_reporting"),
        ("Pia Lens", "photography"),
        ("Gus Grid", "graphics"),
    ]


def test_a_photographers_feed_has_the_stories_they_shot(client, credits):
    rss = ET.fromstring(client.get(f"/feeds/authors/{credits['pia'].slug}/rss.xml").content)
    assert [i.findtext("title") for i in rss.findall("channel/item")] == [
        "Ferry service returns to the islands"
    ]


def test_the_api_webhooks_digest_and_e_paper_say_the_same(client, credits):
    story = credits["story"]
    expected = [
        ("Ada Lane", "reporting", True),
        ("Tom Reyes", "reporting", True),
        ("Ines Moor", "additional_reporting", True),
        ("Pia Lens", "photography", False),
        ("Gus Grid", "graphics", True),
    ]
    detail = client.get(f"/api/v1/articles/{story.pk}").json()
    assert [(c["name"], c["role"], c["staff"]) for c in detail["contributors"]] == expected
    assert [a["name"] for a in detail["authors"]] == ["Ada Lane", "Tom Reyes"]
    assert detail["byline"] == BYLINE_TEXT
    assert detail["contributors"][3]["url"].endswith(credits["pia"].get_absolute_url())
    listed = client.get("/api/v1/articles").json()["results"][0]
    assert listed["contributors"] == detail["contributors"]
    guests = client.get("/api/v1/authors", {"staff": "false"}).json()["results"]
    assert [g["name"] for g in guests] == ["Pia Lens"]

    payload = article_payload(ArticlePage.objects.get(pk=story.pk))
    assert [(c["name"], c["role"], c["staff"]) for c in payload["contributors"]] == expected
    assert payload["byline"] == BYLINE_TEXT

    listed_story = ArticlePage.objects.filter(pk=story.pk).for_listing().get()
    assert snapshot(listed_story)["byline"] == BYLINE_TEXT
    assert to_story(listed_story, "").byline == BYLINE_TEXT  # the e-paper's


def test_a_guest_has_a_short_author_page_but_no_place_among_the_journalists(client, credits):
    guest = soup_of(client, credits["pia"].get_absolute_url())
    assert "Guest contributor" in guest.select_one(".person-header__role").text
    assert "Ferry service returns to the islands" in guest.text
    journalists = soup_of(client, "/authors/")
    names = [a.text for a in journalists.select(".people-grid__name")]
    assert "Ada Lane" in names and "Pia Lens" not in names


def test_the_same_person_may_report_and_photograph_and_is_listed_once(client):
    reporter = make_person("Sol Vega", photo=False)
    story = make_article(authors=[(reporter, "reporting"), (reporter, "photography")])
    page = soup_of(client, story.url)
    assert " ".join(page.select_one(".byline__credits").text.split()) == "Photography by Sol Vega"
    assert story.bylines == [reporter]
    author_page = soup_of(client, reporter.get_absolute_url())
    assert len(author_page.select(".teaser")) == 1


def make_people(count, **fields):
    return Person.objects.bulk_create(
        Person(name=f"Guest Writer {n:04}", slug=f"guest-writer-{n:04}", **fields)
        for n in range(count)
    )


def queries(client, url):
    """Fetch `url` twice (the first warms the caches) and return the second's query count."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_a_thousand_contributors_and_ten_on_one_story(client, admin_client):
    section = make_section("News")
    alone = make_article(section, "One reporter", authors=[make_person(photo=False)])
    people = make_people(1000, on_staff=False, role="Freelance")
    roles = ["reporting"] * 4 + ["additional_reporting", "photography"] * 2 + ["graphics"] * 2
    crowded = make_article(section, "Ten hands", authors=list(zip(people[:10], roles, strict=True)))
    assert len(crowded.byline) == 10

    # The page of a story with ten credits costs what a story with one costs.
    assert queries(client, crowded.url) == queries(client, alone.url)
    page = soup_of(client, crowded.url)
    assert len(page.select(".byline a")) == 10
    # The journalists' page, the search page and the API do not grow with the guests.
    journalists = soup_of(client, "/authors/")
    assert len(journalists.select(".people-grid__name")) == 1
    search = soup_of(client, "/search/?q=hands")
    assert len(search.select("select[name=author] option")) == 2  # "All authors" and the staff
    api = client.get("/api/v1/authors", {"staff": "false"}).json()
    assert api["count"] == 1000 and len(api["results"]) <= 100

    # The admin: the story's editor and the person chooser do not list the thousand.
    edit = f"/admin/pages/{crowded.pk}/edit/"
    before = queries(admin_client, edit)
    html = admin_client.get(edit).content.decode()
    assert "Guest Writer 0500" not in html  # a chooser, not a <select> of everyone
    chooser = "/admin/snippets/choose/people/person/"
    few = queries(admin_client, chooser)
    Person.objects.bulk_create(
        Person(name=f"Extra Writer {n:04}", slug=f"extra-writer-{n:04}", on_staff=False)
        for n in range(500)
    )
    assert queries(admin_client, chooser) == few
    assert queries(admin_client, edit) == before
    listed = chooser_rows(admin_client, chooser)
    assert 0 < len(listed) <= 50  # one page of the 1,501 people, not all of them
    make_person("Zelda Quill", photo=False, on_staff=False)  # saved one by one: indexed
    found = chooser_rows(admin_client, chooser + "results/", {"q": "Zelda"})
    assert [row.select_one("a").text.strip() for row in found] == ["Zelda Quill"]


def chooser_rows(client, url, params=None):
    """The people a chooser modal lists: its JSON carries the HTML of the list."""
    response = client.get(url, params or {})
    assert response.status_code == 200, url
    body = response.content
    if response["Content-Type"].startswith("application/json"):
        body = response.json()["html"]
    return BeautifulSoup(body, "html.parser").select("tbody tr")


def test_a_story_without_contributors_and_without_agency_has_no_byline(client):
    story = make_article(title="Tide tables for the week")
    page = soup_of(client, story.url)
    assert page.select_one(".byline__names") is None
    assert page.select_one(".byline__credits") is None
    assert to_story(story, "").byline == ""


def test_old_bylines_are_numbered_in_order_by_the_data_migration():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("broadsheet.articles.migrations.0005_contributor_roles")
    a, b, c = (make_person(photo=False) for _ in range(3))
    story = make_article(authors=[a, b, c])
    links = list(story.article_authors.order_by("pk"))
    ArticleAuthor.objects.filter(pk=links[0].pk).update(sort_order=5)
    ArticleAuthor.objects.filter(pk__in=[links[1].pk, links[2].pk]).update(sort_order=9)
    migration.number_the_bylines(apps, None)
    story = ArticlePage.objects.get(pk=story.pk)
    assert list(story.article_authors.values_list("sort_order", flat=True)) == [0, 1, 2]
    assert story.bylines == [a, b, c]
    assert set(story.article_authors.values_list("role", flat=True)) == {"reporting"}


def test_agency_writers_become_guests_in_the_data_migration():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("broadsheet.people.migrations.0003_person_on_staff")
    agency = make_person("Jo Hart", photo=False, role="Agency correspondent")
    staff = make_person("Ada Lane", photo=False)
    migration.agency_writers_are_guests(apps, None)
    agency.refresh_from_db()
    staff.refresh_from_db()
    assert (agency.on_staff, staff.on_staff) == (False, True)
