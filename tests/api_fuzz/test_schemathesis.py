"""Schemathesis over every operation of the OpenAPI schema, as three kinds of user.

Fixed seed, bounded budget (EXAMPLES per operation), in-process WSGI on the test database.
Fails on any 5xx, on a status code or content type the schema does not document, and on
an error answer that is not JSON.
"""
import json

import pytest
import schemathesis
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given, seed
from hypothesis import settings as hypothesis_settings
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from ngoaivu.core.roles import Role

# Examples per operation and user; about 2 minutes for the three users on a 2-core machine.
EXAMPLES = {"specialist": 3, "national": 2, "anonymous": 1}


@pytest.fixture(scope="module")
def openapi_schema():
    raw = json.loads(json.dumps(SchemaGenerator().get_schema(public=True), default=str))
    return schemathesis.openapi.from_dict(raw)


def _headers(user):
    if user is None:
        return {}
    from ngoaivu.accounts.tokens import token_issue

    return {"Authorization": f"Token {token_issue(user=user).key}"}


@pytest.fixture
def keep_the_test_connection():
    """The WSGI app closes the connection at each request's end (close_old_connections); inside
    the test's transaction that drops it on PostgreSQL. Django's test client unhooks it too."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("who", list(EXAMPLES))
@pytest.mark.usefixtures("keep_the_test_connection")
def test_no_server_error_and_the_schema_holds(db, openapi_schema, users, national_user, who):
    from django.core.wsgi import get_wsgi_application

    user = {"specialist": users[Role.SPECIALIST], "national": national_user, "anonymous": None}[who]
    headers, app = _headers(user), get_wsgi_application()
    failures = []

    for result in openapi_schema.get_all_operations():
        operation = result.ok()

        @seed(20261202)
        @hypothesis_settings(max_examples=EXAMPLES[who], deadline=None, database=None, derandomize=True,
                             suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
        @given(case=operation.as_strategy())
        def run(case):
            response = case.call(headers=headers, app=app)
            problems = []
            if response.status_code >= 500:
                problems.append("server error")
            content_type = response.headers.get("Content-Type") or response.headers.get("content-type") or [""]
            content_type = content_type[0] if isinstance(content_type, list) else content_type
            if response.status_code >= 400 and "json" not in content_type:
                problems.append(f"error as {content_type or 'nothing'}")
            for check in (status_code_conformance, content_type_conformance):
                try:
                    case.validate_response(response, checks=(check,))
                except BaseExceptionGroup as error:  # schemathesis raises a group of failures
                    problems.append(f"{check.__name__}: {str(error).splitlines()[0][:160]}")
            if problems:
                failures.append(f"{operation.label} → {response.status_code}: {'; '.join(problems)}\n"
                                f"    {case.as_curl_command()[:300]}")

        run()

    assert not failures, f"{len(failures)} failing cases:\n" + "\n".join(sorted(set(failures))[:60])
