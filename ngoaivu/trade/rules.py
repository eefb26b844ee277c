"""How trade figures must agree with one another: no duplicates, parts within their total.

A figure with no gate and no commodity is the province's total for its flow and
period. It breaks down by gate (rows naming a gate, no commodity) and by commodity
(rows naming a commodity, no gate); a gate's row breaks down by commodity at that gate.
Parts are only compared with their total in the same currency: without an exchange
rate there is nothing to add.
"""
from __future__ import annotations

from decimal import Decimal

from django.db.models import Q, Sum
from django.utils.translation import gettext as _

from ngoaivu.core.vnformat import format_money


def _same_period(figure):
    from ngoaivu.trade.models import TradeFigure

    return TradeFigure.objects.filter(
        province_id=figure.province_id, flow=figure.flow,
        period_start=figure.period_start, period_end=figure.period_end,
    ).exclude(pk=figure.pk)


def duplicate_of(figure):
    """The alive figure that already holds this figure's place, if any."""
    return _same_period(figure).filter(border_gate_id=figure.border_gate_id, commodity=figure.commodity).first()


def _by_commodity(gate_id) -> Q:
    return Q(border_gate_id=gate_id) & ~Q(commodity="")


_BY_GATE = Q(border_gate__isnull=False, commodity="")


def _sum(figure, dimension: Q) -> Decimal:
    total = _same_period(figure).filter(dimension, currency=figure.currency).aggregate(total=Sum("value"))["total"]
    return total or Decimal(0)


def _excess_over_total(figure) -> str | None:
    """The figure as a part: it and the other parts of its breakdown must fit in the total."""
    total_gate_id = figure.border_gate_id if figure.commodity else None
    total = _same_period(figure).filter(border_gate_id=total_gate_id, commodity="",
                                        currency=figure.currency).first()
    if total is None:
        return None
    dimension = _by_commodity(figure.border_gate_id) if figure.commodity else _BY_GATE
    parts = _sum(figure, dimension) + figure.value
    if parts > total.value:
        return _("Cộng các số liệu chi tiết được %(parts)s, vượt “%(total)s” (%(value)s).") % {
            "parts": format_money(parts, figure.currency), "total": total, "value": total.value_display}
    return None


def _parts_over_figure(figure) -> str | None:
    """The figure as a total: the parts already entered must fit in it."""
    dimensions = [_by_commodity(figure.border_gate_id)]
    if figure.border_gate_id is None:
        dimensions.append(_BY_GATE)
    for dimension in dimensions:
        parts = _sum(figure, dimension)
        if parts > figure.value:
            return _("Các số liệu chi tiết đã nhập của kỳ này cộng lại được %(parts)s, lớn hơn giá trị này.") % {
                "parts": format_money(parts, figure.currency)}
    return None


def breakdown_excess(figure) -> str | None:
    """Why the figure would break a total/parts relation, or None when it fits."""
    is_part = bool(figure.commodity or figure.border_gate_id)
    is_total = not figure.commodity
    return (is_part and _excess_over_total(figure)) or (is_total and _parts_over_figure(figure)) or None
