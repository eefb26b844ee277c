"""The demo's rounds: the 2023 round closed with the five demo provinces' reports, sent in
December 2023, and one open round of the current year."""
import datetime

import pytest
from django.utils import timezone

from ngoaivu.rounds.choices import BoardStatus
from ngoaivu.rounds.compilation import compile_round
from ngoaivu.rounds.models import ReportingRound
from ngoaivu.rounds.selectors import board

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    return load_demo()


def test_one_closed_round_of_2023_answered_by_the_five_demo_provinces_and_one_open_round(demo):
    rounds = list(ReportingRound.objects.all())
    [year_2023] = [item for item in rounds if not item.is_open]
    [current] = [item for item in rounds if item.is_open]
    assert (year_2023.period_start, year_2023.period_end) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    rows = board(year_2023, user=demo.national)
    assert {row.unit.pk for row in rows} == {unit.pk for unit in demo.historic.values()}
    assert {row.status for row in rows} == {BoardStatus.SUBMITTED}
    # Sent in December 2023, most on time: no row reads years late.
    assert all(row.last_activity.year == 2023 for row in rows)
    late = [row.days_late for row in rows if row.days_late]
    assert len(late) == 1 and late[0] < 10
    compilation = compile_round(year_2023, user=demo.national)
    assert compilation.missing == [] and len(compilation.submitted) == len(demo.historic)
    assert current.due_on.year == timezone.localdate().year
    assert {row.status for row in board(current, user=demo.national)} <= {
        BoardStatus.NOT_STARTED, BoardStatus.DRAFTING, BoardStatus.LATE}
