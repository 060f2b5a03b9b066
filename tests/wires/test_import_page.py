"""Import a web page: from the command, the admin form and a real browser; bad input refused."""

import functools
import http.server
import re
import threading
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from playwright.sync_api import expect

from broadsheet.articles.models import ArticlePage
from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.wires.webpage import FetchedPage, PageRefused, extract
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_home, make_section

SAMPLES = Path(__file__).resolve().parent / "samples" / "web"
CLUTTERED = SAMPLES / "cluttered-article.html"
HOSTILE = SAMPLES / "hostile-article.html"
HEADLINE = "Saltmarsh ferry sails again after a winter in dry dock"
CAPTION = "The Saltmarsh Maid leaves the slipway at Kellerby on her first crossing since February"
CREDIT = "Estuary Press Agency"
PASSWORD = "a-long-password-1"
# Words only the page's furniture, styles and scripts hold; none may reach the story.
CLUTTER = [
    "{",
    "}",
    "function",
    "document.",
    "addEventListener",
    "dataLayer",
    "share-bar",
    "Share on Social",
    "Copy link",
    "Island Briefing",
    "Sign up",
    "Subscribe",
    "Most read",
    "Harbour wall repairs",
    "Today’s Paper",
    "Advertisement",
    "app store",
    "All rights reserved",
    "Search the Herald",
    "Skip to the story",
]


def run(*args):
    out = StringIO()
    call_command("import_page", *map(str, args), stdout=out)
    return out.getvalue()


def body_text(article):
    return " ".join(strip_tags(block.render()) for block in article.body)


def only_article():
    (article,) = ArticlePage.objects.all()
    return article


@pytest.fixture
def sections(db):
    make_home()
    return make_section("News"), make_section("Island life", slug="island")


@pytest.fixture
def page_server(settings):
    """A real HTTP server on 127.0.0.1 serving the sample pages; loopback allowed for it alone."""
    settings.BROADSHEET_WEBHOOKS_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    handler = functools.partial(QuietHandler, directory=str(SAMPLES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# The command


def test_the_cluttered_page_becomes_a_clean_draft(sections):
    out = run(CLUTTERED)

    article = only_article()
    assert out.startswith(f"Created (draft): {HEADLINE} [News]")
    assert not article.live
    assert article.title == HEADLINE
    assert article.standfirst.startswith("The island's only car ferry is back on its crossing")
    assert [person.name for person in article.bylines] == ["Marta Okonkwo"]
    assert article.dateline == "KELLERBY"
    assert article.agency == "The Estuary Herald"
    assert article.first_published_at == datetime(2026, 11, 28, 7, 45, tzinfo=UTC)
    assert article.lead_photo.file.name.endswith(".jpeg")
    assert article.lead_photo.description.startswith("A white car ferry with a red wheelhouse")
    assert article.lead_caption == CAPTION
    assert article.lead_credit == CREDIT
    assert article.lead_photo.credit == CREDIT
    text = body_text(article)
    assert text.startswith("The Saltmarsh Maid carried her first cars")  # dateline in its field
    assert "The operator, Sound Crossings, said fares would stay" in text
    assert [block.block_type for block in article.body].count("paragraph") >= 5
    assert CAPTION not in text
    assert HEADLINE not in text
    assert "Marta Okonkwo" not in text
    for clutter in CLUTTER:
        assert clutter.lower() not in text.lower(), clutter


def test_published_the_caption_shows_once_with_its_credit_apart(sections, client):
    run("--publish", "--section", "island", CLUTTERED)

    article = only_article()
    assert article.live
    assert article.get_parent().specific == sections[1]
    response = client.get(article.url)
    assert response.status_code == 200
    story = lxml_html.fromstring(response.content).xpath("//main")[0]
    visible = " ".join(story.text_content().split())
    assert visible.count(CAPTION) == 1
    (credit,) = story.xpath(".//*[contains(@class, 'caption__credit')]")
    assert CREDIT in credit.text_content()
    for clutter in ["Share on Social", "Island Briefing", "Harbour wall repairs", "dataLayer"]:
        assert clutter not in visible


def test_hostile_markup_is_sanitised(sections):
    run(HOSTILE)

    article = only_article()
    stored = "".join(str(block.value.source) for block in article.body)
    for danger in ["<script", "onclick", "onerror", "onload", "onmouseover", "javascript:",
                   "<iframe", "srcdoc", "<object", "<embed", "<svg", "<form", "style=", "alert("]:  # fmt: skip
        assert danger not in stored.lower(), danger
    assert '<a href="https://gannet-trust.example/sale">The sale notice</a>' in stored
    assert "<strong>buyers must keep</strong>" in stored
    assert article.lead_photo is None  # its og:image was a javascript: address
    assert article.dateline == "GANNET POINT"


def test_a_plain_text_capture_imports_cleanly(sections):
    """A page saved as text: story, the caption printed twice, then the page's CSS and script."""
    path = SAMPLES / "captured-article.txt"
    lines = [" ".join(line.split()) for line in path.read_text().splitlines()]
    headline = lines[0]
    caption_line = next(line for line in lines[1:] if line)
    assert lines.count(caption_line) == 2  # the capture prints the caption twice
    first_code = next(n for n, line in enumerate(lines) if "{" in line)
    widget_label = lines.index("Today's Paper")  # the e-paper link's label, not the story
    story_lines = [line for line in lines[lines.index(caption_line) + 2 : widget_label] if line]
    credit = re.search(r"\(([^()]+?) photo\)$", caption_line).group(1)
    dateline = story_lines[0].split(" — ")[0]

    run(path)

    article = only_article()
    assert article.title == headline
    assert article.dateline == dateline
    assert article.lead_caption == caption_line[: caption_line.rindex("(")].strip()
    assert article.lead_credit == credit
    blocks = [" ".join(strip_tags(block.render()).split()) for block in article.body]
    assert len(blocks) == len(story_lines)
    assert blocks[-1] == " ".join(story_lines[-1].split())
    assert blocks[0] == story_lines[0].split(" — ", 1)[1]
    text = " ".join(blocks)
    assert article.lead_caption not in text
    for line in lines[first_code:]:
        if line:
            assert line[:40] not in text
    for code in ["{", "}", "=>", "function", "document.", "Today's Paper", "alert("]:
        assert code not in text


def test_an_address_is_fetched_with_its_picture(sections, page_server):
    out = run(f"{page_server}/cluttered-article.html")

    article = only_article()
    assert "Picture: yes" in out
    assert article.lead_photo is not None
    assert article.lead_credit == CREDIT
    assert CAPTION not in body_text(article)


def test_importing_the_same_page_again_updates_its_article(sections, client, tmp_path):
    run("--publish", CLUTTERED)
    first = only_article()
    url = first.url
    # The paper changed the headline and a paragraph since; the page keeps its canonical address.
    changed = tmp_path / "saved-again.html"
    changed.write_text(
        CLUTTERED.read_text()
        .replace(HEADLINE, "Saltmarsh ferry back after winter refit")
        .replace("said fares would stay", "said fares would rise"),
    )
    (tmp_path / "ferry.jpg").write_bytes((SAMPLES / "ferry.jpg").read_bytes())

    out = run("--section", "island", changed)

    article = only_article()
    assert article.pk == first.pk
    assert out.startswith("Updated (published): Saltmarsh ferry back after winter refit [News]")
    assert "Note: Imported before: updated in News." in out
    assert article.live and article.url == url
    assert "said fares would rise" in body_text(article)
    response = client.get(url)
    assert response.status_code == 200
    assert "Saltmarsh ferry back after winter refit" in response.content.decode()
    assert article.lead_caption == CAPTION  # the picture once, not a second copy
    assert article.lead_photo.pk == first.lead_photo.pk


def test_the_same_file_twice_leaves_one_draft(sections, tmp_path):
    capture = SAMPLES / "captured-article.txt"
    first = run(capture)
    revisions = only_article().revisions.count()
    again = run(capture)

    article = only_article()
    assert first.startswith("Created (draft)")
    assert again.startswith("Updated (draft)")
    assert not article.live
    assert article.revisions.count() > revisions  # the update is a new revision of the same page


@pytest.mark.parametrize(
    ("make_source", "message"),
    [
        (lambda tmp, server: SAMPLES / "ferry.jpg", "This is not a web page: it holds binary data"),
        (lambda tmp, server: SAMPLES.parent / "ninjs1-story.json", "This is JSON, not a web page"),
        (lambda tmp, server: SAMPLES.parent / "rss.xml", "This is an XML document (rss)"),
        (lambda tmp, server: SAMPLES.parent / "xxe.xml", "This is an XML document (rss)"),
        (lambda tmp, server: tmp / "missing.html", "There is no file at"),
        (lambda tmp, server: "ftp://example.org/story.html", "Only http and https addresses"),
        (
            lambda tmp, server: f"{server}/cluttered-article.html",
            "127.0.0.1 is not a public address",
        ),
        (lambda tmp, server: "http://10.1.2.3/story.html", "10.1.2.3 is not a public address"),
        (
            lambda tmp, server: "http://[::ffff:127.0.0.1]:8000/",
            "127.0.0.1 is not a public address",
        ),
    ],
)
def test_bad_input_gets_a_clear_error_and_no_story(sections, tmp_path, make_source, message):
    server = start_loopback_server()
    try:
        with pytest.raises(CommandError) as refusal:
            run(make_source(tmp_path, server.url))
    finally:
        server.stop()
    assert message in str(refusal.value)
    assert not ArticlePage.objects.exists()


def test_a_page_without_an_article_is_refused(sections, tmp_path):
    empty = tmp_path / "menu.html"
    empty.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav></body></html>"
    )
    text = tmp_path / "notes.txt"
    text.write_text("Shopping list\n\neggs\nmilk\n")

    for path in (empty, text):
        with pytest.raises(CommandError, match="No article"):
            run(path)
    assert not ArticlePage.objects.exists()


def test_a_page_over_the_size_limit_is_refused(sections, settings, page_server):
    settings.BROADSHEET_WIRES_MAX_FILE_BYTES = 2000

    with pytest.raises(CommandError, match="larger than 2,000 bytes"):
        run(CLUTTERED)
    with pytest.raises(CommandError, match="more than 2000 bytes"):
        run(f"{page_server}/cluttered-article.html")
    assert not ArticlePage.objects.exists()


def test_an_unknown_section_is_named(sections):
    with pytest.raises(
        CommandError, match=r"There is no section 'sport' \(sections: news, island\)"
    ):
        run("--section", "sport", CLUTTERED)


class LoopbackServer:
    """A server that answers on loopback, to show that refusal is the rule, not a dead port."""

    def __init__(self):
        handler = functools.partial(QuietHandler, directory=str(SAMPLES))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def start_loopback_server():
    return LoopbackServer()


# The extractor never crashes


PIECES = st.sampled_from(
    [
        "<html>", "<head>", "<body>", "<article>", "</article>", "<p>", "</p>", "<figure>",
        "<img src='a.jpg' alt='x'>", "<img src='http://[bad'>", "<figcaption>", "</figcaption>",
        "<span class='credit'>", "</span>", "<h1>", "</h1>", "<script>", "</script>",
        "<script type='application/ld+json'>", '{"@type": "NewsArticle", "headline": ',
        '"image": {"url": 5, "caption": []}', '"author": [{"name": null}, 3]', "[[[[[[[[",
        "<meta property='og:image' content='data:image/png;base64,@@'>",
        "<meta property='article:published_time' content='2026-99-99T99:99'>",
        "<meta charset='klingon'>", "<?xml version='1.0'?>", "<rss>", "<!DOCTYPE html>",
        "BEIJING — ", "(AFP photo)", "Photo: ", "©", "{color:red;}", "function () {}",
        "\n\n", "\x00", "\ufeff", "&#0;", "&amp;", "<style>", "</style>", " ", "word ",
    ]
)  # fmt: skip


@given(st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=40))
@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_markup_crashes_the_extractor(pieces):
    content = "".join(pieces).encode("utf-8", errors="surrogatepass")
    try:
        result = extract(FetchedPage(content, name="fuzz.html"), fetch_pictures=False)
    except PageRefused as refusal:
        assert str(refusal).endswith(".")
    else:
        assert result.story.body_html


@given(st.binary(max_size=2000))
@hypothesis_settings(max_examples=150, deadline=None)
def test_no_bytes_crash_the_extractor(content):
    try:
        extract(FetchedPage(content, name="fuzz.bin"), fetch_pictures=False)
    except PageRefused as refusal:
        assert str(refusal)


# The admin


@pytest.fixture
def editor(sections):
    call_command("setup_newsroom", stdout=StringIO())
    user = get_user_model().objects.create_user("ed", password=PASSWORD, first_name="Ed")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def reporter(sections):
    call_command("setup_newsroom", stdout=StringIO())
    user = get_user_model().objects.create_user("rita", password=PASSWORD)
    user.groups.add(Group.objects.get(name=REPORTERS))
    return user


def upload(path, name=None):
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="text/html")


def test_an_editor_uploads_a_saved_page_and_sees_the_draft(client, editor, sections):
    client.force_login(editor)
    form = client.get("/admin/import-page/")
    assert form.status_code == 200

    response = client.post(
        "/admin/import-page/",
        {"file": upload(CLUTTERED), "section": sections[0].pk},
        follow=True,
    )

    article = only_article()
    assert response.redirect_chain[-1][0] == f"/admin/import-page/{article.pk}/"
    assert not article.live
    text = response.text
    assert HEADLINE in text and "Draft" in text and CREDIT in text
    # A saved file has no folder: the picture it names cannot be had, and the editor is told.
    assert "add the photo by hand" in text
    assert f"/admin/pages/{article.pk}/edit/" in text
    assert "imported before" not in text

    again = client.post(
        "/admin/import-page/",
        {"file": upload(CLUTTERED, name="saved-again.html"), "section": sections[0].pk},
        follow=True,
    )
    assert only_article().pk == article.pk
    assert again.redirect_chain[-1][0] == f"/admin/import-page/{article.pk}/"
    assert "This page was imported before: the same story is brought up to date." in again.text


def test_the_form_shows_why_a_page_is_refused_and_creates_nothing(client, editor, sections):
    client.force_login(editor)

    responses = [
        client.post(
            "/admin/import-page/",
            {"file": upload(SAMPLES / "ferry.jpg"), "section": sections[0].pk},
        ),
        client.post(
            "/admin/import-page/", {"url": "http://127.0.0.1:9/", "section": sections[0].pk}
        ),
        client.post("/admin/import-page/", {"section": sections[0].pk}),
    ]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert "it holds binary data" in responses[0].text
    assert "127.0.0.1 is not a public address" in responses[1].text
    assert "Give either the page&#x27;s address or a saved file" in responses[2].text
    assert not ArticlePage.objects.exists()


def test_a_reporter_imports_drafts_but_may_not_publish(client, reporter, sections):
    client.force_login(reporter)

    refused = client.post(
        "/admin/import-page/",
        {"file": upload(CLUTTERED), "section": sections[0].pk, "publish": "on"},
    )
    assert "You may not publish in News" in refused.text
    assert not ArticlePage.objects.exists()

    client.post("/admin/import-page/", {"file": upload(CLUTTERED), "section": sections[0].pk})
    assert not only_article().live


def test_people_outside_the_newsroom_cannot_import(client, sections):
    outsider = get_user_model().objects.create_user("visitor", password=PASSWORD)
    client.force_login(outsider)

    response = client.post(
        "/admin/import-page/", {"file": upload(CLUTTERED), "section": sections[0].pk}
    )

    assert response.status_code in {302, 403}
    assert not ArticlePage.objects.exists()


CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_editor_imports_a_page_in_the_browser(page, live_server, page_server):
    make_home()
    make_section("News")
    make_section("Island life", slug="island")
    call_command("setup_newsroom", stdout=StringIO())
    user = get_user_model().objects.create_user("ed", password=PASSWORD, first_name="Ed")
    user.groups.add(Group.objects.get(name=EDITORS))
    page.add_init_script(CSP_LISTENER)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    page.get_by_role("link", name="Import a web page").click()
    page.wait_for_url("**/admin/import-page/")
    page.get_by_label("Address of the page").fill(f"{page_server}/cluttered-article.html")
    page.get_by_label("Section").select_option(label="Island life")
    assert not axe_violations(page, context=".nice-padding")
    screenshot(page, "import-page-form")
    page.get_by_role("button", name="Import").click()

    expect(page.get_by_role("heading", name=HEADLINE)).to_be_visible()
    summary = page.locator(".imported-page").inner_text()
    assert "Draft in Island life" in summary
    assert CAPTION in summary and CREDIT in summary and "Marta Okonkwo" in summary
    assert "KELLERBY" in summary
    assert page.get_by_role("img", name="A white car ferry with a red wheelhouse").is_visible()
    violations = axe_violations(page, context=".nice-padding")
    assert not violations, describe_violations(violations)
    screenshot(page, "import-page-result")
    # Both screens of the import keep to the admin's CSP as it stands; Wagtail's page editor,
    # opened next, does not yet (its inline scripts), so its violations are not counted here.
    assert page.evaluate("window.__cspViolations") == []
    page.get_by_role("link", name="Edit the story").click()
    expect(page.locator("#id_title")).to_have_value(HEADLINE)
    article = only_article()
    assert not article.live and article.lead_photo is not None
