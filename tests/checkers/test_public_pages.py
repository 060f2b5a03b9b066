"""Every public page type, in each state that changes its markup, through the Nu HTML Checker
and axe-core at phone and desktop widths: 0 errors, 0 violations, 0 CSP violations.

A new page type joins by adding one line to PAGES: a name and a function of the paper that
returns the Visit (a path, the form to POST when the page answers a form, and the state the
paper is put in for the visit when the page shows one that the rest of the paper cannot).
"""

import shutil
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from broadsheet.editions.build import build_edition
from broadsheet.editions.models import Edition, EditionStatus
from broadsheet.newsletter import signup
from broadsheet.newsletter.setup import ensure_newsletters
from tests.conftest import ARTIFACTS_DIR, axe_violations, describe_violations
from tests.editions.conftest import make_newspaper
from tests.factories import (
    make_article,
    make_entry,
    make_live_blog,
    make_person,
    make_photo,
    make_section,
)

from .vnu import check_html, vnu_jar

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (375, 1280)
REPORT = ARTIFACTS_DIR / "checkers" / "public-pages.txt"
HTML_DIR = ARTIFACTS_DIR / "checkers" / "html"
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});
"""


@dataclass
class Visit:
    """Where a reader goes: a GET of `path`, or a POST of `form` to it; the status expected;
    `state`, a function whose context manager the visit happens inside."""

    path: str
    form: dict | None = None
    status: int = 200
    state: object = nullcontext


@dataclass
class Paper:
    """The content the pages show, and makers for one-shot states such as a fresh token."""

    front: object
    section: object
    news: object
    opinion: object
    analysis: object
    agency: object
    corrected: object
    rich: object
    restricted: object
    reporter: object
    columnist: object
    newsletter: object
    live_blog: object
    ended_live_blog: object
    edition: object
    made: list = field(default_factory=list)

    def pending_subscriber(self):
        """A reader who has signed up and not yet confirmed (a new one on every call)."""
        address = f"reader{len(self.made)}@example.org"
        subscriber, _mail = signup.request_subscription(address, [self.newsletter])
        self.made.append(subscriber)
        return subscriber

    def confirmed_subscriber(self):
        subscriber = self.pending_subscriber()
        return signup.confirm(signup.confirmation_token(subscriber))

    def confirm_path(self):
        return f"/newsletter/confirm/{signup.confirmation_token(self.pending_subscriber())}/"

    def unsubscribe_path(self):
        return (
            f"/newsletter/unsubscribe/{self.confirmed_subscriber().token}/{self.newsletter.slug}/"
        )

    @contextmanager
    def no_edition_yet(self):
        """The paper as it is before its first edition is printed (visit a fresh address:
        the browser keeps the viewer's page for as long as its cache headers allow)."""
        status = self.edition.status
        Edition.objects.filter(pk=self.edition.pk).update(status=EditionStatus.BUILDING)
        try:
            yield
        finally:
            Edition.objects.filter(pk=self.edition.pk).update(status=status)


PAGES = [
    ("home", lambda p: Visit("/")),
    ("section front", lambda p: Visit(p.section.url)),
    ("section front, page 2", lambda p: Visit(p.section.url + "?page=2")),
    ("news article", lambda p: Visit(p.news.url)),
    ("opinion article", lambda p: Visit(p.opinion.url)),
    ("analysis article", lambda p: Visit(p.analysis.url)),
    ("agency article", lambda p: Visit(p.agency.url)),
    ("article with corrections", lambda p: Visit(p.corrected.url)),
    ("corrections", lambda p: Visit("/corrections/")),
    ("what changed in a story", lambda p: Visit(f"/corrections/{p.corrected.pk}/")),
    ("article with subheading, pull quote, photo, fact box", lambda p: Visit(p.rich.url)),
    ("restricted page's password form", lambda p: Visit(p.restricted.url)),
    ("live blog under way", lambda p: Visit(p.live_blog.url)),
    ("live blog, ended", lambda p: Visit(p.ended_live_blog.url)),
    ("author list", lambda p: Visit("/authors/")),
    ("author page", lambda p: Visit(f"/authors/{p.reporter.slug}/")),
    ("columnist's page", lambda p: Visit(f"/authors/{p.columnist.slug}/")),
    ("topic page", lambda p: Visit("/tags/port-strike/")),
    ("search with results", lambda p: Visit("/search/?q=harbour")),
    ("search with results, page 2", lambda p: Visit("/search/?q=harbour&page=2")),
    ("search refused", lambda p: Visit("/search/?q=harbour&since=yesterday", status=400)),
    ("search without results", lambda p: Visit("/search/?q=zyxwvut")),
    ("empty search", lambda p: Visit("/search/")),
    ("e-paper viewer", lambda p: Visit("/epaper/")),
    ("e-paper page 2", lambda p: Visit(p.front.url_page_2)),
    ("e-paper last page", lambda p: Visit(f"/epaper/{p.edition.date.isoformat()}/4/")),
    (
        "e-paper before the first edition",
        lambda p: Visit("/epaper/?new", status=404, state=p.no_edition_yet),
    ),
    ("e-paper archive", lambda p: Visit("/epaper/archive/")),
    ("404 page", lambda p: Visit("/no-such-page/", status=404)),
    ("500 page", lambda p: Visit("/checkers/server-error/", status=500)),
    ("503 page, the database away", lambda p: Visit("/checkers/database-away/", status=503)),
    ("newsletter sign-up page", lambda p: Visit("/newsletter/subscribe/")),
    (
        "newsletter sign-up thank-you",
        lambda p: Visit("/newsletter/subscribe/", form={"email": "new.reader@example.org"}),
    ),
    ("newsletter sign-up refused", lambda p: Visit("/newsletter/subscribe/", {"email": "x"}, 400)),
    ("newsletter confirm", lambda p: Visit(p.confirm_path())),
    ("newsletter confirmed", lambda p: Visit(p.confirm_path(), form={})),
    ("newsletter confirm link spent", lambda p: Visit("/newsletter/confirm/spent/", status=410)),
    ("newsletter preferences", lambda p: Visit(p.confirmed_subscriber().get_preferences_url())),
    (
        "newsletter preferences saved",
        lambda p: Visit(
            p.confirmed_subscriber().get_preferences_url(), form={"newsletter": [p.newsletter.slug]}
        ),
    ),
    ("newsletter unsubscribe", lambda p: Visit(p.unsubscribe_path())),
    ("newsletter unsubscribed", lambda p: Visit(p.unsubscribe_path(), form={})),
]


@dataclass
class EditionFront:
    url_page_2: str


@pytest.fixture
def paper():
    """A whole paper: sections, a paged front, every kind of article, an edition, newsletters."""
    call_command("setup_newsroom", verbosity=0)
    make_newspaper(stories_per_section=4, seed=3)
    newsletter = ensure_newsletters()["daily-briefing"]
    news = make_section("News", "news")
    world = make_section("World", "world")
    opinion = make_section("Opinion", "opinion")
    reporter = make_person("Ada Lane")
    columnist = make_person("Mara Quist", is_columnist=True)
    for n in range(18):
        make_article(news, f"Harbour council story {n}", photo=None, authors=[reporter])
    agency = make_article(
        world,
        "Harbour talks resume after a week of strikes",
        authors=[reporter],
        tags=["Port strike"],
        dateline="Northport",
        agency="Meridian Wire",
        photo=make_photo("Cranes", credit="Meridian Wire", caption="Cranes stand idle."),
    )
    corrected = make_article(
        news,
        "The bridge reopens a day early",
        authors=[reporter],
        tags=["Port strike"],
        corrections=["An earlier version misnamed the chair.", "The date was wrong."],
    )
    column = make_article(opinion, "Why the harbour matters", kind="opinion", authors=[columnist])
    analysis = make_article(
        news, "What the harbour deal means", kind="analysis", authors=[reporter]
    )
    rich = make_article(news, "Inside the harbour's night shift", authors=[reporter])
    rich.body = [
        {"type": "paragraph", "value": "<p>The cranes never stop.</p>"},
        {"type": "subheading", "value": "The first hour"},
        {
            "type": "pull_quote",
            "value": {"quote": "We keep the city fed.", "attribution": "A docker"},
        },
        {
            "type": "photo",
            "value": {"image": make_photo("Night shift").pk, "caption": "", "credit": ""},
        },
        {
            "type": "fact_box",
            "value": {"title": "The port in numbers", "body": "<ul><li>1,200 workers</li></ul>"},
        },
        {"type": "paragraph", "value": "<p>By dawn the ships are gone.</p>"},
    ]
    rich.save_revision().publish()
    restricted = make_article(news, "Members only: the harbour accounts", authors=[reporter])
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="members"
    )
    edition = build_edition(page_count=4)
    # The live blogs come after the edition, which keeps the e-paper pages as they were.
    live_blog = make_live_blog(news, "Live: the harbour vote", authors=[reporter], entries=2)
    make_entry(live_blog, "", kind="quote", quote="We will vote tonight.", attribution="The chair")
    make_entry(live_blog, "The count begins.", kind="photo", photo=make_photo("Count"))
    make_entry(live_blog, "The union's post.", kind="embed", embed_url="https://social.example/1")
    ended = make_live_blog(news, "Live: the storm, as it happened", entries=3, ended=True)
    return Paper(
        front=EditionFront(f"/epaper/{edition.date.isoformat()}/2/"),
        section=news,
        news=make_article(
            news,
            "Ferry timetable changes",
            authors=[reporter, (make_person("Pia Lens", on_staff=False), "photography")],
            dateline="Port",
        ),
        opinion=column,
        analysis=analysis,
        agency=agency,
        corrected=corrected,
        rich=rich,
        restricted=restricted,
        reporter=reporter,
        columnist=columnist,
        newsletter=newsletter,
        live_blog=live_blog,
        ended_live_blog=ended,
        edition=edition,
    )


def visit(page, base_url, where):
    """Open `where` as a reader would (a POST through a form on our own page); return the response."""
    with where.state():
        return open_page(page, base_url, where)


def open_page(page, base_url, where):
    if where.form is None:
        return page.goto(base_url + where.path)
    page.goto(base_url + "/newsletter/subscribe/")
    with page.expect_navigation() as navigation:
        page.evaluate(
            """([action, fields]) => {
                const form = document.createElement('form');
                form.method = 'post';
                form.action = action;
                for (const [name, value] of Object.entries(fields)) {
                    for (const one of [].concat(value)) {
                        const input = document.createElement('input');
                        input.type = 'hidden';
                        input.name = name;
                        input.value = one;
                        form.append(input);
                    }
                }
                document.body.append(form);
                form.submit();
            }""",
            [where.path, where.form],
        )
    return navigation.value


def file_name(name):
    return "".join(c if c.isalnum() else "-" for c in name) + ".html"


def test_every_public_page_passes_vnu_and_axe(browser, live_server, paper):
    """With the page cache on, as in production: the wide screen gets the copies stored for the
    phone, so every policy and page is checked once rendered and once from the cache."""
    vnu_jar()  # install (or skip) before the slow part
    problems, rows, sources, served_from_cache = [], [], {}, set()
    cache.clear()
    with override_settings(ROOT_URLCONF="tests.checkers.urls", BROADSHEET_PAGE_CACHE=True):
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
            context.set_default_timeout(15_000)
            context.add_init_script(CSP_LISTENER)
            page = context.new_page()
            try:
                for name, make_visit in PAGES:
                    where = make_visit(paper)
                    response = visit(page, live_server.url, where)
                    if response.status != where.status:
                        problems.append(f"{name}: status {response.status}, not {where.status}")
                    sources.setdefault(name, response.text())
                    if response.headers.get("x-page-cache") == "HIT":
                        served_from_cache.add(name)
                    violations = axe_violations(page)
                    csp = page.evaluate("window.__cspViolations || []")
                    rows.append((name, width, len(violations), len(csp)))
                    if violations:
                        problems.append(f"{name} at {width}px:\n{describe_violations(violations)}")
                    if csp:
                        problems.append(f"{name} at {width}px, CSP: {csp}")
            finally:
                context.close()
    cache.clear()
    for name in ("home", "news article", "live blog, ended", "e-paper viewer", "topic page"):
        assert name in served_from_cache, f"{name} was never served from the page cache"
    shutil.rmtree(HTML_DIR, ignore_errors=True)
    HTML_DIR.mkdir(parents=True)
    for name, html in sources.items():
        (HTML_DIR / file_name(name)).write_text(html, "utf-8")
    html_errors = check_html(HTML_DIR)
    for name in sources:
        if errors := html_errors.get(file_name(name)):
            problems.append(f"{name}, Nu HTML Checker:\n    " + "\n    ".join(errors))
    write_report(rows, html_errors)
    assert not problems, "\n".join(problems)


def write_report(rows, html_errors):
    """Keep the figures per page in test-artifacts/checkers/, and print them."""
    lines = [f"{'page':40} {'width':>5} {'vnu errors':>10} {'axe':>4} {'csp':>4}"]
    for name, width, violations, csp in rows:
        errors = len(html_errors.get(file_name(name), []))
        lines.append(f"{name:40} {width:>5} {errors:>10} {violations:>4} {csp:>4}")
    Path(REPORT).parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))
