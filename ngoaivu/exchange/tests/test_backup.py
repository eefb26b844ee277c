"""Backup → restore into an empty database gives identical records and files (SQLite, and PostgreSQL in CI)."""
import io

import pytest
from django.core.management import call_command
from django.db import connection

from ngoaivu.exchange.backup import BackupError, backup, restore


def _comparable(values: dict) -> str:
    """Content types are renumbered by `migrate` on the target: compared by their natural key."""
    import json

    from django.contrib.contenttypes.models import ContentType

    if values.get("content_type_id"):
        values["content_type_id"] = ContentType.objects.get_for_id(values["content_type_id"]).natural_key()
    return json.dumps(values, sort_keys=True, default=str)


def _state():
    from django.apps import apps

    from ngoaivu.audit.snapshots import snapshot
    from ngoaivu.core.models import ProvinceRecord

    rows = {}
    for model in apps.get_models():
        if issubclass(model, ProvinceRecord) or model._meta.label in ("audit.ObjectChange", "accounts.User",
                                                                       "accounts.ProvinceSettings"):
            rows[model._meta.label] = sorted((obj.pk, _comparable(snapshot(obj))) for obj in model._base_manager.all())
    return rows


def _round_trip(users, own_province, settings, tmp_path):
    from ngoaivu.accounts.models import ProvinceSettings
    from ngoaivu.core.services import record_delete
    from ngoaivu.partners.models import Partner
    from ngoaivu.partners.services import partner_create

    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "legal").mkdir(parents=True)
    (tmp_path / "media" / "legal" / "qd-1.pdf").write_bytes(b"%PDF-1.4 noi dung")
    actor = users["specialist"]
    partner_create(actor=actor, data={"province": own_province, "name": "Quỹ Châu Á", "partner_type": "ngo"})
    gone = partner_create(actor=actor, data={"province": own_province, "name": "Đã xóa", "partner_type": "ngo"})
    record_delete(gone, actor=actor)
    ProvinceSettings.objects.update_or_create(province=own_province,
                                              defaults={"iati_organisation_identifier": "VN-GOV-42"})
    before = _state()
    archive = io.BytesIO()
    manifest = backup(archive)
    assert "media/legal/qd-1.pdf" in manifest["files"] and manifest["rows"]["partners.partner"] == 2

    call_command("flush", interactive=False, verbosity=0)
    (tmp_path / "media" / "legal" / "qd-1.pdf").unlink()
    restore(io.BytesIO(archive.getvalue()))

    assert _state() == before
    assert Partner.all_objects.get(pk=gone.pk).is_deleted            # the trash comes back too
    assert (tmp_path / "media" / "legal" / "qd-1.pdf").read_bytes() == b"%PDF-1.4 noi dung"
    with pytest.raises(BackupError, match="trống"):
        restore(io.BytesIO(archive.getvalue()))                     # never over existing data


@pytest.mark.django_db(transaction=True)
def test_backup_restore_round_trip(users, own_province, settings, tmp_path):
    _round_trip(users, own_province, settings, tmp_path)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_backup_restore_round_trip_on_postgresql(users, own_province, settings, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("chạy khi DATABASE_URL là PostgreSQL (.ci/run)")
    _round_trip(users, own_province, settings, tmp_path)


@pytest.mark.django_db
def test_a_damaged_backup_is_refused(tmp_path):
    import zipfile

    with pytest.raises(BackupError):
        restore(io.BytesIO(b"not a zip"))
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("manifest.json", '{"format": 1, "application": "ngoaivu", '
                                          '"files": {"data.json": {"sha256": "0", "bytes": 2}}}')
        archive.writestr("data.json", "[]")
    with pytest.raises(BackupError, match="mã kiểm tra"):
        restore(io.BytesIO(damaged.getvalue()))
