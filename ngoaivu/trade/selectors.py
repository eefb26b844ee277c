"""Reads of border gates and trade figures, always within the user's province scope."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from ngoaivu.core.registry import records
from ngoaivu.core.scoping import restrict
from ngoaivu.core.vnformat import format_money, format_percent, round_half_up
from ngoaivu.geo.selectors import lineage_ids
from ngoaivu.trade.choices import GateStatus
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure


def border_gate_list(*, user):
    return records(BorderGate, user)


def border_gate_status_history(*, user, gate: BorderGate):
    """The gate's status changes, latest first."""
    return restrict(BorderGateStatusChange.objects.filter(gate=gate), user)


def gates_temporarily_closed(gates):
    """Attention rule: gates whose latest status is a temporary closure are followed until they reopen."""
    closed = gates.filter(current_status=GateStatus.TEMPORARILY_CLOSED).order_by("current_status_since")
    return [(_("Cửa khẩu đang tạm dừng hoạt động"), closed, "due")]


def trade_figure_list(*, user):
    return records(TradeFigure, user)


def same_period_a_year_earlier(start: date, end: date) -> tuple[date, date]:
    """The period one year back: a month's last day stays the last day (29/02 ↔ 28/02)."""
    def back(day: date) -> date:
        last_day = calendar.monthrange(day.year - 1, day.month)[1]
        was_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
        return day.replace(year=day.year - 1, day=last_day if was_month_end else min(day.day, last_day))

    return back(start), back(end)


def trade_figure_for_period(*, user, province, flow: str, start: date, end: date, border_gate=None,
                            commodity: str = "") -> TradeFigure | None:
    """The figure of exactly this period (not one containing it): a province total unless a gate or
    commodity is given."""
    return _figures_of_period(user=user, flow=flow, start=start, end=end, border_gate=border_gate,
                              commodity=commodity).filter(province=province).first()


def _figures_of_period(*, user, flow: str, start: date, end: date, border_gate, commodity: str):
    return trade_figure_list(user=user).filter(flow=flow, period_start=start, period_end=end,
                                               border_gate=border_gate, commodity=commodity)


@dataclass(frozen=True)
class TradeComparison:
    """A figure beside the same period a year earlier, the way reports state it. The earlier
    period may have been reported by the units a province was merged from (2025): then
    `previous_parts` holds each of their figures and the comparison is with their sum."""

    current: TradeFigure | None
    previous_parts: tuple[TradeFigure, ...] = ()

    @property
    def previous(self) -> TradeFigure | None:
        """The earlier figure when one record states it."""
        return self.previous_parts[0] if len(self.previous_parts) == 1 else None

    @property
    def previous_value(self) -> Decimal | None:
        """The earlier period's value in the current figure's currency; None when a part is in another."""
        if not self.previous_parts or self.current is None:
            return None
        if any(part.currency != self.current.currency for part in self.previous_parts):
            return None
        return sum((part.value for part in self.previous_parts), Decimal(0))

    @property
    def previous_value_display(self) -> str:
        value = self.previous_value
        return format_money(value, self.current.currency) if value is not None else ""

    @property
    def change_pct(self) -> Decimal | None:
        """Signed change in percent, unrounded; None when it cannot be computed."""
        previous = self.previous_value
        if self.current is None or not previous:
            return None
        return (self.current.value / previous - 1) * 100

    @property
    def change_text(self) -> str:
        """"tăng 17,6%", "giảm 4%": one decimal at most, as reports write it."""
        change = self.change_pct
        if change is None:
            return ""
        rounded = round_half_up(change, 1)
        if rounded == 0:
            return str(_("không đổi"))
        word = _("tăng") if rounded > 0 else _("giảm")
        return f"{word} {format_percent(abs(rounded), 1)}"


def trade_figure_compared(*, user, province, flow: str, start: date, end: date, border_gate=None,
                          commodity: str = "") -> TradeComparison:
    keys = {"user": user, "flow": flow, "border_gate": border_gate, "commodity": commodity}
    previous_start, previous_end = same_period_a_year_earlier(start, end)
    return TradeComparison(
        current=trade_figure_for_period(province=province, start=start, end=end, **keys),
        previous_parts=_previous_parts(province, previous_start, previous_end, keys),
    )


def _previous_parts(province, start: date, end: date, keys: dict) -> tuple[TradeFigure, ...]:
    """The unit's own figure of the earlier period; else those of the units it was formed from
    (a merged province's first year back: each old province reported its own)."""
    own = trade_figure_for_period(province=province, start=start, end=end, **keys)
    if own is not None:
        return (own,)
    line = [pk for pk in lineage_ids(province.pk) if pk != province.pk]
    if not line:
        return ()
    figures = _figures_of_period(start=start, end=end, **keys).filter(province_id__in=line)
    return tuple(figures.select_related("province").order_by("province__name", "pk"))
