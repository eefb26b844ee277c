"""Progress of targets: totals, ranges, floors, per-year targets, stocks, growth rates, statuses."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit
from ngoaivu.plans.choices import ProgressStatus
from ngoaivu.plans.models import Plan, Target
from ngoaivu.plans.progress import PlanEvaluator

pytestmark = pytest.mark.django_db
END_2024 = date(2024, 12, 31)


@pytest.fixture
def thainguyen():
    return unit("vn63-19")


@pytest.fixture
def plan(thainguyen):
    return Plan.objects.create(province=thainguyen, name="Kế hoạch 108/KH-UBND", start_year=2021, end_year=2025)


def target(plan, code, kind, **fields):
    ind = indicator(code)
    return Target.objects.create(province=plan.province, plan=plan, indicator=ind, kind=kind,
                                 currency=ind.currency, **fields)


def yearly(province, code, values: dict, scale=1):
    for year, value in values.items():
        observe(province, code, Period.year(year), Decimal(str(value)) * scale)


def evaluate(plan, goal, as_of=END_2024):
    return PlanEvaluator(plan, as_of).evaluate(goal)


def test_a_range_over_the_term_sums_the_years_and_forecasts_linearly(plan, thainguyen):
    goal = target(plan, "fdi_registered_capital", "range", value_min=Decimal("3.5") * 10**9, value_max=4 * 10**9)
    yearly(thainguyen, "fdi_registered_capital", {2021: 610, 2022: 720, 2023: 1050, 2024: 830}, millions(1))
    progress = evaluate(plan, goal)
    assert progress.value == millions(3210) and progress.measure == "tổng"
    assert round(progress.pct, 1) == Decimal("91.7") and progress.pct_max == Decimal("80.25")
    assert progress.forecast == millions("4012.5")
    assert progress.remaining == millions(290) and progress.pace_needed == millions(290)
    assert round(progress.change_pct, 1) == Decimal("-21.0")
    assert progress.status == ProgressStatus.ON_TRACK
    assert progress.notes == []  # 2025 is still to come on 31/12/2024


def test_statuses_at_risk_and_behind_follow_the_90_percent_threshold(plan, thainguyen):
    goal = target(plan, "fdi_implemented_capital", "range", value_min=Decimal("2.5") * 10**9, value_max=3 * 10**9)
    yearly(thainguyen, "fdi_implemented_capital", {2021: 450, 2022: 450, 2023: 450, 2024: 450}, millions(1))
    assert evaluate(plan, goal).status == ProgressStatus.AT_RISK  # forecast 2.250 = 90 %
    observe(thainguyen, "fdi_implemented_capital", Period.year(2024), millions(440), counts=True)
    assert evaluate(plan, goal).status == ProgressStatus.BEHIND  # forecast 2.237,5 < 90 %


def test_a_total_reached_early_is_reached_and_a_finished_short_term_is_behind(plan, thainguyen):
    goal = target(plan, "investment_promotion_abroad", "value", value=3)
    yearly(thainguyen, "investment_promotion_abroad", {2021: 1, 2022: 1, 2023: 1})
    progress = evaluate(plan, goal, as_of=date(2023, 12, 31))
    assert progress.status == ProgressStatus.REACHED and progress.remaining is None
    short = target(plan, "ngo_promotion_conferences", "value", value=2)
    yearly(thainguyen, "ngo_promotion_conferences", {2021: 0, 2022: 1, 2023: 0, 2024: 0, 2025: 0})
    assert evaluate(plan, short, as_of=date(2026, 3, 1)).status == ProgressStatus.BEHIND


def test_a_yearly_target_compares_the_average_and_each_year(plan, thainguyen):
    goal = target(plan, "ngo_committed", "range", value_min=Decimal("2.5") * 10**6, value_max=3 * 10**6,
                  scope="year")
    yearly(thainguyen, "ngo_committed", {2021: "2.1", 2022: "2.8", 2023: "2.6", 2024: "2.4"}, millions(1))
    progress = evaluate(plan, goal)
    assert progress.value == millions("2.475") and progress.measure == "bình quân năm"
    assert [round(year.pct) for year in progress.years] == [84, 112, 104, 96]
    assert progress.status == ProgressStatus.AT_RISK
    # 2025 must bring the five-year average to 2,5: 12,5 − 9,9 = 2,6.
    assert progress.pace_needed == millions("2.6")


def test_a_target_for_one_year_reads_the_year_to_date_and_forecasts_the_year(thainguyen):
    plan = Plan.objects.create(province=unit("vn63-46"), name="Kế hoạch năm 2022", start_year=2022, end_year=2022)
    goal = target(plan, "export_value", "value", value=1128 * 10**6)
    observe(plan.province, "export_value", Period.to_end_of_month(2022, 7), millions("609.1"), is_estimate=True)
    progress = evaluate(plan, goal, as_of=date(2022, 7, 31))
    assert progress.value == millions("609.1") and round(progress.pct) == 54
    assert progress.covered == Period.to_end_of_month(2022, 7)
    assert progress.remaining == millions("518.9") and progress.pace_needed is None  # less than a year left
    assert progress.status == ProgressStatus.AT_RISK  # 609,1 × 12/7 = 1.044 ≈ 92,6 %
    # Later, with no whole-year figure yet, the latest "to the end of month" figure still counts.
    assert evaluate(plan, goal, as_of=date(2023, 3, 1)).value == millions("609.1")


def test_a_per_year_row_applies_to_its_year_only(plan, thainguyen):
    goal = target(plan, "cultural_events", "floor", value=6, scope="year", year=2023)
    yearly(thainguyen, "cultural_events", {2022: 9, 2023: 6})
    progress = evaluate(plan, goal)
    assert progress.value == 6 and progress.status == ProgressStatus.REACHED
    assert [year.period for year in progress.years] == [Period.year(2023)]


def test_an_increase_of_a_stock_counts_new_partners_since_the_term_began(plan, thainguyen):
    goal = target(plan, "partner_localities", "value", value=5, counts_increase=True)
    for day, value in {date(2020, 12, 31): 4, date(2022, 12, 31): 6, date(2023, 12, 31): 7,
                       date(2024, 12, 31): 8}.items():
        observe(thainguyen, "partner_localities", Period.day(day), value)
    progress = evaluate(plan, goal)
    assert progress.value == 4 and progress.measure == "tăng thêm"
    assert progress.covered == Period(date(2021, 1, 1), END_2024)
    assert progress.forecast == 5 and progress.status == ProgressStatus.ON_TRACK
    assert round(progress.change_pct, 1) == Decimal("14.3")  # 8 against 7 a year earlier


def test_an_increase_without_a_starting_figure_says_so(plan, thainguyen):
    goal = target(plan, "friendship_associations", "value", value=2, counts_increase=True)
    observe(thainguyen, "friendship_associations", Period.day(END_2024), 7)
    progress = evaluate(plan, goal)
    assert progress.status == ProgressStatus.NO_DATA
    assert progress.notes == ["Chưa có số liệu đầu kỳ (năm 2020) để tính số tăng thêm."]


def test_a_growth_rate_target_is_the_compound_growth_of_its_indicator(plan, thainguyen):
    goal = target(plan, "export_growth", "floor", value=7, scope="year")
    yearly(thainguyen, "export_value", {2020: 26500, 2021: 27800, 2022: 30400, 2023: 28300, 2024: 31900},
           millions(1))
    progress = evaluate(plan, goal)
    assert round(progress.value, 2) == Decimal("4.75")  # (31.900 / 26.500)^(1/4) − 1
    assert [round(year.pct, 1) for year in progress.years[:2]] == [Decimal("4.9"), Decimal("9.4")]
    assert round(progress.pace_needed, 2) == Decimal("16.51")  # what 2025 must grow to average 7 %
    assert progress.status == ProgressStatus.BEHIND
    assert evaluate(plan, target(plan, "export_growth", "floor", value=5, scope="year")).status == \
        ProgressStatus.AT_RISK  # within one percentage point
    assert evaluate(plan, target(plan, "export_growth", "floor", value=4, scope="year")).status == \
        ProgressStatus.ON_TRACK


def test_without_its_indicator_a_growth_target_compounds_the_yearly_rates(plan, thainguyen):
    goal = target(plan, "local_export_growth", "floor", value=11, scope="year")
    yearly(thainguyen, "local_export_growth", {2021: "12.5", 2022: "13.1", 2023: "9.8", 2024: "11.6"})
    progress = evaluate(plan, goal)
    assert round(progress.value, 2) == Decimal("11.74")
    assert progress.status == ProgressStatus.ON_TRACK


def test_a_finished_growth_term_is_reached_or_behind(plan, thainguyen):
    goal = target(plan, "local_export_growth", "floor", value=11, scope="year")
    yearly(thainguyen, "local_export_growth", {2021: 12, 2022: 12, 2023: 12, 2024: 12})
    yearly(unit("vn34-19"), "local_export_growth", {2025: 12})  # reported by the merged province
    assert evaluate(plan, goal, as_of=date(2026, 2, 1)).status == ProgressStatus.REACHED


def test_a_ceiling_is_met_by_staying_below(plan, thainguyen):
    goal = target(plan, "fdi_rank", "ceiling", value=10)
    yearly(thainguyen, "fdi_rank", {2023: 12, 2024: 9})
    progress = evaluate(plan, goal)
    assert progress.value == 9 and progress.status == ProgressStatus.ON_TRACK
    assert evaluate(plan, goal, as_of=date(2024, 1, 1)).status == ProgressStatus.BEHIND  # 12 > 10 / 0,9


def test_no_figures_no_status(plan):
    goal = target(plan, "cultural_events", "floor", value=20)
    assert evaluate(plan, goal).status == ProgressStatus.NO_DATA


def test_after_the_merger_the_successor_carries_the_plan(plan, thainguyen):
    goal = target(plan, "cultural_events", "floor", value=20)
    yearly(thainguyen, "cultural_events", {2021: 4, 2022: 4, 2023: 4, 2024: 4})
    observe(thainguyen, "cultural_events", Period.half(2025), 2)
    observe(unit("vn34-19"), "cultural_events", Period(date(2025, 7, 1), date(2025, 12, 31)), 3)
    progress = evaluate(plan, goal, as_of=date(2026, 1, 15))
    assert progress.value == 21 and progress.status == ProgressStatus.REACHED



def test_the_home_page_lists_plans_with_targets_behind(make_user, client_for):
    from django.urls import reverse
    from django.utils import timezone

    this_year, province = timezone.localdate().year, unit("vn34-19")
    running = Plan.objects.create(province=province, name="Kế hoạch đang thực hiện", start_year=this_year - 1,
                                  end_year=this_year + 3)
    target(running, "cultural_events", "floor", value=50)
    yearly(province, "cultural_events", {this_year - 1: 1})
    viewer = make_user(role="viewer", province=province)
    body = client_for(viewer).get(reverse("ui:home")).content.decode()
    assert "Kế hoạch có mục tiêu chậm tiến độ" in body and "Kế hoạch đang thực hiện" in body


def test_the_targets_are_evaluated_from_the_first_batch_without_a_further_query(plan, thainguyen):
    """A total's change on the same months a year earlier is read with the rest (the plan's
    page took six more queries, one per table, for such periods on the bench set)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ngoaivu.culture.models import CulturalEvent
    from ngoaivu.plans.selectors import plan_with_targets

    target(plan, "cultural_events", "floor", value=20)
    for day in (date(2021, 5, 2), date(2024, 3, 9), date(2025, 2, 14), date(2025, 6, 1)):
        CulturalEvent.objects.create(province=thainguyen, title="Giao lưu văn hóa", kind="exchange", start_date=day)
    evaluator = PlanEvaluator(plan_with_targets(plan), date(2025, 7, 31))
    with CaptureQueriesContext(connection) as queries:
        [events] = evaluator.progress()
    assert len(queries) == 0, [query["sql"][:200] for query in queries.captured_queries]
    assert events.value == 4 and events.covered == Period(date(2021, 1, 1), date(2025, 7, 31))
    assert events.change_pct == 100  # two events to July against one a year earlier
