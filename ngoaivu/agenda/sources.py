"""Where the calendar's entries come from: the deadlines each domain app defines
(its deadlines.py and model properties), read through the user's scope.

Each source takes (user, first, last, today) and returns the Events on days in
[first, last]. A source whose app is not installed returns nothing.
"""
from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.agenda.events import Event, deadline_state
from ngoaivu.core.scoping import restrict
from ngoaivu.core.vnformat import format_date

PAD = datetime.timedelta(days=400)  # how far a record's own date may lie from its deadline


def _in(day, first, last) -> bool:
    return day is not None and first <= day <= last


def _uid(obj, what: str) -> str:
    return f"{obj._meta.label_lower}-{obj.pk}-{what}@ngoaivu"


def _url(name: str, obj) -> str:
    return reverse(name, args=[obj.pk])


def delegations(user, first, last, today) -> list[Event]:
    from ngoaivu.delegations.choices import DelegationStatus as S
    from ngoaivu.delegations.choices import Direction
    from ngoaivu.delegations.deadlines import report_days
    from ngoaivu.delegations.models import AWAITING_REPORT_STATUSES, Delegation

    rows = restrict(Delegation.objects.select_related("province"), user).exclude(
        status__in=(S.REJECTED, S.CANCELLED)).filter(start_date__lte=last, end_date__gte=first - PAD)
    days: dict[int, int] = {}
    events = []
    for row in rows:
        url = _url("delegations:delegation_detail", row)
        if _in(row.start_date, first, last):
            events.append(Event(row.start_date, "delegation", f"{row.get_direction_display()}: {row.name}", "event",
                                row.province.name, url, _uid(row, "start"),
                                _("%(start)s – %(end)s, %(status)s") % {
                                    "start": format_date(row.start_date), "end": format_date(row.end_date),
                                    "status": row.get_status_display()}))
        if row.direction == Direction.OUTBOUND and row.status in (*AWAITING_REPORT_STATUSES, S.REPORTED):
            if row.province_id not in days:
                days[row.province_id] = report_days(row.province_id)
            due = row.return_date + datetime.timedelta(days=days[row.province_id])
            if _in(due, first, last):
                events.append(Event(due, "result_report", _("Báo cáo kết quả đoàn: %(name)s") % {"name": row.name},
                                    deadline_state(due, row.status == S.REPORTED, today), row.province.name, url,
                                    _uid(row, "report")))
    return events


def conferences(user, first, last, today) -> list[Event]:
    from ngoaivu.conferences import deadlines
    from ngoaivu.conferences.choices import ConferenceStatus as S
    from ngoaivu.conferences.choices import ProvinceRole
    from ngoaivu.conferences.models import Conference

    rows = restrict(Conference.objects.select_related("province"), user).exclude(
        status__in=(S.REJECTED, S.CANCELLED)).filter(start_date__lte=last + PAD, end_date__gte=first - PAD)
    events = []
    for row in rows:
        url = _url("conferences:conference_detail", row)
        if _in(row.start_date, first, last):
            events.append(Event(row.start_date, "conference", row.title, "event", row.province.name, url,
                                _uid(row, "start"), row.get_status_display()))
        if row.province_role == ProvinceRole.PARTICIPANT:
            continue
        filing = deadlines.dossier_due_on(row.start_date, row.needs_prime_minister)
        if _in(filing, first, last):
            filed = bool(row.dossier_filed_on) or row.status != S.DRAFT
            events.append(Event(filing, "filing", _("Nộp hồ sơ xin phép tổ chức: %(title)s") % {"title": row.title},
                                deadline_state(filing, filed, today), row.province.name, url, _uid(row, "filing")))
        if row.status in (S.APPROVED, S.HELD, S.REPORTED):
            due = deadlines.report_due_on(row.end_date)
            if _in(due, first, last):
                events.append(Event(due, "result_report", _("Báo cáo kết quả hội nghị: %(title)s") % {
                    "title": row.title}, deadline_state(due, row.status == S.REPORTED, today), row.province.name,
                    url, _uid(row, "report")))
    return events


def agreements(user, first, last, today) -> list[Event]:
    from django.db.models import Q

    from ngoaivu.agreements import deadlines
    from ngoaivu.agreements.choices import AgreementStatus as S
    from ngoaivu.agreements.models import Agreement, AgreementReview

    live = (S.SIGNED, S.IN_FORCE, S.AMENDING)
    rows = list(restrict(Agreement.objects.select_related("province"), user).filter(
        Q(signed_on__range=(first - PAD, last)) | Q(term_end__range=(first, last))
        | Q(status__in=live, signed_on__lte=last)))
    reviewed = set(AgreementReview.objects.filter(agreement__in=[row.pk for row in rows]).values_list(
        "agreement_id", "year"))
    events = []
    for row in rows:
        url = _url("agreements:agreement_detail", row)
        due = deadlines.report_due_on(row.signed_on) if row.signed_on else None
        if _in(due, first, last):
            events.append(Event(due, "agreement_report", _("Báo cáo sau ký: %(title)s") % {"title": row.title},
                                deadline_state(due, bool(row.reported_on), today), row.province.name, url,
                                _uid(row, "report")))
        if _in(row.term_end, first, last):
            events.append(Event(row.term_end, "agreement_expiry", _("Hết hiệu lực: %(title)s") % {"title": row.title},
                                "event", row.province.name, url, _uid(row, "expiry")))
        if row.status in live and row.signed_on:
            # The yearly review goes with the 15/11 report on agreements (Law 70/2020, Art. 46).
            for year in range(max(first.year, row.signed_on.year), last.year + 1):
                day = datetime.date(year, 11, 15)
                if _in(day, first, last) and day > row.signed_on and (row.term_end is None or row.term_end >= day):
                    events.append(Event(day, "agreement_review", _("Đánh giá thực hiện năm %(year)d: %(title)s") % {
                        "year": year, "title": row.title}, deadline_state(day, (row.pk, year) in reviewed, today),
                        row.province.name, url, _uid(row, f"review-{year}")))
    return events


def ngo_aid(user, first, last, today) -> list[Event]:
    from ngoaivu.aid import deadlines
    from ngoaivu.aid.choices import NgoAidStatus as S
    from ngoaivu.aid.models import NgoAid

    rows = restrict(NgoAid.objects.select_related("province"), user).filter(
        status__in=(S.APPRAISING, S.IMPLEMENTING, S.COMPLETED))
    events = []
    for row in rows:
        url, entry = _url("aid:ngo_aid_detail", row), None
        if row.status == S.APPRAISING and row.appraisal_started_on:
            day = deadlines.appraisal_deadline(row.appraisal_started_on)
            entry = (day, _("Thẩm định hồ sơ viện trợ: %(title)s"), False, "appraisal")
        elif row.status == S.IMPLEMENTING and row.actual_start:
            period_end = deadlines.first_unreported_period(row.last_report_period_end, row.actual_start)
            day = deadlines.report_deadline(period_end)
            entry = (day, _("Báo cáo định kỳ viện trợ (kỳ đến %(end)s): %%(title)s") % {
                "end": format_date(period_end)}, False, f"report-{period_end:%Y%m%d}")
        elif row.status == S.COMPLETED and row.actual_end:
            day = deadlines.closing_report_deadline(row.actual_end)
            entry = (day, _("Báo cáo kết thúc viện trợ: %(title)s"), bool(row.closing_report_on), "closing")
        if entry and _in(entry[0], first, last):
            day, title, done, what = entry
            events.append(Event(day, "aid", title % {"title": row.title}, deadline_state(day, done, today),
                                row.province.name, url, _uid(row, what)))
    return events


def annual_reports(user, first, last, today) -> list[Event]:
    """The two fixed yearly dates every province meets."""
    province = user.province.name if getattr(user, "province", None) else _("Tất cả tỉnh, thành phố")
    fixed = [
        ((11, 15), _("Báo cáo tình hình ký kết, thực hiện thỏa thuận quốc tế năm %(year)d "
                     "(Luật 70/2020/QH14, Điều 46)")),
        ((12, 18), _("Báo cáo công tác đối ngoại và hội nghị, hội thảo quốc tế năm %(year)d gửi Bộ Ngoại giao "
                     "(QĐ 06/2020/QĐ-TTg, Điều 8)")),
    ]
    events = []
    for year in range(first.year, last.year + 1):
        for (month, day_number), title in fixed:
            day = datetime.date(year, month, day_number)
            if _in(day, first, last):
                events.append(Event(day, "annual", title % {"year": year}, "due" if day >= today else "past",
                                    province, "", f"annual-{year}-{month:02d}{day_number:02d}@ngoaivu"))
    return events


def reporting_rounds(user, first, last, today) -> list[Event]:
    """The Ministry's rounds due in the span: a province sees its own units' state (done once
    sent), the Ministry one entry per round with how many have sent."""
    from ngoaivu.rounds.choices import BoardStatus
    from ngoaivu.rounds.selectors import board, round_list

    events = []
    for reporting_round in round_list(user=user).filter(due_on__range=(first, last)):
        url = _url("rounds:round_detail", reporting_round)
        rows = board(reporting_round, user=user, today=today)
        title = _("Hạn gửi Bộ Ngoại giao: %(title)s") % {"title": reporting_round.title}
        if user.province_id is None:
            sent = sum(row.status == BoardStatus.SUBMITTED for row in rows)
            events.append(Event(reporting_round.due_on, "round", title,
                                deadline_state(reporting_round.due_on, sent == len(rows), today),
                                _("Tất cả tỉnh, thành phố"), url, _uid(reporting_round, "due"),
                                _("%(sent)d/%(asked)d tỉnh, thành phố đã gửi") % {"sent": sent, "asked": len(rows)}))
            continue
        for row in rows:
            events.append(Event(reporting_round.due_on, "round", title,
                                deadline_state(reporting_round.due_on, row.status == BoardStatus.SUBMITTED, today),
                                row.unit.name, url, _uid(reporting_round, f"due-{row.unit.key}"),
                                str(row.status_label)))
    return events


SOURCES = (delegations, conferences, agreements, ngo_aid, annual_reports, reporting_rounds)
