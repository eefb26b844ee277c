import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences import deadlines
from ngoaivu.conferences.choices import ConferenceFormat, ConferenceKind, ConferenceStatus, ProvinceRole
from ngoaivu.conferences.workflow import WORKFLOW
from ngoaivu.core.choices import Currency, FundingSource
from ngoaivu.core.models import ProvinceRecord, deleted_rows_index
from ngoaivu.core.vnformat import format_date
from ngoaivu.core.workflow.models import REPORT_FILE_VALIDATORS, StepRecord, WorkflowRecord

S = ConferenceStatus
# Approved conferences whose result report is still to come (held or not yet marked held).
AWAITING_REPORT_STATUSES = (S.APPROVED, S.HELD)
# The dossier is on its way or through, and the conference has not opened yet.
FILED_STATUSES = (S.SUBMITTED, S.APPROVED)


class Conference(WorkflowRecord, ProvinceRecord):
    """An international conference or seminar (hội nghị, hội thảo quốc tế, QĐ 06/2020/QĐ-TTg)."""

    workflow = WORKFLOW

    title = models.CharField(_("tên hội nghị, hội thảo"), max_length=300)
    kind = models.CharField(_("hình thức"), max_length=20, choices=ConferenceKind.choices)
    province_role = models.CharField(_("vai trò của tỉnh"), max_length=20, choices=ProvinceRole.choices,
                                     default=ProvinceRole.ORGANISER)
    organiser = models.CharField(_("cơ quan, đơn vị tổ chức"), max_length=300)
    co_organisers = models.ManyToManyField(
        "partners.Partner", verbose_name=_("đồng tổ chức, nhà tài trợ nước ngoài"), blank=True, related_name="+",
    )
    start_date = models.DateField(_("ngày khai mạc"))
    end_date = models.DateField(_("ngày bế mạc"))
    place = models.CharField(_("địa điểm"), max_length=300, blank=True)
    format = models.CharField(_("hình thức tổ chức"), max_length=20, choices=ConferenceFormat.choices,
                              default=ConferenceFormat.IN_PERSON)
    topics = models.TextField(_("nội dung, chủ đề"))
    participants = models.PositiveIntegerField(_("số đại biểu"), null=True, blank=True)
    foreign_participants = models.PositiveIntegerField(_("số đại biểu nước ngoài"), null=True, blank=True)
    countries = models.ManyToManyField("geo.Country", verbose_name=_("quốc gia, vùng lãnh thổ tham dự"),
                                       blank=True, related_name="+")
    funding_source = models.CharField(_("nguồn kinh phí"), max_length=20, choices=FundingSource.choices,
                                      default=FundingSource.PROVINCIAL_BUDGET)
    budget = models.DecimalField(_("kinh phí"), max_digits=20, decimal_places=2, null=True, blank=True,
                                 validators=[MinValueValidator(0)])
    currency = models.CharField(_("đơn vị tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.VND)
    needs_prime_minister = models.BooleanField(
        _("thuộc thẩm quyền Thủ tướng Chính phủ"), default=False,
        help_text=_("Đại biểu cấp Bộ trưởng trở lên, hoặc nội dung liên quan chủ quyền, an ninh, quốc phòng, dân tộc, "
                    "tôn giáo, nhân quyền, bí mật nhà nước (QĐ 06/2020/QĐ-TTg, Điều 3). Hồ sơ khi đó phải nộp "
                    "trước ngày khai mạc ít nhất 40 ngày thay vì 30 ngày."),
    )
    # The date of the "submit" step: sending the dossier for approval is filing it.
    dossier_filed_on = models.DateField(_("ngày nộp hồ sơ xin phép"), null=True, blank=True, editable=False)
    # Set by the workflow steps only (WORKFLOW.step_fields), never by the forms or the API body.
    status = models.CharField(_("trạng thái"), max_length=20, choices=ConferenceStatus.choices,
                              default=S.DRAFT, editable=False)
    approval_number = models.CharField(_("số văn bản cho phép"), max_length=50, blank=True, editable=False)
    approval_date = models.DateField(_("ngày văn bản cho phép"), null=True, blank=True, editable=False)
    report_text = models.TextField(_("báo cáo kết quả"), blank=True, editable=False)
    report_file = models.FileField(_("tệp báo cáo kết quả"), upload_to="conferences/reports/%Y/", blank=True,
                                   editable=False, validators=REPORT_FILE_VALIDATORS)
    reported_on = models.DateField(_("ngày báo cáo kết quả"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("hội nghị, hội thảo quốc tế")
        verbose_name_plural = _("hội nghị, hội thảo quốc tế")
        ordering = ["-start_date", "-pk"]
        indexes = [
            models.Index(fields=["province", "status"], name="conference_province_status_idx"),
            models.Index(fields=["province", "start_date"], name="conference_province_start_idx"),
            models.Index(fields=["-start_date", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="conference_live_order_idx"),
            deleted_rows_index("conference_deleted_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        today = timezone.localdate()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Ngày bế mạc không được trước ngày khai mạc.")
        if self.participants is not None and self.foreign_participants is not None \
                and self.foreign_participants > self.participants:
            errors["foreign_participants"] = _("Số đại biểu nước ngoài không được lớn hơn tổng số đại biểu.")
        if self.format != ConferenceFormat.ONLINE and not self.place.strip():
            errors["place"] = _("Hội nghị trực tiếp hoặc kết hợp cần có địa điểm.")
        if self.status in (S.HELD, S.REPORTED) and self.start_date and self.start_date > today:
            errors["status"] = _("Hội nghị chưa khai mạc nên chưa thể đánh dấu đã tổ chức.")
        if self.reported_on and self.reported_on > today:
            errors["reported_on"] = _("Ngày báo cáo không được sau ngày hôm nay.")
        if self.reported_on and self.end_date and self.reported_on < self.end_date:
            errors["reported_on"] = _("Ngày báo cáo không được trước ngày bế mạc.")
        if self.status == S.REPORTED and not (self.report_text.strip() or self.report_file):
            errors["report_text"] = _("Cần nhập nội dung báo cáo kết quả hoặc đính kèm tệp báo cáo.")
        if errors:
            raise ValidationError(errors)

    @property
    def organised_by_province(self) -> bool:
        """Only what the province organises needs its permission dossier and result report."""
        return self.province_role != ProvinceRole.PARTICIPANT

    @property
    def approval_authority(self) -> str:
        return str(_("Thủ tướng Chính phủ") if self.needs_prime_minister else _("Chủ tịch UBND tỉnh"))

    @property
    def dossier_due_on(self) -> datetime.date | None:
        if not self.organised_by_province:
            return None
        return deadlines.dossier_due_on(self.start_date, self.needs_prime_minister)

    @property
    def dossier_filed_late(self) -> bool:
        due = self.dossier_due_on
        return bool(due and self.dossier_filed_on and self.dossier_filed_on > due)

    @property
    def dossier_warning(self) -> str:
        """Why the dossier is late or nearly so (QĐ 06/2020 Art. 4); empty when all is well."""
        due = self.dossier_due_on
        if due is None:
            return ""
        days = deadlines.dossier_lead_days(self.needs_prime_minister)
        if self.dossier_filed_late:
            return _("Hồ sơ nộp ngày %(filed)s, muộn so với hạn %(due)s (ít nhất %(days)d ngày trước khai mạc, "
                     "QĐ 06/2020/QĐ-TTg).") % {"filed": format_date(self.dossier_filed_on),
                                                "due": format_date(due), "days": days}
        if self.status != S.DRAFT or self.start_date < timezone.localdate():
            return ""
        left = (due - timezone.localdate()).days
        if left < 0:
            return _("Đã quá hạn nộp hồ sơ (%(due)s, ít nhất %(days)d ngày trước khai mạc, QĐ 06/2020/QĐ-TTg).") % {
                "due": format_date(due), "days": days}
        if left <= deadlines.DOSSIER_REMINDER_DAYS:
            return _("Hạn nộp hồ sơ %(due)s, còn %(left)d ngày.") % {"due": format_date(due), "left": left}
        return ""

    @property
    def report_due_on(self) -> datetime.date | None:
        if not self.organised_by_province or self.status not in AWAITING_REPORT_STATUSES:
            return None
        return deadlines.report_due_on(self.end_date)

    @property
    def report_overdue(self) -> bool:
        return self.report_due_on is not None and self.report_due_on < timezone.localdate()

    @property
    def attention_note(self) -> str:
        if self.dossier_warning:
            return self.dossier_warning
        if self.status == S.SUBMITTED:
            return _("khai mạc %(day)s") % {"day": format_date(self.start_date)}
        due = self.report_due_on
        if due is None:
            return ""
        if self.report_overdue:
            return _("hạn báo cáo %(day)s, quá %(late)d ngày") % {
                "day": format_date(due), "late": (timezone.localdate() - due).days}
        return _("hạn báo cáo %(day)s") % {"day": format_date(due)}


class ConferenceStatusChange(StepRecord):
    conference = models.ForeignKey(Conference, verbose_name=_("hội nghị"), on_delete=models.PROTECT,
                                   related_name="status_changes")
    parent_field = "conference"

    class Meta(StepRecord.Meta):
        verbose_name = _("bước xử lý hồ sơ hội nghị")
        verbose_name_plural = _("quá trình xử lý hồ sơ hội nghị")
