"""Writes of data exchange: bulk deletion of selected rows (imports are in importer.py).

Every record goes through its type's own delete service, so each deletion is checked,
audited and restorable from the trash like a deletion from the record's page.
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.accounts.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.exchange.specs import ExchangeSpec

BULK_CHANNEL = "ui"


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
