from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.choices import ActivityStatus, CaseKind, CaseStatus, LabourScheme, OverseasActivityKind
from ngoaivu.consular.workflow import NEEDS_OUTCOME, WORKFLOW
from ngoaivu.core.choices import Currency
from ngoaivu.core.models import ProvinceRecord, deleted_rows_index
from ngoaivu.core.vnformat import format_date, format_money, format_number, format_period
from ngoaivu.core.workflow.models import StepRecord, WorkflowRecord
from ngoaivu.geo.selectors import lineage_ids
from ngoaivu.partners.models import Partner

NOT_IN_FUTURE = _("Ngày này không được sau ngày hôm nay.")
RECEIVED_AFTER_STEPS = _("Ngày tiếp nhận không được sau các bước xử lý đã ghi.")


class CitizenCase(WorkflowRecord, ProvinceRecord):
    """A request to protect a citizen of the province abroad (bảo hộ công dân).

    The status, the dates of its steps and the outcome move only through the steps of
    consular.workflow, each written to the case's history.
    """

    workflow = WORKFLOW

    person_name = models.CharField(_("họ tên công dân"), max_length=150)
    identity_document = models.CharField(_("số CCCD hoặc hộ chiếu"), max_length=30, blank=True)
    country = models.ForeignKey("geo.Country", verbose_name=_("nước xảy ra vụ việc"), on_delete=models.PROTECT,
                                related_name="+")
    kind = models.CharField(_("loại vụ việc"), max_length=20, choices=CaseKind.choices)
    requester = models.CharField(_("người đề nghị"), max_length=200, blank=True,
                                 help_text=_("Thân nhân hoặc người gửi đơn đề nghị giúp đỡ, và quan hệ với công dân."))
    summary = models.TextField(_("tóm tắt vụ việc"), blank=True)
    opened_on = models.DateField(_("ngày tiếp nhận"))
    forwarded_to_consular_dept_on = models.DateField(_("ngày chuyển Cục Lãnh sự"), null=True, blank=True,
                                                     editable=False)
    closed_on = models.DateField(_("ngày đóng vụ việc"), null=True, blank=True, editable=False)
    status = models.CharField(_("trạng thái"), max_length=10, choices=CaseStatus.choices,
                              default=CaseStatus.RECEIVED, editable=False)
    outcome = models.TextField(_("kết quả xử lý"), blank=True, editable=False)

    class Meta:
        verbose_name = _("vụ việc bảo hộ công dân")
        verbose_name_plural = _("vụ việc bảo hộ công dân")
        ordering = ["-opened_on", "-pk"]
        indexes = [models.Index(fields=["province", "status"], name="consular_case_status_idx"),
                   deleted_rows_index("citizen_case_deleted_idx")]

    def __str__(self):
        return f"{self.person_name} – {self.get_kind_display()} ({self.country})"

    @property
    def days_open(self) -> int:
        return ((self.closed_on or timezone.localdate()) - self.opened_on).days

    @property
    def attention_note(self) -> str:
        return _("%(days)s ngày, %(status)s") % {"days": self.days_open, "status": self.get_status_display().lower()}

    def clean(self):
        errors = {}
        if self.opened_on and self.opened_on > timezone.localdate():
            errors["opened_on"] = NOT_IN_FUTURE
        # The workflow dates these steps no earlier than the previous one, so only an
        # edited reception date can come after them.
        steps = [day for day in (self.forwarded_to_consular_dept_on, self.closed_on) if day]
        if self.opened_on and steps and min(steps) < self.opened_on:
            errors["opened_on"] = RECEIVED_AFTER_STEPS
        if self.status in NEEDS_OUTCOME and not self.outcome.strip():
            errors["outcome"] = _("Cần ghi kết quả xử lý trước khi trả lời công dân hoặc đóng vụ việc.")
        if errors:
            raise ValidationError(errors)


class CitizenCaseStatusChange(StepRecord):
    case = models.ForeignKey(CitizenCase, verbose_name=_("vụ việc"), on_delete=models.PROTECT,
                             related_name="status_changes")
    parent_field = "case"

    class Meta(StepRecord.Meta):
        verbose_name = _("bước xử lý vụ việc bảo hộ công dân")
        verbose_name_plural = _("các bước xử lý vụ việc bảo hộ công dân")


class OverseasActivity(ProvinceRecord):
    """Work with Vietnamese people abroad (kiều bào): meetings, summer camps, associations, gifts."""

    title = models.CharField(_("tên hoạt động"), max_length=255)
    kind = models.CharField(_("loại hoạt động"), max_length=20, choices=OverseasActivityKind.choices)
    status = models.CharField(_("tình trạng"), max_length=10, choices=ActivityStatus.choices,
                              default=ActivityStatus.PLANNED)
    held_on = models.DateField(_("ngày tổ chức"), help_text=_("Ngày dự kiến, khi hoạt động chưa diễn ra."))
    country = models.ForeignKey("geo.Country", verbose_name=_("quốc gia"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+",
                                help_text=_("Nước kiều bào sinh sống; để trống khi kiều bào từ nhiều nước."))
    association_name = models.CharField(_("hội đoàn"), max_length=200, blank=True)
    location = models.CharField(_("địa điểm"), max_length=200, blank=True)
    coordinator = models.CharField(_("cơ quan phối hợp"), max_length=200, blank=True)
    participants_count = models.PositiveIntegerField(_("số người tham dự"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("hoạt động với người Việt Nam ở nước ngoài")
        verbose_name_plural = _("hoạt động với người Việt Nam ở nước ngoài")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return self.title

    @property
    def attention_note(self) -> str:
        return _("dự kiến ngày %(date)s") % {"date": format_date(self.held_on)}

    def clean(self):
        if self.status == ActivityStatus.HELD and self.held_on and self.held_on > timezone.localdate():
            raise ValidationError({"status": _("Hoạt động chưa đến ngày tổ chức thì chưa thể là “đã tổ chức”.")})


class LabourDeployment(ProvinceRecord):
    """Workers of the province sent abroad in a period, and the money they sent home."""

    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    country = models.ForeignKey("geo.Country", verbose_name=_("nước đến"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+",
                                help_text=_("Để trống khi là số tổng hợp nhiều nước."))
    scheme = models.CharField(_("hình thức"), max_length=20, choices=LabourScheme.choices, default=LabourScheme.ALL)
    workers_sent = models.PositiveIntegerField(_("số lao động đi làm việc (người)"), null=True, blank=True)
    partner = models.ForeignKey(Partner, verbose_name=_("đối tác"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+",
                                help_text=_("Địa phương hoặc tổ chức nước ngoài tiếp nhận, nếu có thỏa thuận."))
    remittances = models.DecimalField(_("kiều hối gửi về"), max_digits=20, decimal_places=2, null=True, blank=True,
                                      validators=[MinValueValidator(0)],
                                      help_text=_("Số tiền đầy đủ theo nguyên tệ trong kỳ."))
    currency = models.CharField(_("đơn vị tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.USD)
    source = models.CharField(_("nguồn số liệu"), max_length=200, blank=True,
                              help_text=_("Ví dụ: Sở Nội vụ (lĩnh vực lao động), doanh nghiệp dịch vụ."))
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("đợt đưa lao động đi làm việc ở nước ngoài")
        verbose_name_plural = _("lao động đi làm việc ở nước ngoài")
        ordering = ["-period_end", "-pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-period_end", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="labour_live_order_idx"),
        ]

    @property
    def period_label(self) -> str:
        return format_period(self.period_start, self.period_end)

    def __str__(self):
        period = self.period_label
        if self.workers_sent is None:
            return _("Kiều hối gửi về %(period)s") % {"period": period}
        values = {"count": format_number(self.workers_sent), "country": self.country, "period": period}
        if self.country_id:
            return _("%(count)s lao động sang %(country)s, %(period)s") % values
        return _("%(count)s lao động, %(period)s") % values

    @property
    def remittances_display(self) -> str:
        return format_money(self.remittances, self.currency) if self.remittances is not None else ""

    def clean(self):
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Ngày kết thúc không được trước ngày bắt đầu.")
        if self.workers_sent is None and self.remittances is None:
            errors["workers_sent"] = _("Cần nhập số lao động hoặc số kiều hối gửi về.")
        if self.partner_id and self.province_id:
            partner = Partner.all_objects.filter(pk=self.partner_id).first()
            if partner is None or partner.is_deleted or partner.province_id not in lineage_ids(self.province_id):
                errors["partner"] = _("Đối tác này không thuộc tỉnh, thành phố của bản ghi.")
            elif partner.country_id and self.country_id and partner.country_id != self.country_id:
                errors["partner"] = _("Đối tác ở %(partner)s, khác nước đến (%(country)s).") % {
                    "partner": partner.country, "country": self.country}
        if errors:
            raise ValidationError(errors)
