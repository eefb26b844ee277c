"""Backup and restore of a whole installation: every row (records with their deleted ones,
history, change log, settings, users) and every uploaded file, in one ZIP with a manifest.

The rows are Django's own serialisation with natural keys for content types, so a backup
made on SQLite restores on PostgreSQL and back. Restoring needs a migrated database that
holds no users and no records yet; every file's checksum is verified before anything is
written, and the rows load in one transaction.
"""
from __future__ import annotations

import datetime
import decimal
import hashlib
import json
import uuid
import zipfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

FORMAT_VERSION = 1
DATA_MEMBER = "data.json"
MANIFEST_MEMBER = "manifest.json"
MEDIA_PREFIX = "media/"
# Rebuilt by `migrate` on the target; content types are referred to by natural key.
EXCLUDED = {"contenttypes", "auth.permission", "sessions", "accounts.session", "indicators.recordstamp"}


class BackupError(ValueError):
    pass


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Encoder(json.JSONEncoder):
    """Like Django's, but datetimes keep their microseconds (Django's JSON rounds to milliseconds)."""

    def default(self, value):
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
            return value.isoformat()
        if isinstance(value, (decimal.Decimal, uuid.UUID)):
            return str(value)
        return super().default(value)


def _dumped_models() -> list:
    app_list = [(config, None) for config in apps.get_app_configs() if config.label not in EXCLUDED]
    return [model for model in serializers.sort_dependencies(app_list, allow_cycles=True)
            if model._meta.label_lower not in EXCLUDED and not model._meta.proxy and model._meta.managed]


def _rows() -> list[dict]:
    rows = []
    for model in _dumped_models():
        # The base manager: deleted records (the trash) are part of the data.
        rows.extend(serializers.serialize("python", model._base_manager.order_by("pk").iterator(),
                                          use_natural_foreign_keys=True))
    return rows


def _load(rows: list[dict]) -> None:
    objects = list(serializers.deserialize("python", rows, handle_forward_references=True))
    for obj in objects:
        obj.save()
    for obj in objects:
        if obj.deferred_fields:
            obj.save_deferred_fields()
    models = {type(obj.object) for obj in objects}
    statements = connection.ops.sequence_reset_sql(no_style(), list(models))
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else []


def backup(target) -> dict:
    """Write the backup ZIP to `target` (a path or a binary file); returns the manifest."""
    rows = _rows()
    data = json.dumps(rows, cls=_Encoder, ensure_ascii=False).encode("utf-8")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["model"]] = counts.get(row["model"], 0) + 1
    root = Path(settings.MEDIA_ROOT)
    files = {DATA_MEMBER: data}
    for path in _media_files():
        files[MEDIA_PREFIX + path.relative_to(root).as_posix()] = path.read_bytes()
    manifest = {
        "format": FORMAT_VERSION, "application": "ngoaivu", "created": timezone.now().isoformat(),
        "database": connection.vendor, "rows": counts,
        "files": {name: {"sha256": _sha256(content), "bytes": len(content)} for name, content in files.items()},
    }
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
        archive.writestr(MANIFEST_MEMBER, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


def _database_is_empty() -> bool:
    from ngoaivu.accounts.models import User
    from ngoaivu.core.models import ProvinceRecord

    records = [model for model in apps.get_models() if issubclass(model, ProvinceRecord)]
    return not User.objects.exists() and not any(model._base_manager.exists() for model in records)


def _read_verified(source) -> tuple[dict, dict[str, bytes]]:
    try:
        archive = zipfile.ZipFile(source)
        manifest = json.loads(archive.read(MANIFEST_MEMBER))
        files = {name: archive.read(name) for name in manifest["files"]}
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise BackupError(_("Tệp không phải là bản sao lưu của ngoaivu, hoặc đã hỏng.")) from None
    if manifest.get("format") != FORMAT_VERSION or manifest.get("application") != "ngoaivu":
        raise BackupError(_("Bản sao lưu có định dạng không được hỗ trợ."))
    for name, content in files.items():
        if _sha256(content) != manifest["files"][name]["sha256"]:
            raise BackupError(_("Tệp “%(name)s” trong bản sao lưu sai mã kiểm tra: bản sao lưu đã hỏng.") % {"name": name})
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts:
            raise BackupError(_("Bản sao lưu chứa đường dẫn không hợp lệ: %(name)s") % {"name": name})
    return manifest, files


def restore(source) -> dict:
    """Load a backup into this (migrated, empty) database and media folder; returns the manifest."""
    manifest, files = _read_verified(source)
    if not _database_is_empty():
        raise BackupError(_("Cơ sở dữ liệu đã có người dùng hoặc hồ sơ: chỉ khôi phục vào cơ sở dữ liệu trống "
                            "(tạo mới rồi chạy ngoaivu migrate)."))
    with transaction.atomic():
        _load(json.loads(files[DATA_MEMBER]))
    root = Path(settings.MEDIA_ROOT)
    for name, content in files.items():
        if name.startswith(MEDIA_PREFIX):
            path = root / name[len(MEDIA_PREFIX):]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    return manifest
