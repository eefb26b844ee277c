"""A province sees the Ministry's rounds in its calendar with its own state; reminders follow."""
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command

from ngoaivu.agenda.selectors import calendar_events
from ngoaivu.rounds import services

pytestmark = pytest.mark.django_db


def test_the_round_is_in_the_provinces_and_the_ministrys_calendar(open_round, final_report, approver_of,
                                                                   units_2023, national_admin, make_user):
    reporting_round = open_round(due=date(2024, 1, 15))
    services.submission_create(actor=approver_of(units_2023["Hà Tĩnh"]), reporting_round=reporting_round,
                               report=final_report(units_2023["Hà Tĩnh"]))
    span = {"first": date(2024, 1, 1), "last": date(2024, 1, 31), "today": date(2024, 1, 20)}
    hatinh = make_user(province=approver_of(units_2023["Hà Tĩnh"]).province)
    [own] = [event for event in calendar_events(user=hatinh, **span) if event.kind == "round"]
    assert (own.day, own.state, own.province) == (date(2024, 1, 15), "done", "Hà Tĩnh")
    thanhhoa = make_user(province=approver_of(units_2023["Thanh Hóa"]).province)
    [late] = [event for event in calendar_events(user=thanhhoa, **span) if event.kind == "round"]
    assert (late.state, late.province) == ("overdue", "Thanh Hóa")
    [ministry] = [event for event in calendar_events(user=national_admin, **span) if event.kind == "round"]
    assert ministry.state == "overdue" and "1/3" in ministry.note


def test_a_province_that_has_not_sent_is_reminded(open_round, units_2023, approver_of, make_user):
    from django.utils import timezone

    today = timezone.localdate()
    open_round(due=today, period_start=date(today.year, 1, 1), period_end=date(today.year, 12, 31))
    province = approver_of(units_2023["Thanh Hóa"]).province
    make_user(province=province, email="chuyenvien@thanhhoa.example")  # the specialist who prepares the report
    call_command("send_reminders")
    assert any("Hạn gửi Bộ Ngoại giao" in message.body for message in mail.outbox)


def test_the_home_page_shows_the_open_round_with_days_left(open_round, units_2023, approver_of, make_user,
                                                           client_for, final_report):
    from django.utils import timezone

    today = timezone.localdate()
    reporting_round = open_round(due=today, period_start=date(today.year, 1, 1), period_end=date(today.year, 12, 31))
    specialist = make_user(province=approver_of(units_2023["Thanh Hóa"]).province)
    body = client_for(specialist).get("/").content.decode()
    assert f"/dot-bao-cao/{reporting_round.pk}/" in body and "còn 0 ngày" in body and "Chưa bắt đầu" in body
