"""Whether the application can serve: its database answers and its queue accepts work."""
from __future__ import annotations

from django.db import connections


def database_ok() -> tuple[bool, str]:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        return False, type(error).__name__
    return True, ""


def queue_ok() -> tuple[bool, str]:
    from config.celery import app

    if app.conf.task_always_eager:
        return True, "eager"
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=2)
    except Exception as error:  # noqa: BLE001
        return False, type(error).__name__
    return True, (app.conf.broker_url or "").split(":", 1)[0]  # the transport, never the address
