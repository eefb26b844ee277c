"""Reads of the reporting rounds: who is asked, where each province stands, what it sent.

National users read every round and submission; a province reads the rounds that ask it
and only its own submissions (its lineage: Tuyên Quang's users see Hà Giang's).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import restrict, scope_province_ids
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import lineage_ids
from ngoaivu.reports.models import Report
from ngoaivu.rounds.choices import BoardStatus, SubmissionState
from ngoaivu.rounds.models import ReportingRound, Submission


def round_units(reporting_round: ReportingRound) -> list[Province]:
    """The units asked to report: those chosen, else every unit in force at the period's end
    (the 63 before 1/7/2025, the 34 after)."""
    chosen = list(reporting_round.provinces.all())
    if chosen:
        return sorted(chosen, key=lambda unit: unit.name)
    day = reporting_round.period_end
    return list(Province.objects.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day),
                                        Q(valid_to__isnull=True) | Q(valid_to__gte=day)).order_by("name"))


def asked_unit_for(province: Province, units: list[Province]) -> Province | None:
    """The asked unit a report of `province` answers for: the unit itself, or the one unit of
    the period that `province` carries on (today's Hà Tĩnh reporting for Hà Tĩnh of 2023).
    None when it carries several (Tuyên Quang of today for Hà Giang and Tuyên Quang of 2023)."""
    by_id = {unit.pk: unit for unit in units}
    if province.pk in by_id:
        return by_id[province.pk]
    carried = [by_id[pk] for pk in lineage_ids(province.pk) if pk in by_id]
    return carried[0] if len(carried) == 1 else None


def round_list(*, user) -> QuerySet:
    """Rounds the user may see: all for national users; for a province, those asking one of its units."""
    if not can(user, Action.VIEW):
        return ReportingRound.objects.none()
    queryset = ReportingRound.objects.select_related("opened_by")
    scope = scope_province_ids(user)
    if scope is None:
        return queryset
    asked = [reporting_round.pk for reporting_round in queryset.prefetch_related("provinces")
             if {unit.pk for unit in round_units(reporting_round)} & scope]
    return queryset.filter(pk__in=asked)


def submission_list(*, user) -> QuerySet:
    return restrict(Submission.objects.select_related("province", "reporting_round", "submitted_by",
                                                      "returned_by", "report"), user)


def own_units(user, reporting_round: ReportingRound) -> list[Province]:
    scope = scope_province_ids(user)
    return [unit for unit in round_units(reporting_round) if scope is None or unit.pk in scope]


def days_left(reporting_round: ReportingRound, today: date | None = None) -> int:
    return (reporting_round.due_on - (today or timezone.localdate())).days


def _local_day(moment: datetime) -> date:
    return timezone.localtime(moment).date()


@dataclass(frozen=True)
class BoardRow:
    unit: Province
    status: str
    latest: Submission | None
    draft: Report | None
    days_late: int
    last_activity: datetime | None

    @property
    def status_label(self) -> str:
        return str(BoardStatus(self.status).label)

    @property
    def badge_class(self) -> str:
        return BADGE_CLASSES[self.status]


BADGE_CLASSES = {BoardStatus.NOT_STARTED: "text-bg-secondary", BoardStatus.DRAFTING: "text-bg-info",
                 BoardStatus.SUBMITTED: "text-bg-success", BoardStatus.RETURNED: "text-bg-warning",
                 BoardStatus.LATE: "text-bg-danger"}


def board(reporting_round: ReportingRound, *, user, today: date | None = None) -> list[BoardRow]:
    """Every unit asked, with where it stands. Late: past the due date with no report sent,
    or sent after it (the row then says submitted, with its days late)."""
    today = today or timezone.localdate()
    units = own_units(user, reporting_round)
    unit_ids = [unit.pk for unit in units]
    latest: dict[int, Submission] = {}
    for submission in (Submission.objects.filter(reporting_round=reporting_round, province_id__in=unit_ids)
                       .select_related("submitted_by", "returned_by").order_by("province_id", "sequence")):
        latest[submission.province_id] = submission
    drafts: dict[int, Report] = {}
    reports = restrict(Report.objects.select_related("province"), user).filter(
        period_start=reporting_round.period_start, period_end=reporting_round.period_end).order_by("updated_at")
    for report in reports:
        unit = asked_unit_for(report.province, units)
        if unit is not None:
            drafts[unit.pk] = report
    rows = []
    for unit in units:
        submission, draft = latest.get(unit.pk), drafts.get(unit.pk)
        rows.append(_row(reporting_round, unit, submission, draft, today))
    return rows


def _row(reporting_round, unit, submission, draft, today) -> BoardRow:
    due = reporting_round.due_on
    if submission is not None and submission.state == SubmissionState.SUBMITTED:
        sent_on = _local_day(submission.submitted_at)
        return BoardRow(unit, BoardStatus.SUBMITTED, submission, draft, max(0, (sent_on - due).days),
                        submission.submitted_at)
    days_late = max(0, (today - due).days)
    if submission is not None:  # returned, waiting for the corrected report
        return BoardRow(unit, BoardStatus.RETURNED, submission, draft, days_late, submission.returned_at)
    last = draft.updated_at if draft is not None else None
    if days_late:
        return BoardRow(unit, BoardStatus.LATE, None, draft, days_late, last)
    return BoardRow(unit, BoardStatus.DRAFTING if draft is not None else BoardStatus.NOT_STARTED, None, draft, 0,
                    last)


def board_counts(rows: list[BoardRow]) -> dict[str, int]:
    counts = {status: 0 for status in BoardStatus.values}
    for row in rows:
        counts[row.status] += 1
    return counts


def open_rounds_for(user, today: date | None = None) -> list[tuple[ReportingRound, int, BoardRow]]:
    """A province's open rounds with days left and its own row: for its home page and calendar."""
    if user.province_id is None:
        return []
    result = []
    for reporting_round in round_list(user=user).filter(status="open").order_by("due_on"):
        for row in board(reporting_round, user=user, today=today):
            result.append((reporting_round, days_left(reporting_round, today), row))
    return result


def home_notices(user, today: date | None = None) -> list:
    """A province's open rounds it has not yet answered, with days left, for its home page."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from ngoaivu.core.registry import HomeNotice

    notices = []
    for reporting_round, left, row in open_rounds_for(user, today):
        if row.status == BoardStatus.SUBMITTED:
            continue
        note = (_("còn %(days)d ngày") % {"days": left} if left >= 0
                else _("đã quá hạn %(days)d ngày") % {"days": -left})
        notices.append(HomeNotice(
            _("Báo cáo gửi Bộ Ngoại giao"),
            _("%(unit)s: %(title)s — hạn %(due)s") % {"unit": row.unit.name, "title": reporting_round.title,
                                                      "due": reporting_round.due_on.strftime("%d/%m/%Y")},
            reverse("rounds:round_detail", args=[reporting_round.pk]), f"{row.status_label}, {note}",
            "overdue" if left < 0 else "due"))
    return notices
