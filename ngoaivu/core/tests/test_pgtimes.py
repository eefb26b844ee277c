"""ngoaivu.core.pgtimes: timestamps read through psycopg's C loader are the datetimes Django's
own loader gives (same fields, the connection's tzinfo), on every new connection."""
import datetime

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

VALUES = ["2026-12-04 03:04:05.678901+00", "2026-12-04 10:04:05+07", "1900-01-01 00:00:00+00",
          "2000-02-29 23:59:59.999999-05:30", "9999-12-31 23:59:59+00", "0001-01-01 00:00:00+00"]


def _read(cursor):
    cursor.execute("SELECT " + ", ".join(f"'{value}'::timestamptz" for value in VALUES) + ", now()")
    return cursor.fetchone()


def test_the_c_loader_reads_what_django_s_reads():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's timestamps")
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg import adapters
    from psycopg.pq import Format

    from ngoaivu.core import pgtimes

    connection.ensure_connection()
    oid = adapters.types["timestamptz"].oid
    loader = connection.connection.adapters.get_loader(oid, Format.TEXT)
    if pgtimes._loader_class(connection.timezone) is None:
        pytest.skip("psycopg without its C part")
    assert loader is pgtimes._loader_class(connection.timezone) and loader.timezone == connection.timezone
    with connection.cursor() as cursor:
        ours = _read(cursor)
        register_tzloader(connection.timezone, cursor.cursor)   # Django's own, on this cursor only
        assert cursor.cursor.adapters.get_loader(oid, Format.TEXT).__module__.startswith("django.")
        django_s = _read(cursor)
    assert ours[:-1] == django_s[:-1]
    assert all(type(value) is datetime.datetime and value.tzinfo is connection.timezone for value in ours)
    assert [value.isoformat() for value in ours[:-1]] == [value.isoformat() for value in django_s[:-1]]
    assert ours[0] == datetime.datetime(2026, 12, 4, 3, 4, 5, 678901, tzinfo=datetime.timezone.utc)


def test_a_record_s_times_round_trip(users, own_province):
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.delegations.tests.helpers import make_delegation

    delegation = make_delegation(own_province)
    read = Delegation.objects.get(pk=delegation.pk)
    assert read.created_at == delegation.created_at and read.updated_at == delegation.updated_at
    assert read.created_at.utcoffset() == datetime.timedelta(0)
