"""The OpenAPI description lists the export endpoint of every viewset, imports and IATI."""
import pytest


@pytest.mark.django_db
def test_schema(client, users):
    client.force_login(users["specialist"])
    r = client.get("/api/schema/")
    assert r.status_code == 200
    text = r.content.decode()
    assert "/api/partners/export/" in text and "/api/imports/" in text and "/api/iati/" in text
