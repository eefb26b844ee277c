"""The demo says what the seed texts say: the changes they report come out of the figures."""
from datetime import date

import pytest

from ngoaivu.core.demo import build_context
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


@pytest.mark.parametrize(("slug", "flow", "start", "end", "change"), [
    ("hue", TradeFlow.EXPORT, date(2022, 1, 1), date(2022, 7, 31), "tăng 17,6%"),
    ("hue", TradeFlow.IMPORT, date(2022, 1, 1), date(2022, 7, 31), "tăng 16,6%"),
    ("hatinh", TradeFlow.EXPORT, date(2023, 1, 1), date(2023, 12, 31), "tăng 33%"),
    ("hatinh", TradeFlow.IMPORT, date(2023, 1, 1), date(2023, 12, 31), "giảm 4%"),
])
def test_changes_reported_by_the_seeds(context, slug, flow, start, end, change):
    comparison = trade_figure_compared(user=context.specialist(slug), province=context.historic[slug], flow=flow,
                                       start=start, end=end)
    assert comparison.change_text == change


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
