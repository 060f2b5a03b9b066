"""Property-based check of the API against its own OpenAPI document, with Schemathesis."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_every_operation_matches_the_openapi_document(live_server):
    news = make_section("News")
    ada = make_person("Ada Lane", photo=False)
    make_article(news, "Harbour strike ends", authors=[ada], tags=["Port strike"], photo=False)
    make_article(news, "Draft", live=False, photo=False)
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def conforms(case):
            case.call_and_validate(base_url=live_server.url)

        conforms()
