"""No lost update, for every record type: a write made from an older version is refused and
changes nothing (API: 412 to a stale `If-Match`; pages: the edit form carries the version and a
stale save is a 409). The types and their rows come from record_makers (the registry)."""
import pytest
from django.db.models import F
from django.urls import NoReverseMatch, reverse

from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.roles import Role

from .record_makers import CASES, MAKERS, TYPES

EDITABLE = [record_type for record_type in TYPES if record_type.api_basename in MAKERS]


def _written_meanwhile(record):
    """Another user's save since this client read version 1."""
    type(record)._base_manager.filter(pk=record.pk).update(version=F("version") + 1)
    record.refresh_from_db()
    return record


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", EDITABLE, ids=lambda record_type: record_type.api_basename)
def test_a_stale_api_write_is_412_and_changes_nothing(record_type, users, own_province, api_client_for):
    record = MAKERS[record_type.api_basename](own_province)
    assert record.version == 1
    before = snapshot(_written_meanwhile(record))
    case = CASES.get(record_type.api_basename)
    url = reverse(f"{record_type.api_basename}-detail", args=[record.pk])
    response = api_client_for(users[Role.SPECIALIST]).patch(url, case.api_patch if case else {}, format="json",
                                                          HTTP_IF_MATCH='"1"')
    assert response.status_code == 412, (response.status_code, response.content[:300])
    assert response.json()["version"] == 2
    assert snapshot(type(record)._base_manager.get(pk=record.pk)) == before


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", EDITABLE, ids=lambda record_type: record_type.api_basename)
def test_the_edit_page_carries_the_version_and_refuses_a_stale_save(record_type, users, own_province, client_for):
    try:
        edit = reverse(f"{record_type.url_namespace}_edit", args=[1])
    except NoReverseMatch:
        pytest.skip("no edit page")
    record = MAKERS[record_type.api_basename](own_province)
    edit = reverse(f"{record_type.url_namespace}_edit", args=[record.pk])
    web = client_for(users[Role.SPECIALIST])
    page = web.get(edit)
    if page.status_code != 200:
        pytest.skip(f"this record's state has no edit form ({page.status_code})")
    assert 'name="version" value="1"' in page.content.decode()
    case = CASES.get(record_type.api_basename)
    if case is None:
        return
    before = snapshot(_written_meanwhile(record))
    stale = web.post(edit, {**case.form_data(), "version": "1"})
    assert stale.status_code == 409, stale.status_code
    assert "Bản ghi đã được sửa sau khi bạn mở nó" in stale.content.decode()
    assert snapshot(type(record)._base_manager.get(pk=record.pk)) == before
