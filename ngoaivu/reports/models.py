from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.outline import default_title
from ngoaivu.reports.choices import ReportStatus, VersionChange


class Report(ProvinceRecord):
    """A foreign-affairs work report of one province unit for one period (báo cáo công tác đối ngoại).

    Its text lives in versions (ReportVersion): the figures read when it was generated and
    the paragraphs a person reworded. Here are the document's particulars (number, signer,
    recipients) and its state: a draft until it is finalised, then locked.
    """

    period_start = models.DateField(_("kỳ báo cáo từ ngày"))
    period_end = models.DateField(_("kỳ báo cáo đến ngày"))
    title = models.CharField(_("trích yếu"), max_length=300, blank=True,
                             help_text=_("Để trống để dùng tên theo kỳ báo cáo."))
    status = models.CharField(_("trạng thái"), max_length=10, choices=ReportStatus.choices,
                              default=ReportStatus.DRAFT, editable=False)
    number = models.CharField(_("số văn bản"), max_length=20, blank=True,
                              help_text=_("Phần số trước ký hiệu, ví dụ 125 trong 125/BC-SNgV; để trống khi chưa cấp số."))
    symbol = models.CharField(_("ký hiệu"), max_length=40, blank=True,
                              help_text=_("Phần sau số, ví dụ BC-SNgV; để trống để dùng ký hiệu theo cơ quan ban hành."))
    signer_authority = models.CharField(_("thẩm quyền ký"), max_length=60, blank=True,
                                        help_text=_("Ví dụ: KT. GIÁM ĐỐC khi cấp phó ký thay."))
    signer_title = models.CharField(_("chức vụ người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("họ tên người ký"), max_length=100, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận."))
    # Chosen by the person who issues the report: today for a new draft, then kept as it
    # is (regenerating the figures does not move it; finalising keeps it).
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True,
                                 help_text=_("Ngày ghi trên báo cáo (địa danh, ngày … tháng … năm …)."))

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo công tác đối ngoại")
        ordering = ["-period_end", "-created_at"]
        indexes = [models.Index(fields=["province", "period_end"], name="report_province_period_idx")]

    def __str__(self):
        return f"{self.display_title} — {self.province.name}"

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        if self.period_start and self.period_end and self.period_start <= self.period_end:
            return default_title(self.period)
        return str(_("Báo cáo công tác đối ngoại"))

    @property
    def is_final(self) -> bool:
        return self.status == ReportStatus.FINAL

    @property
    def recipient_list(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.recipients.splitlines() if line.strip())

    @property
    def attention_note(self) -> str:
        return self.period.label

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Ngày cuối kỳ báo cáo phải sau ngày đầu kỳ.")})


class ReportVersion(ProvinceRecord):
    """One state of a report's text: the figures snapshot it was written from and the
    paragraphs reworded by hand. Versions are never changed; each edit or regeneration
    adds one, so any version renders again exactly as it was."""

    report = models.ForeignKey(Report, verbose_name=_("báo cáo"), on_delete=models.PROTECT, related_name="versions")
    # Part of its report's history: goes and comes back with it, never a reason to refuse deleting it.
    parent_field = "report"
    number = models.PositiveIntegerField(_("phiên bản"))
    change = models.CharField(_("thay đổi"), max_length=12, choices=VersionChange.choices)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    snapshot = models.JSONField(_("số liệu dùng cho báo cáo"), encoder=DjangoJSONEncoder)
    edits = models.JSONField(_("đoạn văn đã sửa"), default=dict, blank=True, encoder=DjangoJSONEncoder)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")

    # The figures snapshot is bulky and never edited: the change log keeps the edits only.
    audit_exclude_fields = ("snapshot",)

    class Meta:
        verbose_name = _("phiên bản báo cáo")
        verbose_name_plural = _("phiên bản báo cáo")
        ordering = ["report", "-number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="report_version_unique_number")]

    def __str__(self):
        return f"{self.report} — {_('phiên bản')} {self.number}"
