"""The figures' grouped reads kept under record stamps (indicators/stamps.py, ADR 0026): after
random writes, deletions and restorations of every kind — the record services, an import's
bulk write, `objects.create`, `QuerySet.update`, plain SQL, a parent deleted and restored —
the kept values are each computation's own, read live; an unchanged read is not run again;
and every table a figure's statement reads carries the triggers."""
import random
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_bulk_create, record_bulk_delete, record_create, record_delete, record_restore
from ngoaivu.indicators import batch, stamps
from ngoaivu.indicators.batch import values_for_many
from ngoaivu.indicators.computations import all_computations
from ngoaivu.indicators.tests.helpers import unit
from ngoaivu.indicators.tests.test_batch import MERGED, MONTH_EDGES, OTHER_EDGES, _days, _leaves, _money, rows  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
PERIODS = MONTH_EDGES + OTHER_EDGES


@pytest.fixture(autouse=True)
def _figures_kept(settings):
    settings.NGOAIVU_FIGURES_CACHE = "figures"


def _kept_and_live(ids) -> None:
    """The values read through the cache equal each computation's own query."""
    kept = values_for_many({leaf: PERIODS for leaf in _leaves()}, ids)
    for computation in all_computations():
        assert computation.assemble(kept, PERIODS) == computation.values_for(ids, PERIODS), computation.indicator


def _grouped_statements(ids) -> int:
    with CaptureQueriesContext(connection) as queries:
        values_for_many({leaf: PERIODS for leaf in _leaves()}, ids)
    return sum("GROUP BY" in query["sql"] for query in queries.captured_queries)


def test_every_table_a_figure_reads_carries_the_triggers(rows):  # noqa: F811
    reads = []
    real_run = batch._run
    batch._run = lambda found, ids: reads.extend(found) or real_run(found, ids)
    try:
        values_for_many({leaf: PERIODS for leaf in _leaves()}, [unit(key).pk for key in MERGED])
    finally:
        batch._run = real_run
    read_tables = set().union(*(batch.kept_tables(key, build) for read in reads for key, build in read.statements))
    assert len(reads) >= 12 and "investment_fdiimplementation" in read_tables
    assert read_tables <= stamps.installed_tables() == set(stamps.stamped_tables()) & set(
        connection.introspection.table_names())


def test_an_unchanged_read_comes_from_the_cache_and_a_write_reads_its_table_again(rows):  # noqa: F811
    from ngoaivu.delegations.models import Delegation

    ids = [unit(key).pk for key in MERGED]
    assert _grouped_statements(ids) >= 12
    assert _grouped_statements(ids) == 0
    Delegation.objects.filter(province=unit(MERGED[0])).update(purpose="Đổi")  # a write of any kind
    assert _grouped_statements(ids) >= 12  # the units' stamps changed: every read of them again
    assert _grouped_statements([unit(MERGED[2]).pk]) >= 1  # other units' reads are their own


def test_a_read_is_not_kept_when_its_stamps_change_while_it_runs(rows, monkeypatch):  # noqa: F811
    from ngoaivu.investment.models import FdiImplementation

    ids = [unit(key).pk for key in MERGED]
    real_run = batch._Read.run

    def run_while_writing(read):
        value = real_run(read)
        FdiImplementation.objects.filter(province_id__in=ids).update(amount=1)  # after the read, before the check
        return value

    monkeypatch.setattr(batch._Read, "run", run_while_writing)
    values_for_many({leaf: PERIODS for leaf in _leaves()}, ids)
    monkeypatch.setattr(batch._Read, "run", real_run)
    _kept_and_live(ids)  # nothing stale was kept


def test_migrate_renews_every_stamp(rows):  # noqa: F811
    before = stamps.read(None)
    stamps.install(connection.alias)
    after = stamps.read(None)
    assert set(before) <= set(after) and all(before[unit_id] != after[unit_id] for unit_id in before)


def test_kept_values_follow_random_writes_deletes_and_restores(rows, make_user):  # noqa: F811
    from ngoaivu.aid.models import NgoAidTransaction
    from ngoaivu.culture.models import CulturalEvent
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.investment.models import FdiImplementation, FdiProject
    from ngoaivu.partners.models import Partner

    rng = random.Random(26)
    ids = [unit(key).pk for key in MERGED]
    actor = make_user(role=Role.SPECIALIST, province=None)  # a national specialist: every unit
    actor.is_superuser = True
    _kept_and_live(ids)

    def pick(model):
        return rng.choice(list(model._base_manager.filter(province_id__in=ids).order_by("pk")))

    def service_create():
        project = pick(FdiProject)
        start = max(project.certificate_date, _days(rng))
        record_create(FdiImplementation, actor=actor, data={
            "province": project.province, "project": project, "period_start": start,
            "period_end": start + timedelta(days=rng.choice([0, 30, 364])), "amount": _money(rng),
            "currency": project.capital_currency})

    def service_delete():
        alive = list(CulturalEvent.objects.filter(province_id__in=ids))
        if alive:
            record_delete(rng.choice(alive), actor=actor)

    def service_restore():
        deleted = list(CulturalEvent._base_manager.filter(province_id__in=ids, deleted_at__isnull=False))
        if deleted:
            record_restore(rng.choice(deleted), actor=actor)

    def parent_deleted_or_restored():  # its implementations and adjustments hidden, or back
        project = pick(FdiProject)
        FdiProject._base_manager.filter(pk=project.pk).update(
            deleted_at=None if project.deleted_at else timezone.now())

    def bulk_import_and_undo():
        province = unit(rng.choice(MERGED))
        created = record_bulk_create(CulturalEvent, actor=actor, rows=[
            {"province": province, "title": "Giao lưu văn hóa", "kind": "exchange", "start_date": _days(rng)}
            for _ in range(rng.randint(1, 4))])
        if rng.random() < 0.5:
            record_bulk_delete(CulturalEvent, created, actor=actor)

    def orm_create():
        partner = pick(Partner)
        day = _days(rng)
        Delegation.objects.create(province=partner.province, direction="outbound", name="Đoàn mới", level="province",
                                  head_title="Phó Chủ tịch", start_date=day, end_date=day, purpose="Xúc tiến",
                                  status=rng.choice(["approved", "draft", "reported"]), partner=partner)

    def orm_status_change():
        Delegation.objects.filter(pk=pick(Delegation).pk).update(status=rng.choice(["approved", "cancelled"]))

    def plain_sql():
        row = pick(NgoAidTransaction)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE aid_ngoaidtransaction SET amount = amount + 1000 WHERE id = %s", [row.pk])

    def hard_delete():
        FdiImplementation._base_manager.filter(pk=pick(FdiImplementation).pk).delete()

    def partner_kind_changed():  # a table joined from another (an NGO aid's partner)
        Partner.objects.filter(pk=pick(Partner).pk).update(partner_type=rng.choice(["ngo", "organization"]))

    writes = [service_create, service_delete, service_restore, parent_deleted_or_restored, bulk_import_and_undo,
              orm_create, orm_status_change, plain_sql, hard_delete, partner_kind_changed]
    for _ in range(30):
        rng.choice(writes)()
        _kept_and_live(ids)
        _kept_and_live(ids)  # the second time from the cache


def test_the_command_renews_every_stamp(rows):  # noqa: F811
    from django.core.management import call_command

    before = stamps.read(None)
    call_command("renew_stamps")
    assert all(before[unit_id] != stamp for unit_id, stamp in stamps.read(None).items() if unit_id in before)
