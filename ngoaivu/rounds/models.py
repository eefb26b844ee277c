"""The Ministry's reporting rounds and the provinces' submissions to them.

A round asks provinces for their report of one period by a due date. A submission is a
province's locked report version frozen as it was sent: the document's bytes and the
figures behind it. Submissions never change; a correction is a new submission with a
reason, and the Ministry may return one with comments.
"""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.indicators.periods import Period
from ngoaivu.rounds.choices import RoundStatus, SubmissionState


class ReportingRound(models.Model):
    """A call of the Ministry for the provinces' reports of one period (đợt báo cáo)."""

    title = models.CharField(_("tên đợt báo cáo"), max_length=200)
    period_start = models.DateField(_("kỳ báo cáo từ ngày"))
    period_end = models.DateField(_("kỳ báo cáo đến ngày"))
    due_on = models.DateField(_("hạn gửi báo cáo"))
    indicator_codes = models.JSONField(_("chỉ tiêu yêu cầu"), default=list, blank=True,
                                       help_text=_("Để trống để dùng các chỉ tiêu của báo cáo tổng hợp toàn quốc."))
    provinces = models.ManyToManyField("geo.Province", verbose_name=_("tỉnh, thành phố được yêu cầu"), blank=True,
                                       related_name="+",
                                       help_text=_("Để trống để yêu cầu mọi tỉnh, thành phố của kỳ báo cáo."))
    instructions = models.TextField(_("hướng dẫn, đề cương"), blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=RoundStatus.choices,
                              default=RoundStatus.OPEN, editable=False)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người mở"), null=True,
                                  on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    closed_at = models.DateTimeField(_("ngày đóng"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("đợt báo cáo")
        verbose_name_plural = _("đợt báo cáo")
        ordering = ["-due_on", "-pk"]

    def __str__(self):
        return self.title

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def is_open(self) -> bool:
        return self.status == RoundStatus.OPEN

    def clean(self):
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Ngày cuối kỳ báo cáo phải sau ngày đầu kỳ.")
        # Annual reports are due before the year ends (December's figures estimated), so the
        # due date may precede the period's end, but not its start.
        if self.period_start and self.due_on and self.due_on < self.period_start:
            errors["due_on"] = _("Hạn gửi báo cáo không thể trước ngày đầu kỳ báo cáo.")
        if errors:
            raise ValidationError(errors)


class Submission(ProvinceRecord):
    """One report a province unit sent to a round, frozen as it was sent."""

    reporting_round = models.ForeignKey(ReportingRound, verbose_name=_("đợt báo cáo"), on_delete=models.PROTECT,
                                        related_name="submissions")
    report = models.ForeignKey("reports.Report", verbose_name=_("báo cáo"), on_delete=models.PROTECT,
                               related_name="submissions")
    report_version = models.ForeignKey("reports.ReportVersion", verbose_name=_("phiên bản báo cáo"),
                                       on_delete=models.PROTECT, related_name="+")
    sequence = models.PositiveSmallIntegerField(_("lần gửi"))
    reason = models.TextField(_("lý do gửi lại"), blank=True)
    submitted_at = models.DateTimeField(_("thời điểm gửi"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người gửi"), null=True,
                                     on_delete=models.SET_NULL, related_name="+")
    snapshot = models.JSONField(_("số liệu đã gửi"), encoder=DjangoJSONEncoder)
    document = models.BinaryField(_("văn bản DOCX đã gửi"))
    document_sha256 = models.CharField(_("mã kiểm tra văn bản"), max_length=64)
    state = models.CharField(_("tình trạng"), max_length=10, choices=SubmissionState.choices,
                             default=SubmissionState.SUBMITTED)
    returned_at = models.DateTimeField(_("thời điểm trả lại"), null=True, blank=True)
    returned_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người trả lại"), null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="+")
    return_comment = models.TextField(_("ý kiến của Bộ"), blank=True)

    # The frozen figures and document are bulky and never change: the change log keeps the rest.
    audit_exclude_fields = ("snapshot", "document")

    class Meta:
        verbose_name = _("báo cáo đã gửi Bộ")
        verbose_name_plural = _("báo cáo đã gửi Bộ")
        ordering = ["reporting_round", "province", "-sequence"]
        constraints = [models.UniqueConstraint(fields=["reporting_round", "province", "sequence"],
                                               name="submission_unique_sequence")]

    def __str__(self):
        return f"{self.reporting_round} — {self.province.name} — {_('lần')} {self.sequence}"

    @property
    def is_returned(self) -> bool:
        return self.state == SubmissionState.RETURNED
