"""The home page's "several sources, none chosen" list: which observations it holds, and
that it reads them in two queries however many observations and conflicts there are."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ngoaivu.core.scoping import restrict
from ngoaivu.indicators.models import Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import conflicting_observations
from ngoaivu.indicators.tests.helpers import observe

pytestmark = pytest.mark.django_db
YEAR = Period.year(2023)


def _listed(user) -> set[int]:
    return set(conflicting_observations(restrict(Observation.objects.all(), user)).values_list("pk", flat=True))


def test_only_keys_with_two_values_and_none_chosen(own_province, other_province, users, national_user):
    user = next(iter(users.values()))
    conflict = [observe(own_province, "export_value", YEAR, 10), observe(own_province, "export_value", YEAR, 12),
                observe(own_province, "export_value", YEAR, 12, source="imported")]
    chosen = [observe(own_province, "import_value", YEAR, 5), observe(own_province, "import_value", YEAR, 6,
                                                                      counts=True)]
    observe(own_province, "export_value", Period.year(2022), 8)
    observe(own_province, "export_value", Period.year(2022), 8, source="imported")   # same value twice
    observe(own_province, "export_value", Period.year(2021), 8)
    observe(own_province, "export_value", Period.year(2021), 9, counterpart="Nhật Bản")  # another key
    deleted = observe(own_province, "export_value", Period.year(2020), 8)
    observe(own_province, "export_value", Period.year(2020), 9, deleted_at=timezone.now())
    elsewhere = [observe(other_province, "export_value", YEAR, 1), observe(other_province, "export_value", YEAR, 2)]

    assert _listed(user) == {row.pk for row in conflict}
    assert _listed(national_user) == {row.pk for row in conflict + elsewhere}
    # Choosing one settles the key; deleting the other value too.
    Observation.objects.filter(pk=conflict[0].pk).update(counts=True)
    Observation.objects.filter(pk=elsewhere[1].pk).update(deleted_at=timezone.now())
    assert _listed(national_user) == set()
    assert chosen and deleted


def test_two_queries_whatever_the_number_of_conflicts(own_province, national_user):
    def read() -> int:
        with CaptureQueriesContext(connection) as queries:
            list(conflicting_observations(restrict(Observation.objects.all(), national_user))[:20])
        return len(queries)

    observe(own_province, "export_value", YEAR, 1)
    observe(own_province, "export_value", YEAR, 2)
    few = read()
    for year in range(2005, 2020):
        observe(own_province, "export_value", Period.year(year), 1)
        observe(own_province, "export_value", Period.year(year), 2)
    assert read() == few == 2
