"""The bench data set's plans (bench/dataset.py `plans`): what plan progress is measured on."""
import pytest

from bench.dataset import TERM_TARGETS, YEAR_TARGETS, plans
from ngoaivu.plans.models import Plan, Target

pytestmark = pytest.mark.django_db


def _rows():
    return [(t.plan.province.key, t.plan.start_year, t.indicator.code, t.kind, t.value, t.value_min, t.value_max)
            for t in Target.objects.select_related("plan__province", "indicator").order_by("plan__province__key",
                                                                                          "plan__start_year", "pk")]


def test_every_unit_has_its_plans_with_valid_targets_and_the_same_ones_each_time():
    counts = plans()
    term, year = Plan.objects.filter(start_year=2021).count(), Plan.objects.filter(start_year=2025).count()
    assert (term, year) == (63, 34)
    assert counts == {"plans.Plan": 97, "plans.Target": term * len(TERM_TARGETS) + year * len(YEAR_TARGETS)}
    for target in Target.objects.select_related("plan", "indicator"):
        target.full_clean()   # every target would pass the form's rules
    first = _rows()
    Target.objects.all().delete()
    Plan.objects.all().delete()
    plans()
    assert _rows() == first
