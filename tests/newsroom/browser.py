"""Browser helpers for the newsroom's admin screens: logging in and catching CSP violations."""

PASSWORD = "a-long-password-1"

# Record every CSP violation the page reports, before any of its scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
"""


def watch_csp(page):
    """Start recording CSP violations on every document `page` loads."""
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def csp_violations(page):
    """The CSP violations the current document has reported so far."""
    return page.evaluate("() => window.__cspViolations || []")


def log_in(page, live_server, username, password=PASSWORD):
    """Log in through the admin's login form and land on the dashboard."""
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")


def avatars_broken(page):
    """The avatar images on the page that failed to load."""
    return page.evaluate(
        """() => [...document.querySelectorAll("img.avatar, .avatar img, img[src*='avatar']")]
            .filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src)"""
    )
