"""A locked-out editor in Chromium: the Wagtail login page says why, and the right password waits."""

import pytest
from django.contrib.auth import get_user_model

from broadsheet.paper.models import PaperSettings
from tests.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-password-1"
CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));
"""


def test_lockout_message_on_the_login_page(page, live_server, settings):
    get_user_model().objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_staff=True, is_superuser=True
    )
    page.add_init_script(CSP_LISTENER)
    console_csp = []
    page.on(
        "console",
        lambda m: console_csp.append(m.text) if "Content Security Policy" in m.text else None,
    )

    def sign_in(password):
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "editor")
        page.fill("#id_password", password)
        # Wait for the answer page to load, not just its response: the old page is still up then.
        with page.expect_navigation() as answer:
            page.get_by_role("button", name="Sign in").click()
        return answer.value.status

    for n in range(settings.BROADSHEET_LOGIN_FAILURE_LIMIT - 1):
        assert sign_in(f"wrong-{n}") == 200
        assert page.locator(".messages .error").count() == 1
    assert sign_in("the-last-wrong-one") == 429  # the failure that reaches the limit locks
    assert sign_in(PASSWORD) == 429
    message = page.locator(".messages").inner_text()
    assert "Too many failed sign-in attempts" in message
    assert f"{settings.BROADSHEET_LOGIN_LOCKOUT_MINUTES} minutes" in message
    assert page.url.endswith("/admin/login/")
    paper = PaperSettings.for_default_site().name
    assert page.locator("h1").inner_text() == f"Sign in to {paper}"  # the paper's own login page
    screenshot(page, "admin-login-locked-out")
    assert page.evaluate("window.__csp") == []
    assert console_csp == []
