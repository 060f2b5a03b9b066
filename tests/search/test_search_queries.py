"""The search page stays within the query budget whatever its results carry."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_article, make_photo, make_section

pytestmark = pytest.mark.django_db


def test_results_with_body_photos_cost_no_query_each(client):
    news = make_section("News")
    for n in range(12):
        article = make_article(
            news, f"Harbour cranes story {n}", paragraphs=("The harbour cranes stood idle.",)
        )
        article.body.append(
            ("photo", {"image": make_photo(f"Body {n}"), "caption": "", "credit": ""})
        )
        article.save_revision().publish()
    client.get("/search/?q=harbour")
    client.get("/search/?q=harbour")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/?q=harbour")
    assert response.status_code == 200
    assert response.content.decode().count("<mark>") >= 12
    assert len(queries) <= 10, [q["sql"][:80] for q in queries]
