"""JSON-LD read by extruct, and the canonical, Open Graph, Twitter and feed links in every page's head."""

from html.parser import HTMLParser

import extruct
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from broadsheet.articles.models import ArticlePage
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


class HeadTags(HTMLParser):
    """Collect the <meta> and <link> tags of a page."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            self.meta.append(attrs)
        elif tag == "link":
            self.links.append(attrs)

    def property(self, name):
        return [
            m["content"] for m in self.meta if m.get("property") == name or m.get("name") == name
        ]

    def rel(self, rel):
        return [link for link in self.links if link.get("rel") == rel]


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def json_ld(html):
    return extruct.extract(html, base_url=BASE, syntaxes=["json-ld"])["json-ld"]


def of_type(documents, schema_type):
    return [d for d in documents if d["@type"] == schema_type]


def test_news_article_json_ld_has_every_property(client, newsroom):
    story = newsroom.story
    (article,) = of_type(json_ld(page_html(client, story.url)), "NewsArticle")
    url = BASE + story.url
    assert article["@context"] == "https://schema.org"
    assert article["url"] == url
    assert article["mainEntityOfPage"]["@id"] == url
    assert article["headline"] == "Harbour talks resume after strike"
    assert article["description"] == "Dockers & owners meet <again> at dawn."
    assert article["datePublished"].startswith(f"{story.first_published_at:%Y-%m-%dT%H:%M}")
    assert article["dateModified"] >= article["datePublished"]
    assert article["author"] == [
        {
            "@type": "Person",
            "name": "Ada Lane",
            "url": BASE + newsroom.reporter.get_absolute_url(),
            "jobTitle": "Reporter",
            "worksFor": {
                "@type": "NewsMediaOrganization",
                "name": "The Test Gazette",
                "url": BASE + "/",
            },
        }
    ]
    assert "contributor" not in article
    publisher = article["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["name"] == "The Test Gazette"
    assert publisher["url"] == BASE + "/"
    assert publisher["logo"]["url"].startswith(BASE + "/media/")
    assert publisher["logo"]["height"] <= 60
    assert article["dateline"] == "NORTHPORT"
    assert article["articleSection"] == "News"
    assert article["keywords"] == ["Northport", "Port strike"]
    assert article["isAccessibleForFree"] is True
    assert article["inLanguage"] == "en-GB"
    (correction,) = article["correction"]
    assert correction["@type"] == "CorrectionComment"
    assert correction["text"] == "An earlier version misspelt the harbour master's name."
    assert correction["datePublished"]


def test_article_images_are_16_9_4_3_and_1_1_at_1200_px(client, newsroom, settings):
    (article,) = of_type(json_ld(page_html(client, newsroom.story.url)), "NewsArticle")
    ratios = []
    for image in article["image"]:
        assert image["@type"] == "ImageObject"
        assert image["width"] == 1200
        path = settings.MEDIA_ROOT / image["url"].removeprefix(BASE + settings.MEDIA_URL)
        with Image.open(path) as file:
            assert file.size == (image["width"], image["height"])
        ratios.append(round(image["width"] / image["height"], 2))
    assert ratios == [round(16 / 9, 2), round(4 / 3, 2), 1.0]


@pytest.mark.parametrize(
    "kind, schema_type",
    [("opinion", "OpinionNewsArticle"), ("analysis", "AnalysisNewsArticle")],
)
def test_opinion_and_analysis_have_their_own_types(client, newsroom, kind, schema_type):
    article = {"opinion": newsroom.column, "analysis": newsroom.analysis}[kind]
    documents = json_ld(page_html(client, article.url))
    (data,) = of_type(documents, schema_type)
    assert data["headline"] == article.title
    assert not of_type(documents, "NewsArticle")


def test_agency_copy_without_byline_names_the_agency(client, newsroom):
    wire = make_article(newsroom.news, "Ferry services cut", agency="Meridian Wire", photo=False)
    (data,) = of_type(json_ld(page_html(client, wire.url)), "NewsArticle")
    assert data["author"] == [{"@type": "Organization", "name": "Meridian Wire"}]
    assert "image" not in data and "correction" not in data


def test_breadcrumbs_on_articles_and_sections(client, newsroom):
    (trail,) = of_type(json_ld(page_html(client, newsroom.story.url)), "BreadcrumbList")
    assert [(i["position"], i["name"], i["item"]) for i in trail["itemListElement"]] == [
        (1, "The Test Gazette", BASE + "/"),
        (2, "News", BASE + "/news/"),
        (3, newsroom.story.title, BASE + newsroom.story.url),
    ]
    (trail,) = of_type(json_ld(page_html(client, "/opinion/")), "BreadcrumbList")
    assert [i["name"] for i in trail["itemListElement"]] == ["The Test Gazette", "Opinion"]


def test_home_page_describes_the_website_and_its_search(client, newsroom):
    (site,) = of_type(json_ld(page_html(client, "/")), "WebSite")
    assert site["name"] == "The Test Gazette"
    assert site["url"] == BASE + "/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == BASE + "/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert site["publisher"]["@type"] == "NewsMediaOrganization"


def test_json_ld_cannot_break_out_of_its_script(client, newsroom):
    title = "Mayor says </script><script>alert(1)</script> & <!-- more"
    article = make_article(newsroom.news, title, standfirst="A <b>bold</b> claim & more.")
    html = page_html(client, article.url)
    head = html[: html.index("</head>")]
    assert "<script>alert(1)" not in head
    assert "<!-- more" not in head
    (data,) = of_type(json_ld(html), "NewsArticle")
    assert data["headline"] == title
    assert data["description"] == "A <b>bold</b> claim & more."


def test_json_ld_needs_no_nonce_so_a_cached_page_keeps_a_sound_policy(client, newsroom):
    """JSON-LD is a data block the browser never runs: no nonce on it, none in the policy."""
    response = client.get(newsroom.story.url)
    html = response.content.decode()
    scripts = [
        line for line in html.splitlines() if line.startswith('<script type="application/ld+json"')
    ]
    assert scripts
    assert all("nonce=" not in line for line in scripts)
    assert "'nonce-" not in response["Content-Security-Policy"]


def social_pages(newsroom):
    """Every kind of public page, with the canonical URL it must declare."""
    return {
        "/": BASE + "/",
        "/news/": BASE + "/news/",
        newsroom.story.url: BASE + newsroom.story.url,
        newsroom.reporter.get_absolute_url(): BASE + newsroom.reporter.get_absolute_url(),
        "/tags/port-strike/": BASE + "/tags/port-strike/",
        "/authors/": BASE + "/authors/",
    }


def test_every_page_has_canonical_open_graph_and_twitter_tags(client, newsroom):
    for url, canonical in social_pages(newsroom).items():
        head = HeadTags(page_html(client, url + "?utm_source=newsletter"))
        assert [link["href"] for link in head.rel("canonical")] == [canonical], url
        assert head.property("og:url") == [canonical], url
        assert head.property("og:site_name") == ["The Test Gazette"]
        assert head.property("og:title")[0], url
        assert head.property("og:type")[0] in {"website", "article", "profile"}
        assert head.property("og:locale") == ["en_GB"]
        assert head.property("twitter:card")[0] in {"summary", "summary_large_image"}
        assert head.property("twitter:site") == ["@testgazette"]
        assert not [link for link in head.links if link.get("hreflang")], url


def test_article_social_tags(client, newsroom):
    story = newsroom.story
    head = HeadTags(page_html(client, story.url))
    assert head.property("og:type") == ["article"]
    assert head.property("og:title") == [story.title]
    assert head.property("og:description") == ["Dockers & owners meet <again> at dawn."]
    (image,) = head.property("og:image")
    assert image.startswith(BASE + "/media/") and image.endswith(".fill-1200x675.jpg")
    assert head.property("og:image:width") == ["1200"]
    assert head.property("og:image:alt") == ["Alt text for Harbour cranes"]
    assert head.property("twitter:card") == ["summary_large_image"]
    # Lets search engines show the large lead photo (Google Discover, Top stories).
    assert head.property("robots") == ["max-image-preview:large"]
    assert head.property("twitter:creator") == ["@adalane"]
    assert head.property("twitter:image") == [image]
    assert head.property("article:section") == ["News"]
    assert head.property("article:tag") == ["Northport", "Port strike"]
    assert head.property("article:author") == [BASE + newsroom.reporter.get_absolute_url()]
    assert head.property("article:published_time")[0].startswith(
        f"{story.first_published_at:%Y-%m-%dT%H:%M}"
    )


def test_later_listing_pages_keep_their_page_number_in_the_canonical(client, newsroom):
    for n in range(21):
        make_article(newsroom.opinion, f"Column {n}", photo=False)
    head = HeadTags(page_html(client, "/opinion/?page=2"))
    assert [link["href"] for link in head.rel("canonical")] == [BASE + "/opinion/?page=2"]


def test_feed_autodiscovery_on_the_pages_the_feeds_belong_to(client, newsroom):
    site_feeds = ["/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json"]
    expected = {
        "/": site_feeds,
        "/authors/": site_feeds,
        "/news/": [
            *site_feeds,
            *(f"/feeds/sections/news/{f}" for f in ["rss.xml", "atom.xml", "feed.json"]),
        ],
        newsroom.column.url: [
            *site_feeds,
            *(f"/feeds/sections/opinion/{f}" for f in ["rss.xml", "atom.xml", "feed.json"]),
        ],
        newsroom.reporter.get_absolute_url(): [
            *site_feeds,
            *(
                f"/feeds/authors/{newsroom.reporter.slug}/{f}"
                for f in ["rss.xml", "atom.xml", "feed.json"]
            ),
        ],
        "/tags/port-strike/": [
            *site_feeds,
            *(f"/feeds/tags/port-strike/{f}" for f in ["rss.xml", "atom.xml", "feed.json"]),
        ],
    }
    types = {
        "rss.xml": "application/rss+xml",
        "atom.xml": "application/atom+xml",
        "feed.json": "application/feed+json",
    }
    for url, feeds in expected.items():
        links = HeadTags(page_html(client, url)).rel("alternate")
        assert [link["href"] for link in links] == feeds, url
        for link in links:
            assert link["type"] == types[link["href"].rsplit("/", 1)[1]]
            assert link["title"]
            assert client.get(link["href"]).status_code == 200


def test_article_page_stays_within_ten_queries(client, newsroom):
    client.get(newsroom.story.url)  # renditions are made once, on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(newsroom.story.url).status_code == 200
    assert len(queries) <= 10, "\n".join(q["sql"][:120] for q in queries)


def test_head_tags_add_few_queries(rf, newsroom):
    """Rendering the head tags for an article costs at most a handful of queries."""
    from django.template import Context, Template

    article = ArticlePage.objects.get(pk=newsroom.story.pk)
    request = rf.get(article.url)
    template = Template(
        "{% load distribution_tags %}{% social_meta %}{% feed_links %}{% structured_data_scripts %}"
    )
    template.render(Context({"request": request, "page": article}))  # make the renditions
    article = ArticlePage.objects.get(pk=newsroom.story.pk)
    request = rf.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        template.render(Context({"request": request, "page": article}))
    assert len(queries) <= 9, "\n".join(q["sql"][:120] for q in queries)


def test_not_found_page_declares_no_canonical_or_card(client, newsroom):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    head = HeadTags(response.content.decode())
    assert not head.rel("canonical")
    assert not head.property("og:url")
    assert [link["href"] for link in head.rel("alternate")][:1] == ["/feeds/rss.xml"]


def test_head_tags_render_nothing_without_a_request(newsroom):
    from django.template import Context, Template

    template = Template(
        "{% load distribution_tags %}{% social_meta %}{% feed_links %}{% structured_data_scripts %}"
    )
    assert template.render(Context({"page": newsroom.story})).strip() == ""
