"""Writes of reports: generate a draft, reword a paragraph, refresh the figures, finalise.

Every change to a report's text adds a version (the figures snapshot and the reworded
paragraphs); a finalised report is locked: no edit, no new figures, no deletion.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.geo.selectors import lineage_ids
from ngoaivu.reports.builder.collect import collect_snapshot, ensure_has_data
from ngoaivu.reports.choices import ReportStatus, VersionChange
from ngoaivu.reports.models import Report, ReportVersion
from ngoaivu.reports.selectors import report_text, report_version
from ngoaivu.reports.signing import signing_defaults

FIXED_FIELDS = ("period_start", "period_end")


def _locked_message() -> str:
    return _("Báo cáo đã hoàn thành và đã khóa: không sửa, không cập nhật số liệu, không xóa được.")


@transaction.atomic
def report_create(*, actor, data: dict, channel: str = "") -> Report:
    """A new draft, generated from the figures at once (version 1); refused for a period
    with no record and no figure (a report would be a bare skeleton).

    `unit` (optional) is the administrative unit reported on: today's province by default,
    or one of the units it succeeded ("Thừa Thiên Huế" for a 2022 report of Huế).
    """
    data = dict(data)
    unit = data.pop("unit", None)
    province = data.get("province")
    if unit is not None:
        if province is not None and unit.pk not in lineage_ids(province.pk):
            raise ValidationError({"unit": _("Đơn vị hành chính này không thuộc tỉnh, thành phố của bạn.")})
        data["province"] = province = unit
    if province is not None:  # the signer, symbol and date of the province's settings, unless given
        for name, value in signing_defaults(province).items():
            data[name] = data.get(name) or value
    report = record_create(Report, actor=actor, data=data, channel=channel)
    _add_version(report, actor=actor, change=VersionChange.GENERATED, edits={}, channel=channel)
    return report


@transaction.atomic
def report_update(report: Report, *, actor, data: dict, channel: str = "") -> Report:
    """The document's particulars (number, signer, recipients, title); the period is fixed."""
    if report.is_final:
        raise ValidationError(_locked_message())
    if data.get("unit") is not None:
        raise ValidationError({"unit": _("Không đổi được đơn vị hành chính của báo cáo đã tạo; hãy tạo báo cáo mới.")})
    data = {name: value for name, value in data.items() if name != "unit"}
    for name in FIXED_FIELDS:
        if name in data and data[name] != getattr(report, name):
            raise ValidationError({name: _("Không đổi được kỳ của báo cáo đã tạo; hãy tạo báo cáo mới.")})
    return record_update(report, actor=actor, data=data, channel=channel)


@transaction.atomic
def report_delete(report: Report, *, actor, channel: str = "") -> None:
    if report.is_final:
        raise ValidationError(_locked_message())
    record_delete(report, actor=actor, channel=channel)


@transaction.atomic
def report_regenerate(report: Report, *, actor, channel: str = "") -> ReportVersion:
    """Read the figures again; the paragraphs a person reworded stay as they are."""
    report = _draft_for_change(report, actor=actor, action=Action.CHANGE)
    edits = report_version(report).edits
    return _add_version(report, actor=actor, change=VersionChange.REGENERATED, edits=edits, channel=channel)


@transaction.atomic
def report_edit_paragraph(report: Report, *, actor, key: str, text: str, channel: str = "") -> ReportVersion:
    """Reword one paragraph. The generated wording restores it; an empty text takes it out."""
    report = _draft_for_change(report, actor=actor, action=Action.CHANGE)
    current = report_text(report)
    paragraph = current.paragraph(key)
    if paragraph is None:
        raise ValidationError({"key": _("Báo cáo không có đoạn văn này.")})
    text = "\n".join(line.strip() for line in (text or "").strip().splitlines())
    if text == paragraph.text:
        return current.version
    edits = {name: edit for name, edit in current.version.edits.items() if name != key}
    if text != paragraph.generated:
        edits[key] = {"text": text, "generated": paragraph.generated}
    return _add_version(report, actor=actor, change=VersionChange.EDITED, edits=edits,
                        snapshot=current.version.snapshot, note=paragraph.heading or paragraph.section,
                        channel=channel)


@transaction.atomic
def report_finalize(report: Report, *, actor, channel: str = "") -> Report:
    """Lock the report as its latest version says it, on its chosen issue date (today when
    none was chosen). Refused while a placeholder is left or the signer is not named."""
    report = _draft_for_change(report, actor=actor, action=Action.SUBMIT)
    errors = {}
    if not report.signer_name.strip():
        errors["signer_name"] = _("Cần ghi họ tên người ký trước khi hoàn thành báo cáo.")
    left = report_text(report).placeholders
    if left:
        errors["paragraphs"] = _(
            "Còn %(count)s đoạn chưa bổ sung nội dung: %(where)s. Hãy viết nội dung, hoặc để trống để bỏ đoạn đó "
            "khỏi báo cáo.") % {"count": len(left), "where": "; ".join(p.heading or p.section for p in left)}
    if errors:
        raise ValidationError(errors)
    return record_update(report, actor=actor, channel=channel, action=Action.SUBMIT,
                         data={"status": ReportStatus.FINAL, "issued_on": report.issued_on or timezone.localdate()})


def _draft_for_change(report: Report, *, actor, action: str) -> Report:
    """The report re-read under lock, so two versions never get the same number."""
    ensure_allowed(actor, action, report.province_id)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.is_final:
        raise ValidationError(_locked_message())
    return report


def _add_version(report: Report, *, actor, change: str, edits: dict, snapshot: dict | None = None,
                 note: str = "", channel: str = "") -> ReportVersion:
    if snapshot is None:
        snapshot = collect_snapshot(user=actor, unit=report.province, period=report.period)
        if change == VersionChange.GENERATED:
            ensure_has_data(snapshot)
    number = (report.versions.aggregate(last=Max("number"))["last"] or 0) + 1
    return record_create(ReportVersion, actor=actor, channel=channel, data={
        "province": report.province, "report": report, "number": number, "change": change, "note": note[:300],
        "snapshot": snapshot, "edits": edits, "author": actor,
    })
