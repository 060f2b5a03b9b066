"""Drive the Wagtail admin in Chromium as a newsroom user, watching CSP and outside requests."""

from dataclasses import dataclass, field
from io import StringIO
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from broadsheet.newsroom.roles import EDITORS, REPORTERS
from broadsheet.paper.models import PaperSettings
from tests.factories import make_home, make_person, make_photo, make_section

PASSWORD = "a-long-password-1"

# Every CSP violation the page reports, kept on the window so the test can read them.
COLLECT_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber} ${event.sample || ""}`
  );
});
"""


def make_newsroom_user(group_name, username, first_name, last_name):
    """A user in one of the newsroom's groups, with a password to sign in with."""
    user = get_user_model().objects.create_user(
        username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


PAPER_NAME = "The Harbour Gazette"


def make_newsroom():
    """A home page, two sections, two journalists, a photo, the roles, an editor and a reporter."""
    home = make_home()
    call_command("setup_newsroom", stdout=StringIO())
    set_paper(PAPER_NAME)
    return {
        "home": home,
        "news": make_section("News"),
        "sport": make_section("Sport"),
        "people": [make_person("Amira Haddad"), make_person("Tomás Reyes")],
        "photo": make_photo("Harbour cranes at dawn", caption="Cranes.", credit="Staff photo"),
        "editor": make_newsroom_user(EDITORS, "edith", "Edith", "Ward"),
        "reporter": make_newsroom_user(REPORTERS, "rafa", "Rafa", "Nunez"),
    }


@dataclass
class AdminSession:
    """One person's browser tab on the admin, recording violations and outside requests."""

    page: object
    base_url: str
    outside_requests: list = field(default_factory=list)

    def __post_init__(self):
        host = urlsplit(self.base_url).netloc
        self.page.add_init_script(COLLECT_CSP_VIOLATIONS)
        self.page.on(
            "request",
            lambda request: (
                None
                if urlsplit(request.url).scheme in {"data", "blob", "about"}
                or urlsplit(request.url).netloc == host
                else self.outside_requests.append(request.url)
            ),
        )

    def log_in(self, user):
        """Sign in through the login form, as the person would."""
        self.page.goto(self.base_url + "/admin/login/")
        self.page.get_by_label("Username").fill(user.username)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_url(self.base_url + "/admin/")

    def log_out(self):
        self.page.context.clear_cookies()

    def visit(self, path):
        """Open an admin screen and return the response."""
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("load")
        return response

    def violations(self):
        """The CSP violations the current document has reported so far."""
        return self.page.evaluate("() => window.__cspViolations || []")

    def assert_clean(self, where):
        """Assert the current screen reported no CSP violation and nothing left the site."""
        violations = self.violations()
        assert not violations, f"{where}: CSP violations:\n" + "\n".join(violations)
        assert not self.outside_requests, f"{where}: requests elsewhere: {self.outside_requests}"


def set_paper(name, logo=None):
    """Give the default site's paper settings a name (and a logo)."""
    paper = PaperSettings.for_default_site()
    paper.name = name
    paper.logo = logo
    paper.save()
    return paper
