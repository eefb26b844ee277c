"""PostgreSQL: every table with search columns has a trigram index the LIKE search uses."""
import pytest
from django.db import connection

from ngoaivu.core.search_indexes import ensure_trigram_indexes, searchable_tables, trigram_index_name


def test_the_record_tables_are_searchable():
    tables = searchable_tables()
    assert {"partners_partner", "delegations_delegation", "agreements_agreement"} <= set(tables)


@pytest.mark.django_db
def test_trigram_indexes_exist_on_postgresql():
    if connection.vendor != "postgresql":
        assert ensure_trigram_indexes() == []
        return
    # Made by the post_migrate hook when the test database was migrated; a second run changes nothing.
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname LIKE %s", ["%_search_trgm"])
        present = {row[0] for row in cursor.fetchall()}
    assert {trigram_index_name(table) for table in searchable_tables()} <= present
    assert sorted(ensure_trigram_indexes()) == sorted(trigram_index_name(t) for t in searchable_tables())
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN SELECT id FROM partners_partner WHERE search_text LIKE '%nhat ban%'")
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "partners_partner_search_trgm" in plan
