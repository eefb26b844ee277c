"""Reads of reports: scoped lists, versions, and a version's text as a document."""
from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from ngoaivu.core.registry import records
from ngoaivu.core.roles import Action
from ngoaivu.reports.builder.compose import Particulars, apply_edits, compose
from ngoaivu.reports.builder.paragraphs import EditableParagraph, editable_paragraphs
from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report, ReportVersion
from ngoaivu.reports.rendering.model import ReportDocument


def report_list(*, user, action: str = Action.VIEW) -> QuerySet:
    return records(Report, user, action)


def drafts_to_finish(queryset: QuerySet) -> QuerySet:
    """Attention rule: drafts not finalised yet, the oldest period first."""
    return queryset.filter(status=ReportStatus.DRAFT).order_by("period_end")


def version_list(report: Report) -> QuerySet:
    return report.versions.select_related("author").order_by("-number")


def report_version(report: Report, number: int | None = None) -> ReportVersion | None:
    """A version by number; the latest without one."""
    versions = version_list(report)
    return versions.filter(number=number).first() if number is not None else versions.first()


def requested_version(report: Report, number: str | None) -> ReportVersion | None:
    """The version a request names ("3"), the latest when it names none; None for no such version."""
    if number is None:
        return report_version(report)
    return report_version(report, int(number)) if number.isdigit() else None


def particulars_of(report: Report) -> Particulars:
    return Particulars(number=report.number, symbol=report.symbol, title=report.title,
                       signer_authority=report.signer_authority, signer_title=report.signer_title,
                       signer_name=report.signer_name, recipients=report.recipient_list, issued_on=report.issued_on)


@dataclass(frozen=True)
class ReportText:
    """A version as a document: the generated text, the text with the edits, and its paragraphs."""

    version: ReportVersion
    generated: ReportDocument
    document: ReportDocument
    paragraphs: list[EditableParagraph]

    @property
    def placeholders(self) -> list[EditableParagraph]:
        return [paragraph for paragraph in self.paragraphs if paragraph.placeholder]

    @property
    def stale(self) -> list[EditableParagraph]:
        return [paragraph for paragraph in self.paragraphs if paragraph.stale]

    def paragraph(self, key: str) -> EditableParagraph | None:
        return next((paragraph for paragraph in self.paragraphs if paragraph.key == key), None)


def report_text(report: Report, version: ReportVersion | None = None) -> ReportText:
    """The report as a given version (the latest by default) says it, with today's particulars."""
    version = version or report_version(report)
    generated = compose(version.snapshot, particulars_of(report), kept=frozenset(version.edits))
    return ReportText(version, generated, apply_edits(generated, version.edits),
                      editable_paragraphs(generated, version.edits))
