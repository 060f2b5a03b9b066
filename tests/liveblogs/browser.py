"""A reader's browser on a live blog, for the browser tests."""

from tests.newsroom.admin_browser import COLLECT_CSP_VIOLATIONS


def reader(browser, live_server, width, **options):
    """A reader's own browser, recording CSP violations and every poll it makes."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="en-GB", **options
    )
    context.set_default_timeout(10_000)
    context.add_init_script(COLLECT_CSP_VIOLATIONS)
    page = context.new_page()
    page.polls = []
    page.on("request", lambda r: "/entries.json" in r.url and page.polls.append(r.url))
    return page


def csp(page):
    return page.evaluate("() => window.__cspViolations || []")
