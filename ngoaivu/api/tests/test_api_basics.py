import pytest
from django.urls import reverse

from ngoaivu.accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_openapi_schema_is_served_and_names_every_router(client_for, users):
    client = client_for(users[Role.VIEWER])
    response = client.get(reverse("schema"), {"format": "json"})
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/api/partners/" in paths


def test_interactive_docs_are_served_locally(client_for, users):
    page = client_for(users[Role.VIEWER]).get(reverse("swagger-ui"))
    assert page.status_code == 200
    body = page.content.decode()
    assert "cdn" not in body.lower() and "/static/drf_spectacular_sidecar/" in body


def test_token_authentication(client, users):
    users[Role.VIEWER].set_password("pw-test-123")
    users[Role.VIEWER].save()
    token = client.post(reverse("api-token"), {"username": users[Role.VIEWER].username, "password": "pw-test-123"})
    assert token.status_code == 201
    response = client.get(reverse("partner-list"), HTTP_AUTHORIZATION=f"Token {token.json()['token']}")
    assert response.status_code == 200


def test_anonymous_is_refused(client):
    assert client.get(reverse("partner-list")).status_code in (401, 403)
