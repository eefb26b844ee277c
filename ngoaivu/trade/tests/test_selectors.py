from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.roles import Role
from ngoaivu.trade.choices import Commodity, GateStatus, TradeFlow
from ngoaivu.trade.models import BorderGate
from ngoaivu.trade.selectors import (
    gates_temporarily_closed,
    same_period_a_year_earlier,
    trade_figure_compared,
    trade_figure_for_period,
)
from ngoaivu.trade.tests.helpers import make_figure, make_gate, make_status

pytestmark = pytest.mark.django_db

SEVEN_MONTHS_2022 = (date(2022, 1, 1), date(2022, 7, 31))


@pytest.mark.parametrize(("period", "expected"), [
    (SEVEN_MONTHS_2022, (date(2021, 1, 1), date(2021, 7, 31))),
    ((date(2024, 1, 1), date(2024, 2, 29)), (date(2023, 1, 1), date(2023, 2, 28))),
    ((date(2025, 1, 1), date(2025, 2, 28)), (date(2024, 1, 1), date(2024, 2, 29))),
    ((date(2016, 1, 1), date(2020, 12, 31)), (date(2015, 1, 1), date(2019, 12, 31))),
    ((date(2023, 3, 15), date(2023, 9, 14)), (date(2022, 3, 15), date(2022, 9, 14))),
])
def test_same_period_a_year_earlier(period, expected):
    assert same_period_a_year_earlier(*period) == expected


def test_only_exactly_the_period_and_the_total_are_read(users, own_province):
    total = make_figure(own_province)
    make_figure(own_province, commodity=Commodity.TEA, value="1000")
    make_figure(own_province, start=date(2022, 1, 1), end=date(2022, 6, 30), value="500000000")
    keys = {"user": users[Role.VIEWER], "province": own_province, "flow": TradeFlow.EXPORT}
    assert trade_figure_for_period(start=date(2022, 1, 1), end=date(2022, 7, 31), **keys) == total
    assert trade_figure_for_period(start=date(2022, 1, 1), end=date(2022, 7, 31), commodity=Commodity.TEA,
                                   **keys).value == 1000
    assert trade_figure_for_period(start=date(2022, 1, 1), end=date(2022, 12, 31), **keys) is None


def test_comparison_states_the_change_as_the_report_did(users, own_province):
    """Thừa Thiên Huế, 7 months of 2022: 609,1 million USD, up 17,6% on the same period."""
    make_figure(own_province, value="609100000", is_estimate=True)
    make_figure(own_province, start=date(2021, 1, 1), end=date(2021, 7, 31), value="517950000")
    comparison = trade_figure_compared(user=users[Role.VIEWER], province=own_province, flow=TradeFlow.EXPORT,
                                       start=SEVEN_MONTHS_2022[0], end=SEVEN_MONTHS_2022[1])
    assert round(comparison.change_pct, 1) == Decimal("17.6")
    assert comparison.change_text == "tăng 17,6%"


def test_a_fall_reads_as_giam(users, own_province):
    """Hà Tĩnh imports 2023: 2,7 billion USD, down 4% on 2022."""
    keys = {"flow": TradeFlow.IMPORT}
    make_figure(own_province, start=date(2023, 1, 1), end=date(2023, 12, 31), value="2700000000", **keys)
    make_figure(own_province, start=date(2022, 1, 1), end=date(2022, 12, 31), value="2812500000", **keys)
    comparison = trade_figure_compared(user=users[Role.VIEWER], province=own_province, start=date(2023, 1, 1),
                                       end=date(2023, 12, 31), **keys)
    assert comparison.change_text == "giảm 4%"


def test_no_change_without_a_comparable_previous_figure(users, own_province):
    make_figure(own_province)
    keys = {"user": users[Role.VIEWER], "province": own_province, "flow": TradeFlow.EXPORT,
            "start": SEVEN_MONTHS_2022[0], "end": SEVEN_MONTHS_2022[1]}
    assert trade_figure_compared(**keys).change_pct is None
    make_figure(own_province, start=date(2021, 1, 1), end=date(2021, 7, 31), currency="VND")
    comparison = trade_figure_compared(**keys)
    assert comparison.previous is not None and comparison.change_pct is None and comparison.change_text == ""


def test_another_province_reads_nothing(make_user, own_province, other_province):
    make_figure(own_province)
    outsider = make_user(role=Role.VIEWER, province=other_province)
    assert trade_figure_for_period(user=outsider, province=own_province, flow=TradeFlow.EXPORT,
                                   start=SEVEN_MONTHS_2022[0], end=SEVEN_MONTHS_2022[1]) is None


def test_attention_lists_gates_still_temporarily_closed(own_province):
    closed = make_gate(own_province)
    make_status(closed, GateStatus.TEMPORARILY_CLOSED, date(2020, 2, 1))
    reopened = make_gate(own_province)
    make_status(reopened, GateStatus.TEMPORARILY_CLOSED, date(2020, 2, 1))
    make_status(reopened, GateStatus.REOPENED, date(2023, 3, 1))
    [(label, gates, severity)] = gates_temporarily_closed(BorderGate.objects.all())
    assert list(gates) == [closed] and severity == "due"
    assert gates[0].attention_note == "Tạm dừng hoạt động từ 01/02/2020"


def test_a_merged_province_compares_with_the_sum_of_the_units_it_was_formed_from(make_user, client_for):
    """Thái Nguyên since 1/7/2025 was Thái Nguyên and Bắc Kạn: its first half of 2026 stands against
    the two old provinces' first half of 2025, each reported on its own."""
    from django.urls import reverse

    from ngoaivu.indicators.tests.helpers import unit

    merged, old_thai_nguyen, bac_kan = unit("vn34-19"), unit("vn63-19"), unit("vn63-06")
    half = (date(2026, 1, 1), date(2026, 6, 30))
    current = make_figure(merged, start=half[0], end=half[1], value="1150000000")
    make_figure(old_thai_nguyen, start=date(2025, 1, 1), end=date(2025, 6, 30), value="900000000")
    make_figure(bac_kan, start=date(2025, 1, 1), end=date(2025, 6, 30), value="100000000")
    viewer = make_user(role=Role.VIEWER, province=merged)
    comparison = trade_figure_compared(user=viewer, province=merged, flow=TradeFlow.EXPORT, start=half[0],
                                       end=half[1])
    assert [part.province for part in comparison.previous_parts] == [bac_kan, old_thai_nguyen]
    assert comparison.previous is None and comparison.previous_value == Decimal("1000000000")
    assert comparison.change_text == "tăng 15%"

    page = client_for(viewer).get(reverse("trade:figure_detail", args=[current.pk])).content.decode()
    assert "Bắc Kạn" in page and "tăng 15%" in page
    outsider = make_user(role=Role.VIEWER, province=unit("vn34-01"))
    assert trade_figure_compared(user=outsider, province=merged, flow=TradeFlow.EXPORT, start=half[0],
                                 end=half[1]).previous_parts == ()


def test_the_units_own_earlier_figure_wins_over_its_predecessors(make_user):
    from ngoaivu.indicators.tests.helpers import unit

    merged = unit("vn34-19")
    make_figure(merged, start=date(2026, 1, 1), end=date(2026, 6, 30), value="1150000000")
    own = make_figure(merged, start=date(2025, 1, 1), end=date(2025, 6, 30), value="1000000000")
    make_figure(unit("vn63-06"), start=date(2025, 1, 1), end=date(2025, 6, 30), value="100000000")
    comparison = trade_figure_compared(user=make_user(role=Role.VIEWER, province=merged), province=merged,
                                       flow=TradeFlow.EXPORT, start=date(2026, 1, 1), end=date(2026, 6, 30))
    assert comparison.previous == own and comparison.change_text == "tăng 15%"
