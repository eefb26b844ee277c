import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from config.celery import app


@pytest.mark.django_db
def test_healthz_answers_json_without_login(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": {"ok": True, "detail": ""},
                               "queue": {"ok": True, "detail": "eager"}}
    assert len(queries) == 1


@pytest.mark.django_db
def test_healthz_says_503_when_the_queue_is_unreachable(client):
    saved = {"task_always_eager": app.conf.task_always_eager, "broker_url": app.conf.broker_url}
    app.conf.update(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    try:
        response = client.get("/healthz")
    finally:
        app.conf.update(saved)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error" and body["database"]["ok"] and not body["queue"]["ok"]
