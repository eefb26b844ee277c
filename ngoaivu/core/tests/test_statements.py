"""Statements compiled once (core.statements): the rows as the queryset gives them, read afresh each time."""
import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Count, DateField, Sum
from django.db.models.functions import TruncMonth
from django.test.utils import CaptureQueriesContext

from ngoaivu.core import statements
from ngoaivu.investment.models import FdiProject
from ngoaivu.investment.tests.factories import make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty():
    statements.clear()
    yield
    statements.clear()


def _grouped(province_ids, built):
    def build():
        built.append(1)
        return (FdiProject.objects.filter(province__in=province_ids).order_by()
                .values("province", month=TruncMonth("certificate_date", output_field=DateField()))
                .annotate(rows=Count("pk"), capital=Sum("registered_capital")).order_by("month"))
    return build


def test_the_rows_are_the_querysets_own_and_new_rows_are_read_but_the_statement_built_once(own_province):
    make_project(own_province, certificate_date=datetime.date(2023, 3, 15), registered_capital=Decimal("10.5"))
    built = []
    key = ("projects by month", own_province.pk)
    first = statements.cached_values(key, _grouped([own_province.pk], built))
    assert first == list(_grouped([own_province.pk], [])())
    assert first == [{"province": own_province.pk, "month": datetime.date(2023, 3, 1), "rows": 1,
                      "capital": Decimal("10.5")}]

    make_project(own_province, certificate_date=datetime.date(2023, 3, 20), registered_capital=Decimal("2"))
    with CaptureQueriesContext(connection) as captured:
        again = statements.cached_values(key, _grouped([own_province.pk], built))
    assert again == [{"province": own_province.pk, "month": datetime.date(2023, 3, 1), "rows": 2,
                      "capital": Decimal("12.5")}]
    assert built == [1] and len(captured.captured_queries) == 1


def test_a_statement_that_matches_nothing_runs_no_query():
    with CaptureQueriesContext(connection) as captured:
        assert statements.cached_values(("none",), _grouped([], [])) == []
        assert statements.cached_values(("none",), _grouped([], [])) == []
    assert captured.captured_queries == []


def test_only_the_last_statements_used_are_kept(own_province, monkeypatch):
    monkeypatch.setattr(statements, "MAX_STATEMENTS", 2)
    built = []
    for key in ("a", "b", "a", "c", "a", "b"):  # "b" is the least recently used when "c" comes
        statements.cached_values(key, _grouped([own_province.pk], built))
    assert len(built) == 4


def _counted(province_ids, built):
    def build():
        built.append(1)
        return FdiProject.objects.filter(province__in=province_ids).order_by()[:3]
    return build


def test_a_kept_count_counts_new_rows_with_the_statement_django_sent_first(own_province, settings):
    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = False
    built = []
    key = ("projects counted", own_province.pk)
    assert statements.kept_count(key, _counted([own_province.pk], built)) == 0
    for day in (1, 2):
        make_project(own_province, certificate_date=datetime.date(2023, 3, day))
    with CaptureQueriesContext(connection) as captured:
        assert statements.kept_count(key, _counted([own_province.pk], built)) == 2
    [query] = captured.captured_queries
    assert query["sql"].startswith("SELECT COUNT(*)") and "LIMIT 3" in query["sql"]
    for day in (3, 4):
        make_project(own_province, certificate_date=datetime.date(2023, 3, day))
    assert statements.kept_count(key, _counted([own_province.pk], built)) == 3   # the slice's limit holds
    assert built == [1]


def test_a_count_that_sends_nothing_is_counted_as_it_is_every_time():
    built = []
    with CaptureQueriesContext(connection) as captured:
        for _ in range(2):
            assert statements.kept_count(("nothing counted",), _counted([], built)) == 0
    assert captured.captured_queries == [] and built == [1, 1]


def test_the_check_fails_a_kept_count_whose_key_misses_what_its_sql_depends_on(own_province, other_province):
    statements.kept_count(("projects counted",), _counted([own_province.pk], []))
    with pytest.raises(AssertionError, match="its key misses something"):
        statements.kept_count(("projects counted",), _counted([other_province.pk], []))


def test_kept_rows_come_through_the_querysets_own_class(own_province, settings):
    """A delegation owing its report comes with its province's days, as the delegations'
    queryset class gives them after fetching (DelegationQuerySet._fetch_all)."""
    from ngoaivu.delegations.choices import DelegationStatus
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.delegations.tests.helpers import make_delegation

    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = False
    make_delegation(own_province, status=DelegationStatus.COMPLETED)

    def build(slots):
        return Delegation.objects.filter(province__in=slots)

    for _ in range(2):   # compiled, then kept
        [row] = statements.kept_rows(("owing",), build, [own_province.pk])
        assert row._report_days == settings.NGOAIVU_DEFAULT_DELEGATION_REPORT_DAYS


def _projects(province_ids, built, prefetch=("adjustments",)):
    from django.db.models import Prefetch

    from ngoaivu.investment.models import FdiCapitalAdjustment

    def build():
        built.append(1)
        lookups = tuple(Prefetch(name, FdiCapitalAdjustment.objects.all(), to_attr=f"_kept_{name}")
                        for name in prefetch)
        return FdiProject.objects.filter(province__in=province_ids), lookups
    return build


def test_a_kept_queryset_is_built_once_and_a_fresh_clone_read_each_time(own_province, settings):
    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = False
    built = []
    first, lookups = statements.kept_queryset(("projects",), _projects([own_province.pk], built))
    assert list(first) == []
    make_project(own_province, certificate_date=datetime.date(2023, 3, 1))
    again, lookups_again = statements.kept_queryset(("projects",), _projects([own_province.pk], built))
    assert again is not first and again._result_cache is None and len(again) == 1   # new rows are read
    assert lookups_again is lookups and built == [1]


def test_the_check_fails_a_kept_queryset_whose_key_misses_its_filter_or_its_prefetches(own_province, other_province):
    statements.kept_queryset(("projects",), _projects([own_province.pk], []))
    statements.kept_queryset(("projects",), _projects([own_province.pk], []))   # the same: no failure
    with pytest.raises(AssertionError, match="its key misses something"):
        statements.kept_queryset(("projects",), _projects([other_province.pk], []))
    with pytest.raises(AssertionError, match="its key misses something"):
        statements.kept_queryset(("projects",), _projects([own_province.pk], [], prefetch=()))


def test_psycopg_splits_a_kept_page_s_prefetch_statement_once(db):
    """core.statements.split_once: a statement of 64 parameters (a page of 50 ids padded) is
    split at its placeholders the first time only."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("psycopg's client-side binding")
    from psycopg import _queries

    from ngoaivu.core.statements import PARSED_ONCE_PARAMS

    assert _queries.MAX_CACHED_STATEMENT_PARAMS >= PARSED_ONCE_PARAMS >= 64
    sql = "SELECT count(*) FROM (VALUES " + ", ".join(["(%s)"] * 64) + ") ids"
    with connection.cursor() as cursor:
        cursor.execute(sql, list(range(64)))
        hits = _queries._query2pg_client.cache_info().hits
        cursor.execute(sql, list(range(64, 128)))
        assert cursor.fetchone()[0] == 64
    assert _queries._query2pg_client.cache_info().hits == hits + 1


def test_a_kept_row_statement_reads_json_columns_as_django_does():
    """core.statements._faster: orjson reads a JSON column's text; what it refuses (an integer past
    64 bits, NaN, text that is not JSON) goes to Django's own converter, so the values are the same."""
    import json

    from django.db.models import JSONField

    field = JSONField()
    field.set_attributes_from_name("data")
    fast = statements._faster(field.from_db_value)
    assert fast is not field.from_db_value
    for text in ('{"a": [1, 2.5, "é \\u2028", null, true, {"b": -0.0}]}', "123456789012345678901234567890",
                 "[-9223372036854775809, 18446744073709551616, 9223372036854775807]", "[1e400, -1e400, 1e-400]",
                 '"x"', "[1e-05, 0.1, 1e300, 0.1000000000000000055511151231257827]", "not json", '{"a": NaN}', "[]",
                 "{}", None):
        ours, django_s = fast(text, None, None), field.from_db_value(text, None, None)
        assert repr(ours) == repr(django_s) and type(ours) is type(django_s), text
    assert statements._faster(len) is len
    decoded = JSONField(decoder=json.JSONDecoder)
    assert statements._faster(decoded.from_db_value) == decoded.from_db_value


def _fields(instance) -> dict:
    return {key: value for key, value in vars(instance).items() if key != "_state"}


def test_kept_rows_share_one_instance_of_a_joined_row_and_are_django_s_rows_otherwise(own_province, other_province,
                                                                                         settings):
    """core.statements._SharingIterable: the rows joining one province get one province instance
    (built once); the rows, their provinces and a nested join are those Django builds; a row
    with no partner has None; the next call reads the province again."""
    from ngoaivu.agreements.tests.helpers import make_partner
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.delegations.tests.helpers import make_delegation

    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = False
    partner = make_partner(own_province)
    for province in (own_province, other_province, own_province, own_province):
        make_delegation(province, partner=partner if province == own_province else None)

    def build(slots):
        return Delegation.objects.filter(province__in=slots).select_related(
            "province", "partner__country").order_by("pk")

    django_s = list(build([own_province.pk, other_province.pk]))
    for _ in range(2):   # compiled, then kept
        rows = statements.kept_rows(("sharing",), build, [own_province.pk, other_province.pk])
        assert [_fields(row) for row in rows] == [_fields(row) for row in django_s]
        assert [_fields(row.province) for row in rows] == [_fields(row.province) for row in django_s]
        assert [row.partner and (_fields(row.partner), _fields(row.partner.country)) for row in rows] == \
            [row.partner and (_fields(row.partner), _fields(row.partner.country)) for row in django_s]
        assert [row.province._state.db for row in rows] == ["default"] * 4
        assert not any(row.province._state.adding for row in rows)
        own = [row.province for row in rows if row.province_id == own_province.pk]
        assert len(own) == 3 and all(province is own[0] for province in own)
        assert rows[1].province is not own[0] and rows[1].partner is None
        assert rows[0].partner is not rows[2].partner   # a join with joins of its own: Django's, one a row
    assert statements._kept(("sharing",)).shared is not None

    type(own_province).objects.filter(pk=own_province.pk).update(full_name="Tỉnh Hà Tĩnh (đổi)")
    [first, *_] = statements.kept_rows(("sharing",), build, [own_province.pk, other_province.pk])
    assert first.province.full_name == "Tỉnh Hà Tĩnh (đổi)" and first.province is not own[0]
