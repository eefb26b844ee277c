"""The demo says what the seed texts say: the changes they report come out of the figures."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.accounts.demo import build_context
from ngoaivu.indicators import demo as indicators_demo
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import figure_for
from ngoaivu.trade import demo
from ngoaivu.trade.choices import GateStatus, TradeFlow
from ngoaivu.trade.models import BorderGate
from ngoaivu.trade.selectors import trade_figure_compared, trade_figure_for_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def context():
    context = build_context()
    demo.load(context)
    return context


@pytest.mark.parametrize(("slug", "code", "start", "end", "change"), [
    ("hue", "export_value", date(2022, 1, 1), date(2022, 7, 31), Decimal("17.6")),
    ("hue", "import_value", date(2022, 1, 1), date(2022, 7, 31), Decimal("16.6")),
    ("hatinh", "export_value", date(2023, 1, 1), date(2023, 12, 31), Decimal("33.0")),
    ("hatinh", "import_value", date(2023, 1, 1), date(2023, 12, 31), Decimal("-4.0")),
])
def test_changes_reported_by_the_seeds(context, slug, code, start, end, change):
    """The texts give no figure a year earlier, only the change: the value worked back from it
    is an approximate observation (indicators demo), not a trade record, so reports mark it."""
    indicators_demo.load(context)
    comparison = figure_for(user=context.specialist(slug), unit=context.historic[slug],
                            indicator=Indicator.objects.get(code=code), period=Period(start, end))
    assert round(comparison.change_pct, 1) == change
    assert not trade_figure_compared(user=context.specialist(slug), province=context.historic[slug],
                                     flow=code.removesuffix("_value"), start=start, end=end).change_text


def test_term_and_partial_year_figures(context):
    total = trade_figure_for_period(user=context.national, province=context.historic["tuyenquang"],
                                    flow=TradeFlow.TOTAL, start=date(2023, 1, 1), end=date(2023, 5, 31))
    assert total.value_display == "102,6 triệu USD" and "antimon" in total.note
    exports = trade_figure_for_period(user=context.national, province=context.historic["thanhhoa"],
                                      flow=TradeFlow.EXPORT, start=date(2016, 1, 1), end=date(2020, 12, 31))
    assert exports.value == 14_081_670_000


def test_gates_reopened(context):
    gates = {str(gate): gate for gate in BorderGate.objects.all()}
    assert set(gates) == {"A Đớt – Tà Vàng", "Hồng Vân – Cô Tài", "Thanh Thủy – Thiên Bảo", "Xín Mần – Đô Long"}
    assert all(gate.current_status == GateStatus.REOPENED for gate in gates.values())
    assert gates["Thanh Thủy – Thiên Bảo"].current_status_since.year == 1993
    assert gates["A Đớt – Tà Vàng"].province == gates["Hồng Vân – Cô Tài"].province
