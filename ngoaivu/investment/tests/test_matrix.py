"""The scoping matrix for every record type of the app (ngoaivu/testing/matrix.py)."""
import calendar
import datetime
import itertools

import pytest

from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.investment.tests.factories import make_adjustment, make_implementation, make_project, make_promotion
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_matrix(own_province, other_province, make_user, api_client_for, client_for):
    def run(case):
        assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                              api_client_for=api_client_for, client_for=client_for)
    return run


def test_fdi_project_matrix(run_matrix):
    run_matrix(RecordCase(
        model=FdiProject, api_basename="fdi-project", ui_namespace="investment:project", make=make_project,
        api_payload=lambda: {"name": "Nhà máy điện gió", "investor_name": "Gió Xanh Ltd", "investor_country": "DK",
                             "certificate_date": "2023-06-01", "registered_capital": "44700000"},
        form_data=lambda: {"name": "Nhà máy bao bì", "investor_name": "Bao bì Á Châu", "investor_country": "TW",
                           "certificate_kind": "registration", "certificate_date": "12/10/2023",
                           "registered_capital": "25.000.000", "capital_currency": "USD", "status": "active"},
        api_patch={"location": "Khu kinh tế Vũng Áng"},
    ))


def test_capital_adjustment_matrix(run_matrix, own_province):
    parent = make_project(own_province)
    run_matrix(RecordCase(
        model=FdiCapitalAdjustment, api_basename="fdi-capital-adjustment", ui_namespace="investment:adjustment",
        make=lambda province: make_adjustment(make_project(province)),
        api_payload=lambda: {"project": parent.pk, "adjusted_on": "2023-10-01", "added_capital": "1000000"},
        form_data=lambda: {"project": parent.pk, "adjusted_on": "01/11/2023", "added_capital": "2.000.000",
                           "currency": "USD"},
        api_patch={"note": "Bổ sung vốn lưu động"},
    ))


def test_implementation_matrix(run_matrix, own_province):
    parent = make_project(own_province)
    months = itertools.count(4)  # periods of one project may not overlap: each create takes the next month

    def next_month():
        index = next(months)
        start = datetime.date(2023 + index // 12, index % 12 + 1, 1)
        return start, datetime.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])

    def api_payload():
        start, end = next_month()
        return {"project": parent.pk, "period_start": start.isoformat(), "period_end": end.isoformat(),
                "amount": "1000000"}

    def form_data():
        start, end = next_month()
        return {"project": parent.pk, "period_start": start.strftime("%d/%m/%Y"),
                "period_end": end.strftime("%d/%m/%Y"), "amount": "1.000.000", "currency": "USD"}

    run_matrix(RecordCase(
        model=FdiImplementation, api_basename="fdi-implementation", ui_namespace="investment:implementation",
        make=lambda province: make_implementation(make_project(province)),
        api_payload=api_payload, form_data=form_data, api_patch={"note": "Theo báo cáo của nhà đầu tư"},
    ))


def test_promotion_event_matrix(run_matrix):
    run_matrix(RecordCase(
        model=PromotionEvent, api_basename="promotion-event", ui_namespace="investment:promotion",
        make=make_promotion,
        api_payload=lambda: {"title": "Xúc tiến đầu tư tại Nhật Bản", "location_kind": "abroad", "country": "JP",
                             "start_date": "2019-10-02"},
        form_data=lambda: {"title": "Hội nghị xúc tiến đầu tư tỉnh", "kind": "investment",
                           "location_kind": "in_province", "start_date": "15/06/2018", "agreements_signed": "3",
                           "commitments_currency": "USD"},
        api_patch={"outcomes": "Trao 5 quyết định chủ trương đầu tư"},
    ))
