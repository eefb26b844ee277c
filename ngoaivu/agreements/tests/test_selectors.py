from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from ngoaivu.agreements import selectors
from ngoaivu.agreements.choices import AgreementKind, AgreementStatus
from ngoaivu.agreements.models import Agreement
from ngoaivu.core.roles import Role

from .helpers import make_agreement, make_signed

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def rule_results(rule) -> dict:
    return {severity: set(items.values_list("title", flat=True))
            for _label, items, severity in rule(Agreement.objects.all())}


def test_unreported_signings_are_due_for_fifteen_days_then_overdue(own_province):
    make_signed(own_province, title="Ký 16 ngày trước", signed_on=TODAY() - timedelta(days=16))
    make_signed(own_province, title="Ký 15 ngày trước", signed_on=TODAY() - timedelta(days=15))
    make_signed(own_province, title="Ký hôm qua", signed_on=TODAY() - timedelta(days=1))
    make_signed(own_province, title="Đã báo cáo", signed_on=TODAY() - timedelta(days=30),
                reported_on=TODAY() - timedelta(days=20))
    make_signed(own_province, title="Ký trước Luật 70", signed_on=date(2021, 6, 30))
    assert rule_results(selectors.awaiting_report) == {
        "overdue": {"Ký 16 ngày trước"}, "due": {"Ký 15 ngày trước", "Ký hôm qua"}}


def test_opinions_are_overdue_after_seven_working_days(own_province):
    consulting = {"status": AgreementStatus.CONSULTING}
    make_agreement(own_province, title="Gửi 3 tuần trước", opinions_requested_on=TODAY() - timedelta(days=21),
                   **consulting)
    make_agreement(own_province, title="Gửi hôm nay", opinions_requested_on=TODAY(), **consulting)
    make_agreement(own_province, title="Rút gọn, gửi 6 ngày trước", opinions_requested_on=TODAY() - timedelta(days=6),
                   shortened_procedure=True, **consulting)
    make_agreement(own_province, title="Đã trình", opinions_requested_on=TODAY() - timedelta(days=30),
                   status=AgreementStatus.SUBMITTED)
    assert rule_results(selectors.awaiting_opinions) == {
        "overdue": {"Gửi 3 tuần trước", "Rút gọn, gửi 6 ngày trước"}, "due": {"Gửi hôm nay"}}


def test_terms_ending_soon_or_already_ended(own_province):
    make_signed(own_province, title="Hết hạn năm ngoái", term_end=TODAY() - timedelta(days=300))
    make_signed(own_province, title="Hết hạn tháng sau", term_end=TODAY() + timedelta(days=30))
    make_signed(own_province, title="Còn lâu", term_end=TODAY() + timedelta(days=400))
    make_signed(own_province, title="Đã chấm dứt", term_end=TODAY() - timedelta(days=300),
                status=AgreementStatus.TERMINATED)
    assert rule_results(selectors.term_ending) == {"overdue": {"Hết hạn năm ngoái"}, "due": {"Hết hạn tháng sau"}}


def test_signings_in_a_period_count_every_kind(own_province):
    for day, kind in [(date(2023, 1, 12), AgreementKind.COOPERATION), (date(2023, 6, 30), AgreementKind.MEMORANDUM),
                      (date(2023, 7, 1), AgreementKind.INTERNATIONAL)]:
        make_signed(own_province, signed_on=day, kind=kind)
    make_agreement(own_province)  # proposed: not signed
    first_half = selectors.agreements_signed_between(Agreement.objects.all(), date(2023, 1, 1), date(2023, 6, 30))
    assert first_half.count() == 2


def test_home_page_shows_overdue_report_with_its_deadline(users, own_province, other_province, client_for):
    signed_on = TODAY() - timedelta(days=40)
    agreement = make_signed(own_province, title="Thỏa thuận với tỉnh Bolikhamxay", signed_on=signed_on)
    make_signed(other_province, title="Thỏa thuận của tỉnh khác", signed_on=signed_on)
    body = client_for(users[Role.VIEWER]).get(reverse("ui:home")).content.decode()
    assert "Thỏa thuận quá hạn báo cáo sau ký (15 ngày)" in body
    assert reverse("agreements:agreement_detail", args=[agreement.pk]) in body
    assert f"hạn báo cáo sau ký {(signed_on + timedelta(days=15)):%d/%m/%Y}" in body
    assert "Thỏa thuận của tỉnh khác" not in body
