"""The figures computed from FDI and promotion records: periods, stocks at a date, currencies apart."""
import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from ngoaivu.core.roles import Role
from ngoaivu.investment import selectors
from ngoaivu.investment.tests.factories import make_adjustment, make_implementation, make_project, make_promotion

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def viewer(users):
    return users[Role.VIEWER]


def test_new_projects_of_a_period_keep_currencies_apart(viewer, own_province, other_province):
    make_project(own_province, certificate_date=D(2023, 2, 1), registered_capital=Decimal("44700000"))
    make_project(own_province, certificate_date=D(2023, 10, 9), registered_capital=Decimal("25000000"))
    make_project(own_province, certificate_date=D(2023, 5, 5), registered_capital=Decimal("120000000000"),
                 capital_currency="VND")
    make_project(own_province, certificate_date=D(2022, 12, 31))
    make_project(other_province, certificate_date=D(2023, 6, 1))
    make_project(own_province, certificate_date=D(2023, 6, 1), deleted_at=timezone.now())
    figure = selectors.fdi_new_projects(user=viewer, start=D(2023, 1, 1), end=D(2023, 12, 31))
    assert figure.count == 3
    assert figure.amounts == {"USD": Decimal("69700000"), "VND": Decimal("120000000000")}


def test_adjustments_count_increases_unless_asked_otherwise(viewer, own_province):
    project = make_project(own_province, certificate_date=D(2016, 3, 1))
    make_adjustment(project, adjusted_on=D(2018, 4, 1), added_capital=Decimal("10000000"))
    make_adjustment(project, adjusted_on=D(2019, 4, 1), added_capital=Decimal("-2000000"))
    make_adjustment(project, adjusted_on=D(2021, 4, 1), added_capital=Decimal("3000000"))
    period = {"start": D(2016, 1, 1), "end": D(2020, 12, 31)}
    assert selectors.fdi_capital_adjustments(user=viewer, **period).amounts == {"USD": Decimal("10000000")}
    every = selectors.fdi_capital_adjustments(user=viewer, increases_only=False, **period)
    assert (every.count, every.amounts) == (2, {"USD": Decimal("8000000")})


def test_active_projects_are_read_at_the_date_not_from_todays_status(viewer, own_province):
    running = make_project(own_province, name="Còn hiệu lực", certificate_date=D(2015, 1, 1))
    suspended = make_project(own_province, name="Tạm ngừng", certificate_date=D(2016, 1, 1), status="suspended")
    ended_later = make_project(own_province, name="Chấm dứt 2022", certificate_date=D(2017, 1, 1),
                               status="terminated", terminated_on=D(2022, 3, 1))
    make_project(own_province, name="Chấm dứt 2019", certificate_date=D(2017, 1, 1), status="terminated",
                 terminated_on=D(2019, 3, 1))
    make_project(own_province, name="Cấp sau", certificate_date=D(2021, 1, 1))
    active = selectors.fdi_active_projects(user=viewer, on=D(2020, 12, 31))
    assert set(active) == {running, suspended, ended_later}


def test_registered_capital_at_a_date_adds_the_adjustments_made_by_then(viewer, own_province):
    project = make_project(own_province, certificate_date=D(2016, 1, 1), registered_capital=Decimal("100000000"))
    make_adjustment(project, adjusted_on=D(2019, 6, 1), added_capital=Decimal("20000000"))
    make_adjustment(project, adjusted_on=D(2021, 6, 1), added_capital=Decimal("50000000"))
    make_project(own_province, certificate_date=D(2018, 1, 1), registered_capital=Decimal("5000000"))
    figure = selectors.fdi_registered_capital_at(user=viewer, on=D(2020, 12, 31))
    assert (figure.count, figure.amounts) == (2, {"USD": Decimal("125000000")})


def test_implemented_capital_to_a_date(viewer, own_province):
    project = make_project(own_province, certificate_date=D(2016, 1, 1))
    make_implementation(project, period_start=D(2016, 1, 1), period_end=D(2019, 12, 31), amount=Decimal("60000000"))
    make_implementation(project, period_start=D(2020, 1, 1), period_end=D(2020, 12, 31), amount=Decimal("15000000"))
    make_implementation(project, period_start=D(2021, 1, 1), period_end=D(2021, 12, 31), amount=Decimal("9000000"))
    ended = make_project(own_province, certificate_date=D(2016, 1, 1), status="terminated", terminated_on=D(2020, 6, 1))
    make_implementation(ended, period_start=D(2016, 1, 1), period_end=D(2019, 12, 31), amount=Decimal("4000000"))
    figure = selectors.fdi_implemented_capital_to(user=viewer, on=D(2020, 12, 31))
    assert (figure.count, figure.amounts) == (1, {"USD": Decimal("75000000")})


def test_figures_stay_in_scope_and_can_be_narrowed_to_units(viewer, own_province, other_province, national_user):
    make_project(own_province)
    make_project(other_province)
    period = {"start": D(2023, 1, 1), "end": D(2023, 12, 31)}
    assert selectors.fdi_new_projects(user=viewer, **period).count == 1
    assert selectors.fdi_new_projects(user=national_user, **period).count == 2
    assert selectors.fdi_new_projects(user=national_user, provinces=[other_province], **period).count == 1


def test_promotion_events_counted_by_where_they_were_held(viewer, own_province):
    make_promotion(own_province, location_kind="in_province", country=None, start_date=D(2018, 9, 12))
    for year in (2016, 2017, 2019):
        make_promotion(own_province, start_date=D(year, 5, 20))
    make_promotion(own_province, start_date=D(2021, 5, 20))
    counts = selectors.promotion_event_counts(user=viewer, start=D(2016, 1, 1), end=D(2020, 12, 31))
    assert counts == {"in_province": 1, "abroad": 3}
