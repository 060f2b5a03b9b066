"""The footer sign-up in a real Chromium, with and without JavaScript, at 375 px and 1280 px."""

import pytest

from broadsheet.newsletter import signup
from broadsheet.newsletter.models import Subscriber
from broadsheet.newsletter.setup import ensure_newsletters
from tests.conftest import axe_violations, describe_violations, screenshot
from tests.factories import make_article, make_home, make_section

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTHS = {"phone": 375, "desktop": 1280}


@pytest.fixture
def front(db):
    ensure_newsletters()
    make_home()
    make_article(make_section("World"), "Harbour talks resume", weight=5)


def assert_accessible(page, name):
    violations = axe_violations(page)
    assert not violations, f"{name}: {describe_violations(violations)}"


@pytest.mark.parametrize("width_name", WIDTHS)
def test_footer_signup_with_javascript(page, live_server, front, mail, width_name):
    """The script posts, shows the answer in the live region for five seconds, sets no cookie."""
    page.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
    page.clock.install()
    page.goto(live_server.url + "/")
    # Freeze the page's clock: the five seconds pass only when the test says so.
    page.clock.pause_at(page.evaluate("Date.now()") + 1000)
    form = page.locator("#emailFormFooter")
    form.scroll_into_view_if_needed()
    status = page.locator("#messageContainerFooter")
    assert status.get_attribute("aria-live") == "polite"

    page.fill("#emailFooter", "not-an-address")
    form.get_by_role("button", name="Sign up").click()
    assert status.text_content() == signup.INVALID
    assert not Subscriber.objects.exists()  # checked in the page, never posted

    page.fill("#emailFooter", f"{width_name}@example.org")
    with page.expect_response("**/newsletter/subscribe/") as answer:
        form.get_by_role("button", name="Sign up").click()
    assert answer.value.status == 200
    page.wait_for_function(
        "text => document.querySelector('#messageContainerFooter').textContent === text",
        arg=signup.ACCEPTED,
    )
    assert page.url == live_server.url + "/"  # no navigation
    page.clock.run_for(4900)
    assert status.text_content() == signup.ACCEPTED
    page.clock.run_for(200)
    assert status.text_content() == ""
    assert Subscriber.objects.filter(email=f"{width_name}@example.org").exists()
    mail.messages.wait_for(1)
    assert page.context.cookies() == []

    # axe-core and screenshots wait on timers: let the clock run again for them.
    page.clock.resume()
    page.fill("#emailFooter", f"again-{width_name}@example.org")
    form.get_by_role("button", name="Sign up").click()
    page.wait_for_function(
        "text => document.querySelector('#messageContainerFooter').textContent === text",
        arg=signup.ACCEPTED,
    )
    screenshot(page, f"newsletter-footer-js-{width_name}")
    assert_accessible(page, f"footer after sign-up, {width_name}")


def test_the_reference_request_gets_json(page, live_server, front, mail):
    """The request the reference page's script makes: FormData with `email` and two headers."""
    page.goto(live_server.url + "/")
    status, body = page.evaluate(
        """async () => {
            const data = new FormData();
            data.append("email", "reference@example.org");
            const response = await fetch("/newsletter/subscribe/", {
                method: "POST",
                body: data,
                headers: {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"},
            });
            return [response.status, await response.json()];
        }"""
    )
    assert (status, body) == (200, {"message": signup.ACCEPTED})
    bad_status, bad_body = page.evaluate(
        """async () => {
            const data = new FormData();
            data.append("email", "no..dots@example.org");
            const response = await fetch("/newsletter/subscribe/", {
                method: "POST", body: data,
                headers: {"Accept": "application/json", "X-Requested-With": "XMLHttpRequest"},
            });
            return [response.status, await response.json()];
        }"""
    )
    assert (bad_status, bad_body) == (400, {"message": signup.INVALID})


@pytest.mark.parametrize("width_name", WIDTHS)
def test_footer_signup_without_javascript(browser, page, live_server, front, mail, width_name):
    """With scripts off the form posts normally and the answer is a page of its own."""
    checker = page  # axe-core needs JavaScript: the answer page is checked in this one.
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": WIDTHS[width_name], "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        page.fill("#emailFooter", f"nojs-{width_name}@example.org")
        with page.expect_navigation():
            page.locator("#emailFormFooter").get_by_role("button", name="Sign up").click()
        assert page.url == live_server.url + "/newsletter/subscribe/"
        assert page.locator("main").get_by_role("status").first.text_content() == signup.ACCEPTED
        screenshot(page, f"newsletter-footer-nojs-{width_name}")
        assert Subscriber.objects.filter(email=f"nojs-{width_name}@example.org").exists()
        assert context.cookies() == []

        page.goto(live_server.url + "/")
        page.fill("#emailFooter", "nobody@example")
        with page.expect_navigation():
            page.locator("#emailFormFooter").get_by_role("button", name="Sign up").click()
        assert signup.INVALID in page.locator("main").text_content()
        answer_page = page.content()
        checker.set_viewport_size({"width": WIDTHS[width_name], "height": 900})
        checker.goto(live_server.url + "/newsletter/subscribe/")
        checker.set_content(answer_page)
        assert_accessible(checker, f"no-JS answer page, {width_name}")
    finally:
        context.close()
