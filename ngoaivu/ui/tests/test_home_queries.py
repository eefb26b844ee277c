"""The home page's queries do not grow with the provinces, plans or rows a national user
sees: the attention rules read in batches (the plans behind in one batch, not ten queries a
plan; the conflicting observations in two queries)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, observe, unit
from ngoaivu.plans.models import Plan, Target

pytestmark = pytest.mark.django_db
PROVINCES = ("vn34-19", "vn34-46", "vn34-01")
SEEN: list[list[str]] = []


def _plan_behind(key: str) -> Plan:
    """A running plan whose floor of 50 cultural events a year stands at 1 last year: behind."""
    this_year, province = timezone.localdate().year, unit(key)
    plan = Plan.objects.create(province=province, name=f"Kế hoạch của {province.name}", start_year=this_year - 1,
                               end_year=this_year + 3)
    Target.objects.create(province=province, plan=plan, indicator=indicator("cultural_events"), kind="floor",
                          value=50)
    observe(province, "cultural_events", Period.year(this_year - 1), 1)
    return plan


def _conflict(key: str, year: int) -> None:
    observe(unit(key), "export_value", Period.year(year), 10)
    observe(unit(key), "export_value", Period.year(year), 11, source="imported")


def _home(client):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("ui:home"))
    assert page.status_code == 200
    SEEN.append([query["sql"] for query in queries.captured_queries])
    return len(queries), page


def test_national_home_queries_do_not_grow_with_provinces_plans_or_rows(national_user, client_for):
    client = client_for(national_user)
    first = _plan_behind(PROVINCES[0])
    _conflict(PROVINCES[0], 2020)
    _home(client)  # caches (content types, rates) warmed
    before, page = _home(client)
    assert [plan.pk for block in page.context["attention"] for plan in block["items"]
            if isinstance(plan, Plan)] == [first.pk]

    others = [_plan_behind(key) for key in PROVINCES[1:]]
    for key in PROVINCES:
        for year in (2021, 2022):
            _conflict(key, year)
    after, page = _home(client)
    listed = {item.pk for block in page.context["attention"] for item in block["items"] if isinstance(item, Plan)}
    assert listed == {first.pk, *(plan.pk for plan in others)}
    conflicts = [block for block in page.context["attention"] if "nhiều nguồn" in str(block["label"])]
    assert len(conflicts[0]["items"]) == 14
    assert after == before, _difference(*SEEN[-2:])


def _difference(before: list[str], after: list[str]) -> str:
    from collections import Counter

    def shapes(queries):
        return Counter(sql[:90] for sql in queries)
    return "\n".join(f"{count:+d} {shape}" for shape, count in (shapes(after) - shapes(before)).items())
