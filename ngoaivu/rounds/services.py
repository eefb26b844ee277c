"""Writes of the reporting rounds: open and close a round (the Ministry), submit a locked
report to it (a province's approver), return a submission with comments (the Ministry).

A submission is frozen when it is made: the DOCX as rendered then and the figures
snapshot of the version sent. Nothing here changes a submission's content afterwards.
"""
from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Action, can
from ngoaivu.core.services import ensure_allowed, record_create, record_update
from ngoaivu.reports.exports import export_file
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text, report_version
from ngoaivu.rounds.choices import RoundStatus, SubmissionState
from ngoaivu.rounds.models import ReportingRound, Submission
from ngoaivu.rounds.selectors import asked_unit_for, round_units


def _ensure_round_manager(actor) -> None:
    if not can(actor, Action.MANAGE_ROUNDS):
        raise ScopeDenied(_("Chỉ quản trị cấp Trung ương (Bộ Ngoại giao) mở, đóng đợt báo cáo và trả lại báo cáo."))


def _save_round(actor, reporting_round: ReportingRound, provinces, *, action: str, before: dict | None,
                channel: str) -> ReportingRound:
    reporting_round.full_clean()
    reporting_round.save()
    if provinces is not None:
        reporting_round.provinces.set(provinces)
    change_record(actor=actor, action=action, instance=reporting_round, before=before,
                  after=snapshot(reporting_round), channel=channel)
    return reporting_round


@transaction.atomic
def round_open(*, actor, data: dict, channel: str = "") -> ReportingRound:
    _ensure_round_manager(actor)
    data = dict(data)
    provinces = data.pop("provinces", None) or []
    reporting_round = ReportingRound(opened_by=actor, status=RoundStatus.OPEN, **data)
    return _save_round(actor, reporting_round, provinces, action=ChangeAction.CREATE, before=None, channel=channel)


@transaction.atomic
def round_update(reporting_round: ReportingRound, *, actor, data: dict, channel: str = "") -> ReportingRound:
    """Change the due date, title, instructions or the provinces asked; the period is fixed
    once a province has submitted (its report answers that period)."""
    _ensure_round_manager(actor)
    reporting_round = ReportingRound.objects.select_for_update().get(pk=reporting_round.pk)
    if not reporting_round.is_open:
        raise ValidationError(_("Đợt báo cáo đã đóng: không sửa được."))
    before = snapshot(reporting_round)
    data = dict(data)
    provinces = data.pop("provinces", None)
    if reporting_round.submissions.exists():
        for name in ("period_start", "period_end"):
            if name in data and data[name] != getattr(reporting_round, name):
                raise ValidationError({name: _("Đã có tỉnh gửi báo cáo: không đổi được kỳ báo cáo của đợt.")})
    for name, value in data.items():
        setattr(reporting_round, name, value)
    return _save_round(actor, reporting_round, provinces, action=ChangeAction.UPDATE, before=before,
                       channel=channel)


@transaction.atomic
def round_close(reporting_round: ReportingRound, *, actor, channel: str = "") -> ReportingRound:
    _ensure_round_manager(actor)
    reporting_round = ReportingRound.objects.select_for_update().get(pk=reporting_round.pk)
    if not reporting_round.is_open:
        raise ValidationError(_("Đợt báo cáo này đã đóng."))
    before = snapshot(reporting_round)
    reporting_round.status = RoundStatus.CLOSED
    reporting_round.closed_at = timezone.now()
    return _save_round(actor, reporting_round, None, action=ChangeAction.UPDATE, before=before, channel=channel)


@transaction.atomic
def round_reopen(reporting_round: ReportingRound, *, actor, channel: str = "") -> ReportingRound:
    _ensure_round_manager(actor)
    reporting_round = ReportingRound.objects.select_for_update().get(pk=reporting_round.pk)
    if reporting_round.is_open:
        raise ValidationError(_("Đợt báo cáo này đang mở."))
    before = snapshot(reporting_round)
    reporting_round.status, reporting_round.closed_at = RoundStatus.OPEN, None
    return _save_round(actor, reporting_round, None, action=ChangeAction.UPDATE, before=before, channel=channel)


@transaction.atomic
def submission_create(*, actor, reporting_round: ReportingRound, report: Report, reason: str = "",
                      channel: str = "") -> Submission:
    """Send the report's latest, locked version to the round; frozen from now on."""
    ensure_allowed(actor, Action.APPROVE, report.province_id)
    reporting_round = ReportingRound.objects.select_for_update().get(pk=reporting_round.pk)
    errors = {}
    if not reporting_round.is_open:
        errors["reporting_round"] = _("Đợt báo cáo đã đóng: không gửi được báo cáo.")
    if not report.is_final:
        errors["report"] = _("Chỉ gửi được báo cáo đã hoàn thành (đã khóa). Hãy hoàn thành báo cáo trước.")
    elif (report.period_start, report.period_end) != (reporting_round.period_start, reporting_round.period_end):
        errors["report"] = _("Kỳ của báo cáo (%(report)s) khác kỳ của đợt báo cáo (%(round)s).") % {
            "report": report.period.label, "round": reporting_round.period.label}
    unit = asked_unit_for(report.province, round_units(reporting_round))
    if unit is None:
        errors["report"] = _("Đợt báo cáo này không yêu cầu %(unit)s gửi báo cáo riêng; hãy lập báo cáo cho đơn vị "
                             "hành chính của kỳ báo cáo.") % {"unit": report.province.name}
    if errors:
        raise ValidationError(errors)
    previous = (Submission.objects.filter(reporting_round=reporting_round, province=unit)
                .order_by("-sequence").first())
    reason = (reason or "").strip()
    if previous is not None and previous.state == SubmissionState.SUBMITTED and not reason:
        raise ValidationError({"reason": _("Báo cáo đã được gửi: hãy ghi lý do gửi lại bản điều chỉnh.")})
    version = report_version(report)
    content, _export = export_file(report_text(report, version).document, "docx")
    sequence = (previous.sequence if previous else 0) + 1
    return record_create(Submission, actor=actor, channel=channel, action=Action.APPROVE, data={
        "province": unit, "reporting_round": reporting_round, "report": report,
        "report_version": version, "sequence": sequence, "reason": reason, "submitted_at": timezone.now(),
        "submitted_by": actor, "snapshot": version.snapshot, "document": content,
        "document_sha256": hashlib.sha256(content).hexdigest(), "state": SubmissionState.SUBMITTED,
    })


@transaction.atomic
def submission_return(submission: Submission, *, actor, comment: str, channel: str = "") -> Submission:
    """The Ministry sends a submission back with its comments; the province resubmits."""
    _ensure_round_manager(actor)
    submission = Submission.objects.select_for_update().select_related("reporting_round").get(pk=submission.pk)
    if not submission.reporting_round.is_open:  # a closed round takes no corrected report
        raise ValidationError(_("Đợt báo cáo đã đóng: không trả lại được báo cáo; hãy mở lại đợt trước."))
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": _("Hãy ghi ý kiến để tỉnh biết cần điều chỉnh gì.")})
    if submission.state == SubmissionState.RETURNED:
        raise ValidationError(_("Báo cáo này đã được trả lại."))
    latest = (Submission.objects.filter(reporting_round=submission.reporting_round_id, province=submission.province_id)
              .order_by("-sequence").first())
    if latest.pk != submission.pk:
        raise ValidationError(_("Chỉ trả lại được lần gửi mới nhất của tỉnh."))
    return record_update(submission, actor=actor, channel=channel, action=Action.MANAGE_ROUNDS, data={
        "state": SubmissionState.RETURNED, "returned_at": timezone.now(), "returned_by": actor,
        "return_comment": comment})
