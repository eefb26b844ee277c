"""Writes of data exchange: bulk deletion of selected rows (imports are in importer.py).

Every record goes through its type's own delete service, so each deletion is checked,
audited and restorable from the trash like a deletion from the record's page.
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.core.channels import UI_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.exchange.specs import ExchangeSpec

BULK_CHANNEL = UI_CHANNEL


@transaction.atomic
def bulk_delete(spec: ExchangeSpec, *, user, ids: list[int], channel: str = BULK_CHANNEL) -> int:
    """Delete every selected record, or none when one of them may not be deleted by the user."""
    records = list(restrict(spec.model.objects.filter(pk__in=ids), user, Action.DELETE))
    if len(records) != len(set(ids)):
        raise PermissionDenied(_("Có bản ghi đã chọn không tồn tại hoặc bạn không có quyền xóa: không xóa bản ghi nào."))
    delete = spec.delete()
    for record in records:
        delete(record, actor=user, channel=channel)
    return len(records)


@transaction.atomic
def bulk_set_status(spec: ExchangeSpec, *, user, ids: list[int], status: str, channel: str = BULK_CHANNEL) -> int:
    """Give every selected record the same plain status (each through the type's update
    service: checked, versioned, in the change log), or change none when one may not be
    changed. Returns how many really changed (those already in that status are left)."""
    column = spec.status_column()
    if column is None:
        raise ValidationError(_("Loại hồ sơ này không có trạng thái đổi được hàng loạt "
                                "(trạng thái của nó do các bước xử lý đặt)."))
    if status not in dict(column.choices):
        raise ValidationError({"status": _("Trạng thái “%(status)s” không hợp lệ.") % {"status": status}})
    records = list(restrict(spec.model.objects.filter(pk__in=ids), user, Action.CHANGE))
    if not ids or len(records) != len(set(ids)):
        raise PermissionDenied(_("Có bản ghi đã chọn không tồn tại hoặc bạn không có quyền sửa: "
                                 "không đổi bản ghi nào."))
    update = spec.update()
    changed = 0
    for record in records:
        if record.status == status:
            continue
        try:
            update(record, actor=user, data={"status": status}, channel=channel)
        except ValidationError as error:   # the type's own rule: say which record broke it
            raise ValidationError(_("“%(record)s”: %(messages)s") % {
                "record": record, "messages": " ".join(error.messages)}) from error
        changed += 1
    return changed


# --- imports ------------------------------------------------------------------------------

def _read(batch):
    from ngoaivu.exchange.readers import read_table

    return read_table(batch.file_name, bytes(batch.content))


def _run(batch, spec, *, dry_run: bool, progress=None):
    from ngoaivu.exchange.importer import Importer, ImportReport, entry_recorder
    from ngoaivu.exchange.models import ImportMode
    from ngoaivu.exchange.readers import FileRejected

    try:
        table = _read(batch)
    except FileRejected as error:
        return ImportReport(file_errors=[str(error)])
    importer = Importer(spec, user=batch.user, province=batch.province)
    return importer.run(table, dry_run=dry_run, all_or_nothing=batch.mode == ImportMode.ALL_OR_NOTHING,
                        on_entries=entry_recorder(batch), progress=progress)


def _start(batch, status: str):
    """Hand the batch to the background worker (ADR 0010); in-process (tests) it is done on return."""
    from ngoaivu.exchange.jobs import IMPORT_JOB
    from ngoaivu.exchange.models import ImportBatch
    from ngoaivu.jobs.services import start_job

    ImportBatch.objects.filter(pk=batch.pk).update(status=status)
    title = _("Nhập “%(file)s”") % {"file": batch.file_name}
    job = start_job(IMPORT_JOB, user=batch.user, province=batch.province, params={"batch": batch.pk}, title=title)
    ImportBatch.objects.filter(pk=batch.pk).update(job=job)
    batch.refresh_from_db()
    return batch


def import_preview(spec: ExchangeSpec, *, user, file_name: str, content: bytes, mode: str, province=None,
                   background: bool = False):
    """Check a sheet without writing: every row with what it would do, every error by row and column.
    In the background (pages, API) the batch is returned at once, its job checking it."""
    from ngoaivu.core.roles import can
    from ngoaivu.exchange.models import ImportBatch, ImportStatus

    if not spec.importable:
        raise ValidationError(_("Loại hồ sơ này không nhập được từ bảng tính."))
    if not can(user, Action.ADD):
        raise PermissionDenied(_("Bạn không có quyền thêm bản ghi."))
    batch = ImportBatch.objects.create(record_type=spec.key, file_name=file_name[:255], content=content, user=user,
                                       province=province or user.province, mode=mode)
    if background:
        return _start(batch, ImportStatus.CHECKING)
    return import_check(batch)


def import_check(batch, progress=None):
    """The dry run of a batch (the job's first half)."""
    from ngoaivu.exchange.models import ImportStatus
    from ngoaivu.exchange.specs import spec_for

    batch.report = _run(batch, spec_for(batch.record_type), dry_run=True, progress=progress).as_json()
    batch.status = ImportStatus.PREVIEW
    batch.save(update_fields=["report", "status"])
    return batch


def import_confirm(batch, *, user, background: bool = False):
    """Write a previewed import (the rows valid now; or nothing when all-or-nothing finds an error)."""
    from ngoaivu.exchange.models import ImportStatus

    if batch.user_id != user.pk:
        raise PermissionDenied(_("Chỉ người tải tệp lên mới xác nhận được lượt nhập này."))
    if batch.status != ImportStatus.PREVIEW:
        raise ValidationError(_("Lượt nhập này đã được xử lý."))
    if background:
        return _start(batch, ImportStatus.WRITING)
    return import_write(batch)


def import_write(batch, progress=None):
    """Write a checked batch in one transaction (the job's second half)."""
    from django.utils import timezone

    from ngoaivu.exchange.models import ImportStatus
    from ngoaivu.exchange.specs import spec_for

    with transaction.atomic():
        report = _run(batch, spec_for(batch.record_type), dry_run=False, progress=progress)
        batch.report = report.as_json()
        batch.status = ImportStatus.APPLIED if report.written else ImportStatus.REJECTED
        batch.applied_at = timezone.now() if report.written else None
        batch.save(update_fields=["report", "status", "applied_at"])
    return batch


@transaction.atomic
def import_undo(batch, *, user):
    """Take a whole import back: records it created are deleted (restorable), records it
    changed get their earlier values — unless someone changed them since, then nothing.
    Records are read in batches; a type deleted by the generic record_delete (every type
    with a batch create) has its created records deleted in one batch (record_bulk_delete)."""
    from django.utils import timezone

    from ngoaivu.audit.snapshots import snapshot
    from ngoaivu.core.services import BULK_SIZE, record_bulk_delete, record_delete
    from ngoaivu.exchange.importer import CREATE, IMPORT_CHANNEL
    from ngoaivu.exchange.models import ImportStatus
    from ngoaivu.exchange.specs import spec_for

    if batch.user_id != user.pk and not user.is_superuser:
        raise PermissionDenied(_("Chỉ người đã nhập mới hoàn tác được lượt nhập này."))
    if batch.status != ImportStatus.APPLIED:
        raise ValidationError(_("Chỉ hoàn tác được lượt nhập đã ghi."))
    spec = spec_for(batch.record_type)
    manager = spec.model._base_manager
    editable = {field.attname for field in spec.model._meta.concrete_fields if field.editable} | \
        {field.name for field in spec.model._meta.many_to_many}
    entries = list(batch.entries.order_by("-row", "-pk"))
    ids = [entry.object_id for entry in entries]
    records = {}
    many = [field.name for field in spec.model._meta.many_to_many]
    # What a record's name and snapshot read (its country, its links) comes with it.
    linked = [field.name for field in spec.model._meta.concrete_fields if field.many_to_one]
    for start in range(0, len(ids), BULK_SIZE):
        records.update(manager.select_related(*linked).prefetch_related(*many).in_bulk(ids[start:start + BULK_SIZE]))
    conflicts = []
    for entry in entries:
        record = records.get(entry.object_id)
        if record is None:
            continue
        current = snapshot(record, {name: list(getattr(record, name).all()) for name in many})  # prefetched
        changed = [name for name in entry.after if name in editable and current.get(name) != entry.after.get(name)]
        if changed and record.deleted_at is None:
            conflicts.append(_("Dòng %(row)s (“%(record)s”) đã được sửa sau khi nhập.") % {"row": entry.row,
                                                                                          "record": record})
    if conflicts:
        raise ValidationError(conflicts)
    delete, update = spec.delete(), spec.update()
    alive = [(entry, records[entry.object_id]) for entry in entries
             if entry.object_id in records and records[entry.object_id].deleted_at is None]
    # Changed records first: an earlier link they get back may be to a record this import created.
    for entry, record in alive:
        if entry.action != CREATE:
            # Only what the import changed, and only editable fields: bookkeeping (version,
            # timestamps, search columns) is the services' own business.
            restored = {name: value for name, value in entry.before.items()
                        if entry.after.get(name) != value and name in editable}
            update(record, actor=user, data=restored, channel=IMPORT_CHANNEL)
    created = [record for entry, record in alive if entry.action == CREATE]
    if delete is record_delete and created:
        record_bulk_delete(spec.model, created, actor=user, channel=IMPORT_CHANNEL)
    else:
        for record in created:
            delete(record, actor=user, channel=IMPORT_CHANNEL)
    batch.status, batch.undone_at = ImportStatus.UNDONE, timezone.now()
    batch.save(update_fields=["status", "undone_at"])
    return batch
