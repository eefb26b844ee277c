"""Importing a sheet of one record type: check every row, then write through the type's services.

A dry run does everything a real run does — parsing, linking, natural-key matching and
the services' own validation — inside a transaction that is rolled back, so the preview
shows exactly what confirming will write. Rows are matched to existing records by the
type's natural key (specs.NATURAL_KEYS): an existing record is updated or left alone,
never duplicated, so importing the same file twice changes nothing the second time.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext as _

from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.channels import IMPORT_CHANNEL
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.scoping import restrict
from ngoaivu.core.services import BulkRowErrors
from ngoaivu.exchange.cells import CellError, parse_cell
from ngoaivu.exchange.columns import CHOICE, LINK, LINKS, PROVINCE, TEXT, Column
from ngoaivu.exchange.links import LinkResolver
from ngoaivu.exchange.readers import FileRejected, Table
from ngoaivu.exchange.specs import ExchangeSpec
from ngoaivu.geo.catalog import normalize_name

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
# New rows are written this many at a time (one INSERT batch, one change-log batch).
BATCH_ROWS = 1000


@dataclass
class RowResult:
    row: int
    action: str
    label: str = ""
    changes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    file_errors: list[str] = field(default_factory=list)
    rows: list[RowResult] = field(default_factory=list)
    written: bool = False

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {action: self.count(action) for action in (CREATE, UPDATE, UNCHANGED, ERROR)}

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or self.count(ERROR) > 0

    def as_json(self) -> dict:
        # By hand, not dataclasses.asdict: that deep-copies each of up to 200.000 rows.
        rows = [{"row": row.row, "action": row.action, "label": row.label, "changes": row.changes,
                 "errors": row.errors} for row in self.rows]
        return {"file_errors": self.file_errors, "rows": rows,
                "counts": self.counts, "written": self.written}


class _Rollback(Exception):
    pass


def _header_key(text: str) -> str:
    return normalize_name(str(text).replace("*", ""))


def match_headers(spec: ExchangeSpec, headers: list[str]) -> tuple[dict[int, Column], list[str]]:
    """Sheet position → column, and the file-level errors (missing, unknown, repeated columns)."""
    columns = spec.columns()
    known = {}
    for column in columns:
        for name in (column.header, column.label, column.name):
            known.setdefault(_header_key(name), column)
    positions, errors, seen = {}, [], {}
    for index, header in enumerate(headers):
        if not header:
            continue
        column = known.get(_header_key(header))
        if column is None:
            errors.append(_("Cột '%(header)s' không có trong mẫu của %(type)s.") % {"header": header, "type": spec.label})
        elif column.name in seen:
            errors.append(_("Cột '%(header)s' xuất hiện hai lần.") % {"header": header})
        else:
            seen[column.name] = index
            positions[index] = column
    for column in columns:
        if column.required and column.name not in seen:
            errors.append(_("Thiếu cột bắt buộc '%(header)s'.") % {"header": column.header})
    return positions, errors


def _empty(column: Column, model) -> object:
    if column.kind == LINKS:
        return []
    if column.kind in (TEXT, CHOICE) and not model._meta.get_field(column.name).null:
        return ""
    return None


def _key_part(value) -> object:
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, str):
        return normalize_name(value)
    return value


def _record_value(record, column: Column):
    if column.kind == LINKS:
        return sorted(item.pk for item in getattr(record, column.name).all())
    if column.kind == LINK:
        return getattr(record, f"{column.name}_id")
    return getattr(record, column.name)


def _row_value(value, column: Column):
    if column.kind == LINKS:
        return sorted(item.pk for item in value)
    if column.kind == LINK:
        return value.pk if value is not None else None
    return value


class Importer:
    def __init__(self, spec: ExchangeSpec, *, user, province=None):
        self.spec, self.user = spec, user
        self.province = province or user.province
        self.resolver = LinkResolver(user)
        self.columns = {column.name: column for column in spec.columns()}
        self.key_names = spec.key_columns()

    def _existing(self) -> dict[tuple, models.Model]:
        queryset = restrict(self.spec.model.objects.all(), self.user)
        many = [field.name for field in self.spec.model._meta.many_to_many]
        if many:
            queryset = queryset.prefetch_related(*many)     # compared with the rows, without a query each
        index = {}
        for record in queryset.iterator(chunk_size=2000):
            index.setdefault(self._record_key(record), record)
        return index

    def _record_key(self, record) -> tuple:
        parts = []
        for name in self.key_names:
            column = self.columns.get(name)
            if column is None or column.kind == LINK:
                parts.append(getattr(record, f"{name}_id"))      # an id, as _key_part gives for a linked row
            else:
                parts.append(_key_part(getattr(record, name)))
        return tuple(parts)

    def _parse_row(self, values: list, positions: dict[int, Column], number: int) -> tuple[dict, list[str]]:
        data, errors = {}, []
        for index, column in positions.items():
            if not column.importable:
                continue
            raw = values[index] if index < len(values) else None
            try:
                value = parse_cell(column, raw, self.resolver)
            except CellError as error:
                errors.append(_("Dòng %(row)s, cột '%(column)s': %(message)s")
                              % {"row": number, "column": column.header, "message": error})
                continue
            if value is None or value == []:
                if column.required:
                    errors.append(_("Dòng %(row)s, cột '%(column)s': không được để trống")
                                  % {"row": number, "column": column.header})
                    continue
                value = _empty(column, self.spec.model)
            data[column.name] = value
        if not self.spec.parent_field and data.get(PROVINCE) is None:
            data[PROVINCE] = self.province
        return data, errors

    def _errors_of(self, error: Exception, number: int) -> list[str]:
        if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            messages = []
            for name, errors in error.message_dict.items():
                column = self.columns.get(name)
                where = column.header if column else name
                messages.extend(_("Dòng %(row)s, cột '%(column)s': %(message)s")
                                % {"row": number, "column": where, "message": message} for message in errors)
            return messages
        text = " ".join(getattr(error, "messages", None) or [str(error)])
        return [_("Dòng %(row)s: %(message)s") % {"row": number, "message": text}]

    def run(self, table: Table, *, dry_run: bool, all_or_nothing: bool, on_entries=None,
            progress=None) -> ImportReport:
        """`progress(done, total)` is called every BATCH_ROWS rows (a background job shows it)."""
        self.progress, self.total = progress, table.total
        report = ImportReport()
        positions, report.file_errors = match_headers(self.spec, table.headers)
        if report.file_errors:
            return report
        try:
            with transaction.atomic():
                self._rows(table, positions, report, on_entries if not dry_run else None)
                if dry_run or (all_or_nothing and report.has_errors):
                    raise _Rollback
                report.written = True
        except _Rollback:
            pass
        except FileRejected as error:
            report.file_errors.append(str(error))
            report.rows = []
        return report

    def _rows(self, table: Table, positions, report: ImportReport, on_entries) -> None:
        self.existing = self._existing()
        seen: dict[tuple, int] = {}
        create, update, bulk = self.spec.create(), self.spec.update(), self.spec.bulk_create()
        pending: list[tuple[RowResult, tuple, dict]] = []     # new records waiting for one batch write
        for count, (number, values) in enumerate(table.rows, start=1):
            if self.progress is not None and count % BATCH_ROWS == 0:
                self.progress(count, self.total)
            data, errors = self._parse_row(values, positions, number)
            result = RowResult(number, ERROR, errors=errors)
            report.rows.append(result)
            if errors:
                continue
            key = tuple(_key_part(data.get(name)) for name in self.key_names)
            if key in seen:
                result.errors.append(_("Dòng %(row)s: trùng bản ghi với dòng %(other)s (cùng %(key)s)") % {
                    "row": number, "other": seen[key],
                    "key": ", ".join(self.columns[name].header for name in self.key_names if name in self.columns)})
                continue
            seen[key] = number
            record = self.existing.get(key)
            if record is None:
                values_to_write = {k: v for k, v in data.items() if v not in (None, "", [])}
                if bulk is None:
                    self._create_one(result, key, values_to_write, create, on_entries)
                    continue
                pending.append((result, key, values_to_write))
                if len(pending) >= BATCH_ROWS:
                    self._create_many(pending, bulk, create, on_entries)
                    pending = []
                continue
            self._update_one(result, key, data, record, update, on_entries)
        self._create_many(pending, bulk, create, on_entries)

    def _m2m(self, data: dict) -> dict:
        return {field.name: data.get(field.name) or [] for field in self.spec.model._meta.many_to_many}

    def _created(self, result: RowResult, key: tuple, record, data: dict) -> tuple:
        self.resolver.add(record)                      # later rows may name it
        self.existing[key] = record
        result.action, result.label = CREATE, str(record)
        return (result.row, CREATE, record, None, snapshot(record, self._m2m(data)))

    def _create_many(self, pending: list[tuple[RowResult, tuple, dict]], bulk, create, on_entries) -> None:
        """New records in one batch through the type's bulk service; rows it refuses get their
        errors, and a batch the database refuses (a duplicate) goes row by row to say which."""
        if not pending:
            return
        try:
            with transaction.atomic():
                records = bulk(actor=self.user, rows=[data for _, _, data in pending], channel=IMPORT_CHANNEL)
        except BulkRowErrors as refused:
            for index, error in refused.errors.items():
                result = pending[index][0]
                result.action, result.errors = ERROR, self._errors_of(error, result.row)
            self._create_many([row for index, row in enumerate(pending) if index not in refused.errors],
                              bulk, create, on_entries)
            return
        except IntegrityError:
            for result, key, data in pending:
                self._create_one(result, key, data, create, on_entries)
            return
        entries = [self._created(result, key, record, data) for (result, key, data), record in zip(pending, records)]
        if on_entries is not None:
            on_entries(entries)

    def _create_one(self, result: RowResult, key: tuple, data: dict, create, on_entries) -> None:
        try:
            with transaction.atomic():
                record = create(actor=self.user, data=data, channel=IMPORT_CHANNEL)
        except (ValidationError, ScopeDenied, PermissionDenied) as error:
            result.action, result.errors = ERROR, self._errors_of(error, result.row)
            return
        entry = self._created(result, key, record, data)
        if on_entries is not None:
            on_entries([entry])

    def _update_one(self, result: RowResult, key: tuple, data: dict, record, update, on_entries) -> None:
        changed = {name: value for name, value in data.items()
                   if _row_value(value, self.columns[name]) != _record_value(record, self.columns[name])}
        if not changed:
            result.action, result.label = UNCHANGED, str(record)
            return
        before = snapshot(record)
        try:
            with transaction.atomic():
                record = update(record, actor=self.user, data=changed, channel=IMPORT_CHANNEL)
        except (ValidationError, ScopeDenied, PermissionDenied) as error:
            result.action, result.errors = ERROR, self._errors_of(error, result.row)
            return
        self.existing[key] = record
        result.action, result.label = UPDATE, str(record)
        result.changes = [self.columns[name].header for name in changed]
        if on_entries is not None:
            on_entries([(result.row, UPDATE, record, before, snapshot(record))])


def entry_recorder(batch):
    """Records what an applied import wrote, so that it can be undone as a whole."""
    from ngoaivu.audit.bulk import insert_many
    from ngoaivu.exchange.models import ImportEntry

    def record(entries):
        insert_many(ImportEntry, [
            ImportEntry(batch=batch, row=number, action=action, content_type=ContentType.objects.get_for_model(instance),
                        object_id=instance.pk, before=before, after=after)
            for number, action, instance, before, after in entries])
    return record
