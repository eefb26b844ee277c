"""Records for the trade tests, written straight to the database (the services are what is tested)."""
from datetime import date
from decimal import Decimal
from itertools import count

from ngoaivu.trade.choices import GateClass, GateStatus, TradeFlow
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure

_serial = count(1)


def make_gate(province, name_vn=None, **extra):
    fields = {"name_vn": name_vn or f"Cửa khẩu {next(_serial)}", "name_foreign": "Tà Vàng", "country_id": "LA",
              "gate_class": GateClass.MAIN, **extra}
    gate = BorderGate.objects.create(province=province, **fields)
    return BorderGate.objects.get(pk=gate.pk)


def make_status(gate, status=GateStatus.TEMPORARILY_CLOSED, changed_on=date(2020, 4, 1)):
    return BorderGateStatusChange.objects.create(province_id=gate.province_id, gate=gate, status=status,
                                                 changed_on=changed_on)


def make_figure(province, *, flow=TradeFlow.EXPORT, start=date(2022, 1, 1), end=date(2022, 7, 31),
                value="609100000", **extra):
    figure = TradeFigure.objects.create(province=province, flow=flow, period_start=start, period_end=end,
                                        value=Decimal(value), source="Sở Công Thương", **extra)
    return TradeFigure.objects.get(pk=figure.pk)


def unique_year() -> int:
    """A year no other figure of the test uses, so repeated creations never collide."""
    return 1900 + next(_serial)
