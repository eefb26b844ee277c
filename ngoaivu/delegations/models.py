import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency, FundingSource
from ngoaivu.core.models import AliveManager, ChildManager, ProvinceRecord, RecordQuerySet, deleted_rows_index
from ngoaivu.core.vnformat import format_date
from ngoaivu.core.workflow.models import REPORT_FILE_VALIDATORS, StepRecord, WorkflowRecord
from ngoaivu.delegations import deadlines
from ngoaivu.delegations.choices import (
    DelegationLevel,
    DelegationStatus,
    Direction,
    MemberRole,
)
from ngoaivu.delegations.workflow import WORKFLOW

VIETNAM = "VN"
# Outbound delegations whose result report is still to come.
AWAITING_REPORT_STATUSES = (DelegationStatus.APPROVED, DelegationStatus.COMPLETED)


def destination_errors(direction: str, countries) -> dict:
    """An outbound delegation goes abroad: at least one country other than Viet Nam.

    Countries are a many-to-many value, set after the row is saved, so this cannot live
    in clean(): the form and the services both call it.
    """
    if direction == Direction.OUTBOUND and not any(country.pk != VIETNAM for country in countries or ()):
        return {"countries": _("Đoàn ra phải có ít nhất một quốc gia đến ngoài Việt Nam.")}
    return {}


def _owes_report(row) -> bool:
    # Fields a query deferred are not read here: that would cost a query a row.
    return "direction" in row.__dict__ and "status" in row.__dict__ and \
        row.direction == Direction.OUTBOUND and row.status in AWAITING_REPORT_STATUSES


class DelegationQuerySet(RecordQuerySet):
    """Rows that owe a result report come with their province's N days read for all of
    them at once (deadlines.report_days_for), so a list costs the same queries at 25 rows
    as at 100 instead of two more a row."""

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh:
            owing = [row for row in self._result_cache if isinstance(row, Delegation) and _owes_report(row)
                     and not hasattr(row, "_report_days")]
            if owing:
                days = deadlines.report_days_for({row.province_id for row in owing})
                for row in owing:
                    row._report_days = days[row.province_id]


class DelegationManager(AliveManager):
    _queryset_class = DelegationQuerySet


class Delegation(WorkflowRecord, ProvinceRecord):
    """An outbound (đoàn ra) or inbound (đoàn vào) delegation and its approval dossier."""

    workflow = WORKFLOW
    objects = DelegationManager()
    all_objects = DelegationQuerySet.as_manager()

    direction = models.CharField(_("loại đoàn"), max_length=10, choices=Direction.choices)
    name = models.CharField(_("tên đoàn, nội dung chuyến công tác"), max_length=300)
    level = models.CharField(_("cấp đoàn"), max_length=20, choices=DelegationLevel.choices)
    head_name = models.CharField(_("họ tên trưởng đoàn"), max_length=150, blank=True)
    head_title = models.CharField(_("chức vụ trưởng đoàn"), max_length=200)
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"))
    countries = models.ManyToManyField(
        "geo.Country", verbose_name=_("quốc gia, vùng lãnh thổ"), blank=True, related_name="+",
        help_text=_("Đoàn ra: nơi đến. Đoàn vào: quốc gia của khách."),
    )
    places = models.TextField(_("địa điểm"), blank=True)
    partner = models.ForeignKey(
        "partners.Partner", verbose_name=_("đối tác"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    host_unit = models.CharField(_("đơn vị chủ trì, đón tiếp"), max_length=200, blank=True)
    purpose = models.TextField(_("mục đích"))
    programme = models.TextField(_("chương trình làm việc"), blank=True)
    funding_source = models.CharField(_("nguồn kinh phí"), max_length=20, choices=FundingSource.choices,
                                      default=FundingSource.PROVINCIAL_BUDGET)
    cost = models.DecimalField(_("kinh phí"), max_digits=20, decimal_places=2, null=True, blank=True,
                               validators=[MinValueValidator(0)])
    currency = models.CharField(_("đơn vị tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.VND)
    in_annual_plan = models.BooleanField(_("trong kế hoạch đối ngoại năm"), default=True)
    dossier_number = models.CharField(_("số hồ sơ"), max_length=50, blank=True)
    # Set by the workflow steps only (WORKFLOW.step_fields), never by the forms or the API body.
    status = models.CharField(_("trạng thái"), max_length=20, choices=DelegationStatus.choices,
                              default=DelegationStatus.DRAFT, editable=False)
    approval_number = models.CharField(_("số văn bản cho phép"), max_length=50, blank=True, editable=False)
    approval_date = models.DateField(_("ngày văn bản cho phép"), null=True, blank=True, editable=False)
    returned_on = models.DateField(_("ngày về"), null=True, blank=True, editable=False)
    report_text = models.TextField(_("báo cáo kết quả"), blank=True, editable=False)
    report_file = models.FileField(
        _("tệp báo cáo kết quả"), upload_to="delegations/reports/%Y/", blank=True, editable=False,
        validators=REPORT_FILE_VALIDATORS,
    )
    reported_on = models.DateField(_("ngày nộp báo cáo kết quả"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("đoàn ra, đoàn vào")
        verbose_name_plural = _("đoàn ra, đoàn vào")
        ordering = ["-start_date", "-pk"]
        indexes = [
            models.Index(fields=["province", "status"], name="delegation_province_status_idx"),
            models.Index(fields=["province", "direction", "start_date"], name="delegation_province_dir_idx"),
            models.Index(fields=["-start_date", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="delegation_live_order_idx"),
            # A province's list and its count: its live rows in order (the national index made it
            # walk every province's rows), counted from the index alone.
            models.Index(fields=["province", "-start_date", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="delegation_province_order_idx"),
            deleted_rows_index("delegation_deleted_idx"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Ngày kết thúc không được trước ngày bắt đầu.")
        if self.start_date and self.returned_on and self.returned_on < self.start_date:
            errors["returned_on"] = _("Ngày về không được trước ngày bắt đầu chuyến công tác.")
        today = timezone.localdate()
        if self.returned_on and self.returned_on > today:
            errors["returned_on"] = _("Ngày về không được sau ngày hôm nay.")
        if self.reported_on and self.reported_on > today:
            errors["reported_on"] = _("Ngày nộp báo cáo không được sau ngày hôm nay.")
        if self.returned_on and self.reported_on and self.reported_on < self.returned_on:
            errors["reported_on"] = _("Ngày nộp báo cáo không được trước ngày về.")
        if self.status == DelegationStatus.REPORTED and not (self.report_text.strip() or self.report_file):
            errors["report_text"] = _("Cần nhập nội dung báo cáo kết quả hoặc đính kèm tệp báo cáo.")
        if errors:
            raise ValidationError(errors)

    @property
    def return_date(self) -> datetime.date:
        """The day the delegation came back: as marked, else as planned."""
        return self.returned_on or self.end_date

    @cached_property
    def report_due_on(self) -> datetime.date | None:
        """Only outbound delegations owe a result report."""
        if self.direction != Direction.OUTBOUND or self.status not in AWAITING_REPORT_STATUSES:
            return None
        return deadlines.report_due_on(self.return_date, self.province_id, getattr(self, "_report_days", None))

    @property
    def report_overdue(self) -> bool:
        return self.report_due_on is not None and self.report_due_on < timezone.localdate()

    @property
    def attention_note(self) -> str:
        if self.status == DelegationStatus.SUBMITTED:
            return _("khởi hành %(day)s") % {"day": format_date(self.start_date)}
        due = self.report_due_on
        if due is None:
            return ""
        if self.report_overdue:
            late = (timezone.localdate() - due).days
            return _("hạn báo cáo %(day)s, quá %(late)d ngày") % {"day": format_date(due), "late": late}
        return _("hạn báo cáo %(day)s") % {"day": format_date(due)}


class DelegationMember(ProvinceRecord):
    """A person of the delegation; for inbound ones a foreign guest with nationality and passport."""

    delegation = models.ForeignKey(Delegation, verbose_name=_("đoàn"), on_delete=models.PROTECT,
                                   related_name="members")
    full_name = models.CharField(_("họ và tên"), max_length=150)
    title = models.CharField(_("chức vụ"), max_length=200, blank=True)
    unit = models.CharField(_("cơ quan, đơn vị"), max_length=200, blank=True)
    role = models.CharField(_("vai trò trong đoàn"), max_length=20, choices=MemberRole.choices,
                            default=MemberRole.MEMBER)
    nationality = models.ForeignKey("geo.Country", verbose_name=_("quốc tịch"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    passport_number = models.CharField(_("số hộ chiếu"), max_length=30, blank=True)

    parent_field = "delegation"  # hidden with its delegation when deleted, back when restored
    objects = ChildManager()

    class Meta:
        verbose_name = _("thành viên đoàn")
        verbose_name_plural = _("thành viên đoàn")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.full_name} — {self.get_role_display()}"

    def clean(self):
        if self.delegation_id and self.delegation.direction == Direction.INBOUND and not self.nationality_id:
            raise ValidationError({"nationality": _("Khách của đoàn vào phải có quốc tịch.")})


class DelegationStatusChange(StepRecord):
    delegation = models.ForeignKey(Delegation, verbose_name=_("đoàn"), on_delete=models.PROTECT,
                                   related_name="status_changes")
    parent_field = "delegation"

    class Meta(StepRecord.Meta):
        verbose_name = _("bước xử lý hồ sơ đoàn")
        verbose_name_plural = _("quá trình xử lý hồ sơ đoàn")
