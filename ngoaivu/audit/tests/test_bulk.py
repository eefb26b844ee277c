"""insert_many: COPY on PostgreSQL, bulk_create elsewhere — the same rows and ids either way."""
import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from ngoaivu.audit.bulk import insert_many
from ngoaivu.audit.models import ObjectChange

pytestmark = pytest.mark.django_db


def _change(number: int) -> ObjectChange:
    kind = ContentType.objects.get_for_model(ObjectChange)
    return ObjectChange(user_name="hệ thống", channel="import", action="create", content_type=kind,
                        object_id=number, object_repr=f"Đối tác “số {number}”\ttab\\gạch",
                        before=None, after={"name": f"Quỹ {number}", "amount": "1234.50", "list": [1, None]})


def test_rows_come_back_as_written_with_their_ids():
    changes = insert_many(ObjectChange, [_change(number) for number in range(3)])
    assert all(change.pk for change in changes) and len({change.pk for change in changes}) == 3
    assert not changes[0]._state.adding
    stored = {change.pk: change for change in ObjectChange.objects.all()}
    for number, change in enumerate(changes):
        row = stored[change.pk]
        assert (row.object_id, row.object_repr, row.before) == (number, change.object_repr, None)
        assert row.after == {"name": f"Quỹ {number}", "amount": "1234.50", "list": [1, None]}
        assert row.time is not None                     # auto_now_add, as bulk_create sets it


def test_one_statement_for_many_rows():
    with CaptureQueriesContext(connection) as captured:
        insert_many(ObjectChange, [_change(number) for number in range(50)])
    assert len(captured) <= 2, [query["sql"][:80] for query in captured]   # ids (PostgreSQL) + COPY/INSERT
    assert ObjectChange.objects.count() == 50


def test_a_duplicate_is_an_integrity_error_and_writes_nothing():
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_many(ContentType, [ContentType(app_label="thu", model="mot"), ContentType(app_label="thu", model="mot")])
    assert not ContentType.objects.filter(app_label="thu").exists()
