"""Property-based check of the API against its own OpenAPI document, with Schemathesis.

Requests go through Django's test client, so the run stays inside the test's transaction on
SQLite and PostgreSQL alike; Schemathesis generates the cases and checks each answer.
"""

import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core.failures import FailureGroup

from tests.factories import make_article, make_person, make_section

pytestmark = pytest.mark.django_db


def call(client, case):
    """Send `case` through the Django test client and wrap the answer for Schemathesis."""
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    request = requests.Request(
        kwargs["method"], kwargs["url"], params=kwargs.get("params"), headers=kwargs.get("headers")
    ).prepare()
    extra = {
        f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (kwargs.get("headers") or {}).items()
    }
    began = time.perf_counter()
    answer = client.generic(kwargs["method"], request.path_url, **extra)
    return schemathesis.Response(
        status_code=answer.status_code,
        headers={key: [value] for key, value in answer.items()},
        content=answer.content,
        request=request,
        elapsed=time.perf_counter() - began,
        verify=False,
    )


def test_every_operation_matches_the_openapi_document(client):
    news = make_section("News")
    ada = make_person("Ada Lane", photo=False)
    make_article(news, "Harbour strike ends", authors=[ada], tags=["Port strike"], photo=False)
    make_article(news, "Draft", live=False, photo=False)
    schema = schemathesis.openapi.from_dict(client.get("/api/v1/openapi.json").json())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            database=None,  # no .hypothesis folder in the tree
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case):
            case.validate_response(call(client, case))

        conforms()


def test_the_checks_do_catch_a_wrong_answer(client):
    schema = schemathesis.openapi.from_dict(client.get("/api/v1/openapi.json").json())
    operation = schema["/api/v1/articles"]["GET"]
    case = operation.Case()
    wrong = schemathesis.Response(
        status_code=500,
        headers={"content-type": ["text/html"]},
        content=b"<h1>oops</h1>",
        request=requests.Request("GET", "http://testserver/api/v1/articles").prepare(),
        elapsed=0.01,
        verify=False,
    )
    with pytest.raises(FailureGroup, match="Server error"):
        case.validate_response(wrong)
