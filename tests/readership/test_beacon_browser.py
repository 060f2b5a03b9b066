"""The beacon in a real browser: it runs under the page's CSP and its read is counted."""

import pytest

from broadsheet.readership.models import HourlyReadCount
from tests.factories import make_article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

# Headless Chromium says "HeadlessChrome", which the beacon rightly ignores as a robot.
READER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@pytest.fixture
def reader_page(browser):
    context = browser.new_context(user_agent=READER_UA)
    context.set_default_timeout(10_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_article_page_beacon_is_counted(live_server, reader_page):
    page = reader_page
    article = make_article(title="Beacon story", photo=False)
    console_errors = []
    page.on("console", lambda msg: msg.type == "error" and console_errors.append(msg.text))
    with page.expect_request("**/readership/beacon/") as request_info:
        page.goto(live_server.url + article.url)
    request = request_info.value
    assert request.method == "POST"
    assert request.response().status == 204
    assert not console_errors, console_errors
    assert page.context.cookies() == []
    assert HourlyReadCount.objects.get(article_id=article.pk).reads == 1


def test_headless_browser_is_not_counted(live_server, page):
    article = make_article(title="Robot story", photo=False)
    with page.expect_request("**/readership/beacon/") as request_info:
        page.goto(live_server.url + article.url)
    assert request_info.value.response().status == 204
    assert not HourlyReadCount.objects.filter(article_id=article.pk).exists()
