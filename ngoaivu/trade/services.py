"""Writes of border gates, their status changes and trade figures where they differ from the
ordinary record services (core.services); every channel comes here."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure


def _with_status(gate: BorderGate) -> BorderGate:
    # Re-read through the manager so the derived current status comes along.
    return BorderGate.objects.get(pk=gate.pk)


def border_gate_create(*, actor, data: dict, channel: str = "") -> BorderGate:
    return _with_status(record_create(BorderGate, actor=actor, data=data, channel=channel))


def border_gate_update(gate: BorderGate, *, actor, data: dict, channel: str = "") -> BorderGate:
    return _with_status(record_update(gate, actor=actor, data=data, channel=channel))


@transaction.atomic
def border_gate_delete(gate: BorderGate, *, actor, channel: str = "") -> None:
    ensure_allowed(actor, Action.DELETE, gate.province_id)
    # Figures keep pointing at their gate; deleting it would leave them naming a gate in the trash.
    if TradeFigure.objects.filter(border_gate=gate).exists():
        raise ValidationError(_(
            "Không thể xóa cửa khẩu đang có số liệu kim ngạch; hãy xóa hoặc sửa các số liệu đó trước."))
    record_delete(gate, actor=actor, channel=channel)


def border_gate_status_change_add(*, actor, data: dict, channel: str = "") -> BorderGateStatusChange:
    """Record a dated status of a gate; the gate's current status follows from the latest one."""
    gate = data["gate"]
    return record_create(BorderGateStatusChange, actor=actor, data={**data, "province": gate.province},
                         channel=channel)
