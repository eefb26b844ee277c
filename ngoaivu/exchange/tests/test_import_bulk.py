"""New rows are written in batches (record_bulk_create): queries do not grow with rows, and
what a batch writes — search columns, change log, undo entries — is what row-by-row writes."""
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.audit.models import ObjectChange
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.exchange.models import ImportStatus
from ngoaivu.exchange.services import import_confirm, import_undo
from ngoaivu.exchange.tests.test_import import preview, xlsx
from ngoaivu.partners.models import Partner

COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Lào", "Thái Lan", "Pháp"]


def _rows(count: int, start: int = 0) -> list[list]:
    return [[f"Quỹ hữu nghị số {number:04d}", "Tổ chức phi chính phủ nước ngoài", COUNTRIES[number % 5],
             f"{1 + number % 28:02d}/01/2020"] for number in range(start, start + count)]


def _queries(specialist, count: int, start: int) -> tuple[int, int]:
    content = xlsx(_rows(count, start))
    with CaptureQueriesContext(connection) as checked:
        batch = preview(specialist, content)
    with CaptureQueriesContext(connection) as written:
        batch = import_confirm(batch, user=specialist)
    assert batch.report["counts"]["create"] == count
    return len(checked), len(written)


def test_import_queries_do_not_grow_with_rows(specialist):
    few = _queries(specialist, 10, 0)
    many = _queries(specialist, 100, 10)
    # SQLite splits an INSERT by its parameter limit (about 60 partners a statement), so 100
    # rows may take one more INSERT per table written (partners, change log, undo entries);
    # a query per row would add at least 90.
    assert many[0] <= few[0] + 3 and many[1] <= few[1] + 3, f"10 rows: {few} queries (dry run, write); 100: {many}"
    assert Partner.objects.count() == 110


def test_a_batch_writes_search_columns_change_log_and_undo_entries(specialist):
    batch = import_confirm(preview(specialist, xlsx(_rows(3))), user=specialist)
    partners = list(Partner.objects.order_by("name"))
    assert [p.name for p in partners] == ["Quỹ hữu nghị số 0000", "Quỹ hữu nghị số 0001", "Quỹ hữu nghị số 0002"]
    assert partners[0].search_title.startswith("quy huu nghi so 0000") and "nhat ban" in partners[0].search_text
    for partner in partners:
        change = ObjectChange.objects.get(object_id=partner.pk)
        assert (change.channel, change.action, change.user_id) == ("import", "create", specialist.pk)
        assert change.after == snapshot(partner)
    assert {entry.object_id for entry in batch.entries.all()} == {p.pk for p in partners}
    import_undo(batch, user=specialist)
    assert not Partner.objects.exists() and Partner.all_objects.count() == 3


def test_a_row_the_model_refuses_is_an_error_and_the_others_are_written(specialist):
    content = xlsx([*_rows(2), ["Tỉnh Luang Prabang", "Địa phương nước ngoài", "", ""]])  # a locality needs a country
    batch = import_confirm(preview(specialist, content), user=specialist)
    assert batch.report["counts"] == {"create": 2, "update": 0, "unchanged": 0, "error": 1}
    errors = [error for row in batch.report["rows"] for error in row["errors"]]
    assert errors == ["Dòng 4, cột 'Quốc gia': Địa phương nước ngoài và cơ quan đại diện phải có quốc gia."]
    assert Partner.objects.count() == 2


def test_a_batch_the_database_refuses_is_written_row_by_row(specialist, monkeypatch):
    import ngoaivu.partners.services as partner_services

    def refused(**kwargs):
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(partner_services, "partner_bulk_create", refused)
    batch = import_confirm(preview(specialist, xlsx(_rows(3))), user=specialist)
    assert batch.status == ImportStatus.APPLIED and batch.report["counts"]["create"] == 3
    assert Partner.objects.count() == 3 and batch.entries.count() == 3


def _undo_queries(specialist, count: int, start: int) -> int:
    batch = import_confirm(preview(specialist, xlsx(_rows(count, start))), user=specialist)
    with CaptureQueriesContext(connection) as undone:
        import_undo(batch, user=specialist)
    return len(undone)


def test_undoing_an_import_does_not_make_queries_per_row(specialist):
    few, many = _undo_queries(specialist, 10, 0), _undo_queries(specialist, 100, 10)
    assert many <= few + 3, f"undo of 10 rows: {few} queries; of 100: {many}"
    assert not Partner.objects.exists() and Partner.all_objects.count() == 110
    deleted = ObjectChange.objects.filter(action="delete", channel="import")
    assert deleted.count() == 110 and all(change.after["deleted_at"] for change in deleted)


def test_undo_is_refused_while_another_record_uses_an_imported_one(specialist, own_province):
    import datetime

    from ngoaivu.culture.models import CulturalEvent

    batch = import_confirm(preview(specialist, xlsx(_rows(3))), user=specialist)
    event = CulturalEvent.objects.create(province=own_province, title="Tuần văn hóa Nhật Bản", kind="exchange",
                                         start_date=datetime.date(2024, 5, 1))
    event.partners.set([Partner.objects.get(name="Quỹ hữu nghị số 0001")])
    with pytest.raises(ValidationError) as refused:
        import_undo(batch, user=specialist)
    assert "đang được dùng ở" in refused.value.messages[0] and "Tuần văn hóa Nhật Bản" in refused.value.messages[0]
    assert Partner.objects.count() == 3 and not ObjectChange.objects.filter(action="delete").exists()
