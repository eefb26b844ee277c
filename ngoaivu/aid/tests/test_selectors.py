"""Figures computed from ODA and NGO-aid records, and the due and overdue lists."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from ngoaivu.aid import selectors
from ngoaivu.aid.models import NgoAid
from ngoaivu.aid.tests.factories import (
    make_implementing_ngo_aid,
    make_ngo_aid,
    make_ngo_transaction,
    make_oda,
    make_oda_transaction,
    make_partner,
)
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def viewer(users):
    return users[Role.VIEWER]


def titles(queryset) -> set[str]:
    return {row.title for row in queryset}


def test_oda_implementing_at_a_date(viewer, own_province, other_province):
    make_oda(own_province, title="Đang làm", actual_start=D(2019, 1, 1))
    make_oda(own_province, title="Đã xong 2021", stage="closed", actual_start=D(2016, 1, 1), actual_end=D(2021, 6, 30))
    make_oda(own_province, title="Xong trước", stage="closed", actual_start=D(2014, 1, 1), actual_end=D(2019, 6, 30))
    make_oda(own_province, title="Vận động", stage="mobilising", actual_start=None, proposed_on=D(2022, 1, 1))
    make_oda(other_province, title="Tỉnh khác", actual_start=D(2019, 1, 1))
    assert titles(selectors.oda_implementing_at(user=viewer, on=D(2020, 12, 31))) == {"Đang làm", "Đã xong 2021"}


def test_oda_mobilising_in_a_period(viewer, own_province):
    common = {"stage": "mobilising", "actual_start": None}
    make_oda(own_province, title="Vận động 2023", proposed_on=D(2023, 4, 1), **common)
    make_oda(own_province, title="Duyệt giữa 2023", proposed_on=D(2022, 5, 1), decided_on=D(2023, 8, 1),
             decision_number="1/QĐ-TTg", **{**common, "stage": "approved"})
    make_oda(own_province, title="Duyệt 2022", proposed_on=D(2021, 5, 1), decided_on=D(2022, 8, 1),
             decision_number="2/QĐ-TTg", **{**common, "stage": "approved"})
    make_oda(own_province, title="Vận động 2024", proposed_on=D(2024, 2, 1), **common)
    make_oda(own_province, title="Đã hủy", proposed_on=D(2023, 2, 1), **{**common, "stage": "cancelled"})
    mobilising = selectors.oda_mobilising_in_period(user=viewer, start=D(2023, 1, 1), end=D(2023, 12, 31))
    assert titles(mobilising) == {"Vận động 2023", "Duyệt giữa 2023"}


def test_oda_committed_and_disbursed_by_transaction_date_and_currency(viewer, own_province):
    project = make_oda(own_province)
    make_oda_transaction(project, transaction_type="commitment", transaction_date=D(2016, 3, 1),
                         amount=Decimal("6500000000"), currency="JPY")
    make_oda_transaction(project, transaction_date=D(2017, 5, 1), amount=Decimal("120000000000"), currency="VND")
    make_oda_transaction(project, transaction_date=D(2020, 11, 1), amount=Decimal("80000000000"), currency="VND")
    make_oda_transaction(project, transaction_date=D(2020, 12, 1), amount=Decimal("1000000"), currency="USD")
    make_oda_transaction(project, transaction_date=D(2021, 1, 5), amount=Decimal("5000000000"), currency="VND")
    make_oda_transaction(project, transaction_type="expenditure", transaction_date=D(2019, 1, 5),
                         amount=Decimal("7000000000"), currency="VND")
    period = {"start": D(2016, 1, 1), "end": D(2020, 12, 31)}
    assert selectors.oda_committed(user=viewer, **period) == {"JPY": Decimal("6500000000")}
    assert selectors.oda_disbursed(user=viewer, **period) == {"VND": Decimal("200000000000"),
                                                              "USD": Decimal("1000000")}


def test_ngo_aid_active_at_a_date(viewer, own_province):
    make_implementing_ngo_aid(own_province, title="Đang thực hiện")
    make_implementing_ngo_aid(own_province, title="Bắt đầu sau", started_on=D(2024, 1, 10))
    make_ngo_aid(own_province, title="Đang vận động")
    assert titles(selectors.ngo_aid_active_at(user=viewer, on=D(2023, 6, 30))) == {"Đang thực hiện"}


def test_ngo_new_commitments_and_disbursement(viewer, own_province):
    first, second = make_implementing_ngo_aid(own_province), make_implementing_ngo_aid(own_province)
    make_ngo_transaction(first, transaction_type="commitment", transaction_date=D(2023, 2, 1),
                         amount=Decimal("150000"))
    make_ngo_transaction(first, transaction_type="commitment", transaction_date=D(2023, 9, 1),
                         amount=Decimal("20000"))
    make_ngo_transaction(second, transaction_type="commitment", transaction_date=D(2022, 2, 1),
                         amount=Decimal("90000"))
    make_ngo_transaction(second, transaction_date=D(2023, 4, 1), amount=Decimal("45000"))
    year = {"start": D(2023, 1, 1), "end": D(2023, 12, 31)}
    commitments = selectors.ngo_new_commitments(user=viewer, **year)
    assert (commitments.count, commitments.amounts) == (1, {"USD": Decimal("170000")})
    assert selectors.ngo_disbursed(user=viewer, **year) == {"USD": Decimal("45000")}


def test_distinct_donors_active_by_kind(viewer, own_province):
    world_vision = make_partner(own_province, "Tầm nhìn Thế giới", "ngo")
    unicef = make_partner(own_province, "UNICEF", "organization")
    make_implementing_ngo_aid(own_province, ngo=world_vision)
    make_implementing_ngo_aid(own_province, ngo=world_vision)
    make_implementing_ngo_aid(own_province, ngo=unicef)
    make_ngo_aid(own_province, ngo=make_partner(own_province, "Plan", "ngo"))   # not under way
    assert selectors.ngo_donors_active_at(user=viewer, on=D(2023, 12, 8)) == {"ngo": 1, "organization": 1}


# ---------------------------------------------------------------- due and overdue


def attention(rule, today) -> dict[str, set[str]]:
    return {severity: titles(items) for _, items, severity in rule(NgoAid.objects.all(), today=today)}


def test_appraisal_is_overdue_after_20_days(own_province):
    make_ngo_aid(own_province, title="Nhận 1/3", status="appraising", appraisal_started_on=D(2024, 3, 1))
    make_ngo_aid(own_province, title="Nhận 15/3", status="appraising", appraisal_started_on=D(2024, 3, 15))
    assert attention(selectors.appraisal_attention, D(2024, 3, 21)) == {"overdue": set(), "due": {"Nhận 1/3",
                                                                                                   "Nhận 15/3"}}
    assert attention(selectors.appraisal_attention, D(2024, 3, 22)) == {"overdue": {"Nhận 1/3"}, "due": {"Nhận 15/3"}}


def test_periodic_reports_due_then_overdue(own_province):
    make_implementing_ngo_aid(own_province, title="Chưa báo cáo")
    make_implementing_ngo_aid(own_province, title="Báo cáo hết 2023", last_report_period_end=D(2023, 12, 31))
    make_implementing_ngo_aid(own_province, title="Báo cáo đủ", last_report_period_end=D(2024, 6, 30))
    make_implementing_ngo_aid(own_province, title="Mới bắt đầu", started_on=D(2024, 7, 5))
    assert attention(selectors.periodic_report_attention, D(2024, 7, 10)) == {
        "overdue": {"Chưa báo cáo"}, "due": {"Báo cáo hết 2023"}}
    assert attention(selectors.periodic_report_attention, D(2024, 8, 1)) == {
        "overdue": {"Chưa báo cáo", "Báo cáo hết 2023"}}


def test_closing_report_within_six_months(own_province):
    ended = {"status": "completed", "actual_end": D(2023, 6, 30)}
    make_implementing_ngo_aid(own_province, title="Chưa nộp", **ended)
    make_implementing_ngo_aid(own_province, title="Đã nộp", closing_report_on=D(2023, 10, 1), **ended)
    assert attention(selectors.closing_report_attention, D(2023, 12, 30)) == {"overdue": set(), "due": {"Chưa nộp"}}
    assert attention(selectors.closing_report_attention, D(2023, 12, 31)) == {"overdue": {"Chưa nộp"}, "due": set()}


def test_home_page_lists_overdue_programmes_with_their_deadline(users, client_for, own_province, other_province):
    make_ngo_aid(own_province, title="Hồ sơ tồn đọng", status="appraising", appraisal_started_on=D(2023, 3, 1))
    make_ngo_aid(other_province, title="Của tỉnh khác", status="appraising", appraisal_started_on=D(2023, 3, 1))
    body = client_for(users[Role.VIEWER]).get(reverse("ui:home")).content.decode()
    assert "Viện trợ PCPNN thẩm định quá 20 ngày" in body
    assert "Hồ sơ tồn đọng</a> <span class=\"text-muted small\">— hạn thẩm định 21/03/2023" in body
    assert "Của tỉnh khác" not in body
