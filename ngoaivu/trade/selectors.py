"""Reads of border gates and trade figures, always within the user's province scope."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from ngoaivu.core.registry import records
from ngoaivu.core.scoping import restrict
from ngoaivu.core.vnformat import format_percent, round_half_up
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
    return trade_figure_list(user=user).filter(
        province=province, flow=flow, period_start=start, period_end=end,
        border_gate=border_gate, commodity=commodity,
    ).first()


@dataclass(frozen=True)
class TradeComparison:
    """A figure beside the same period a year earlier, the way reports state it."""

    current: TradeFigure | None
    previous: TradeFigure | None

    @property
    def change_pct(self) -> Decimal | None:
        """Signed change in percent, unrounded; None when it cannot be computed."""
        if self.current is None or self.previous is None or not self.previous.value:
            return None
        if self.current.currency != self.previous.currency:
            return None
        return (self.current.value / self.previous.value - 1) * 100

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
    keys = {"user": user, "province": province, "flow": flow, "border_gate": border_gate, "commodity": commodity}
    previous_start, previous_end = same_period_a_year_earlier(start, end)
    return TradeComparison(
        current=trade_figure_for_period(start=start, end=end, **keys),
        previous=trade_figure_for_period(start=previous_start, end=previous_end, **keys),
    )
