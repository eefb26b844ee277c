from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements import deadlines
from ngoaivu.agreements.choices import (
    SIGNED_STATUSES,
    AgreementKind,
    AgreementLevel,
    AgreementStatus,
    DocumentKind,
    ReviewRating,
)
from ngoaivu.agreements.workflow import WORKFLOW
from ngoaivu.core.models import YEAR_VALIDATORS, ChildManager, ProvinceRecord, deleted_rows_index
from ngoaivu.core.uploads import UploadValidator
from ngoaivu.core.vnformat import format_date
from ngoaivu.core.workflow.models import StepRecord, WorkflowRecord


class CooperationField(models.Model):
    """A field of cooperation an agreement covers (kinh tế, giáo dục, quốc phòng - an ninh…).

    A catalogue rather than a JSON list on the agreement: counting and filtering
    agreements by field is then plain SQL on SQLite and PostgreSQL alike, the change
    log records the choice like any other link, and an administrator can add a field
    without a release.
    """

    code = models.SlugField(_("mã"), max_length=30, primary_key=True)
    name = models.CharField(_("tên"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("lĩnh vực hợp tác")
        verbose_name_plural = _("lĩnh vực hợp tác")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Agreement(WorkflowRecord, ProvinceRecord):
    """An international agreement, cooperation agreement or memorandum the province is party to.

    The status and what each step records change only through the steps of
    agreements.workflow, each written to the status history; the other fields are edited freely.
    """

    workflow = WORKFLOW

    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True)
    title = models.CharField(_("tên thỏa thuận"), max_length=300)
    kind = models.CharField(_("loại"), max_length=20, choices=AgreementKind.choices,
                            default=AgreementKind.COOPERATION)
    level = models.CharField(_("cấp ký kết"), max_length=20, choices=AgreementLevel.choices,
                             default=AgreementLevel.PROVINCE_COMMITTEE)
    vietnamese_party = models.CharField(_("bên Việt Nam"), max_length=200,
                                        help_text=_("Như ghi trên thỏa thuận, ví dụ UBND tỉnh Thanh Hóa."))
    inherited_from_district = models.BooleanField(
        _("kế thừa từ UBND huyện"), default=False,
        help_text=_("Thỏa thuận UBND huyện đã ký trước 01/07/2025, nay do UBND tỉnh kế thừa."),
    )
    partners = models.ManyToManyField("partners.Partner", verbose_name=_("bên nước ngoài"),
                                      related_name="agreements")
    sectors = models.ManyToManyField(CooperationField, verbose_name=_("lĩnh vực hợp tác"), blank=True,
                                     related_name="agreements")
    legal_basis = models.ForeignKey(
        "legal.LegalDocument", verbose_name=_("căn cứ pháp lý"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="agreements",
    )
    status = models.CharField(_("trạng thái"), max_length=20, choices=AgreementStatus.choices,
                              default=AgreementStatus.PROPOSED)
    shortened_procedure = models.BooleanField(
        _("trình tự rút gọn"), default=False,
        help_text=_("Ý kiến trả lời trong 3 ngày làm việc thay vì 7 (chuyến thăm cấp cao, trường hợp khẩn cấp)."),
    )
    opinions_requested_on = models.DateField(_("ngày gửi lấy ý kiến"), null=True, blank=True)
    decision_number = models.CharField(_("số quyết định cho phép"), max_length=60, blank=True)
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    signed_on = models.DateField(_("ngày ký"), null=True, blank=True)
    signed_place = models.CharField(_("nơi ký"), max_length=200, blank=True)
    signed_by = models.CharField(_("người ký phía Việt Nam"), max_length=200, blank=True)
    term_start = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    term_end = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    reported_on = models.DateField(
        _("ngày báo cáo sau ký"), null=True, blank=True,
        help_text=_("Báo cáo Thủ tướng Chính phủ, gửi Bộ Ngoại giao trong 15 ngày kể từ ngày ký."),
    )
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("thỏa thuận quốc tế")
        verbose_name_plural = _("thỏa thuận quốc tế")
        ordering = ["-signed_on", "title"]
        indexes = [
            models.Index(fields=["province", "status"], name="agreement_province_status_idx"),
            models.Index(fields=["province", "signed_on"], name="agreement_province_signed_idx"),
            models.Index(fields=["-signed_on", "title"],
                         condition=models.Q(deleted_at__isnull=True), name="agreement_live_order_idx"),
            deleted_rows_index("agreement_deleted_idx"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_signed(self) -> bool:
        return self.status in SIGNED_STATUSES

    @property
    def opinions_due_on(self):
        if not self.opinions_requested_on:
            return None
        return deadlines.opinions_due_on(self.opinions_requested_on, shortened=self.shortened_procedure)

    @property
    def report_due_on(self):
        return deadlines.report_due_on(self.signed_on) if self.signed_on else None

    @property
    def attention_note(self) -> str:
        """Why the agreement is on the home page's due/overdue list."""
        if self.status == AgreementStatus.CONSULTING and self.opinions_due_on:
            return _("hạn trả lời ý kiến %(day)s") % {"day": format_date(self.opinions_due_on)}
        if self.report_due_on and not self.reported_on:
            return _("hạn báo cáo sau ký %(day)s") % {"day": format_date(self.report_due_on)}
        if self.term_end:
            return _("hết thời hạn %(day)s") % {"day": format_date(self.term_end)}
        return ""

    def clean(self):
        # Errors name fields the forms show, so they appear beside the field.
        errors = {}
        today = timezone.localdate()
        for name in ("opinions_requested_on", "decided_on", "signed_on", "reported_on"):
            if getattr(self, name) and getattr(self, name) > today:
                errors[name] = _("Ngày này không được sau hôm nay.")
        if self.term_start and self.term_end and self.term_end < self.term_start:
            errors["term_end"] = _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")
        if self.status == AgreementStatus.CONSULTING and not self.opinions_requested_on:
            errors["opinions_requested_on"] = _("Cần ghi ngày gửi lấy ý kiến để theo dõi hạn trả lời.")
        if self.status in (AgreementStatus.PERMITTED, AgreementStatus.REFUSED) and not self.decided_on:
            errors["decided_on"] = _("Cần ghi ngày quyết định cho phép hoặc không cho phép ký.")
        if self.opinions_requested_on and self.decided_on and self.decided_on < self.opinions_requested_on:
            errors["decided_on"] = _("Ngày quyết định không được trước ngày gửi lấy ý kiến.")
        errors.update(self._signing_errors())
        if errors:
            raise ValidationError(errors)

    def _signing_errors(self) -> dict:
        errors = {}
        if self.is_signed and not self.signed_on:
            errors["signed_on"] = _("Thỏa thuận đã ký cần có ngày ký.")
        elif self.signed_on and not self.is_signed:
            errors["signed_on"] = _("Chỉ ghi ngày ký khi thỏa thuận đã được ký.")
        elif self.signed_on and self.decided_on and self.signed_on < self.decided_on:
            errors["signed_on"] = _("Ngày ký không được trước ngày quyết định cho phép ký.")
        if self.reported_on and (not self.signed_on or self.reported_on < self.signed_on):
            errors["reported_on"] = _("Ngày báo cáo sau ký không được trước ngày ký.")
        if self.inherited_from_district:
            if not self.signed_on or self.signed_on >= deadlines.DISTRICTS_ENDED_ON:
                errors["inherited_from_district"] = _(
                    "Chỉ thỏa thuận UBND huyện đã ký trước ngày 01/07/2025 mới được kế thừa.")
            elif self.level != AgreementLevel.PROVINCE_COMMITTEE:
                errors["level"] = _("Thỏa thuận kế thừa từ UBND huyện do UBND tỉnh tiếp nhận "
                                    "(Nghị định 177/2025/NĐ-CP, Điều 3).")
        return errors


class AgreementStatusChange(StepRecord):
    agreement = models.ForeignKey(Agreement, verbose_name=_("thỏa thuận"), on_delete=models.PROTECT,
                                  related_name="status_changes")
    parent_field = "agreement"

    class Meta(StepRecord.Meta):
        verbose_name = _("bước xử lý thỏa thuận")
        verbose_name_plural = _("lịch sử trạng thái thỏa thuận")


class AgreementReview(ProvinceRecord):
    """The yearly review of how an agreement was carried out (the talks each year assess it)."""

    agreement = models.ForeignKey(Agreement, verbose_name=_("thỏa thuận"), on_delete=models.PROTECT,
                                  related_name="reviews")
    parent_field = "agreement"  # hidden with its agreement when deleted, back when restored
    objects = ChildManager()
    year = models.PositiveSmallIntegerField(_("năm đánh giá"), validators=YEAR_VALIDATORS)
    rating = models.CharField(_("kết quả thực hiện"), max_length=20, choices=ReviewRating.choices)
    summary = models.TextField(_("kết quả chính"))
    next_steps = models.TextField(_("nội dung hợp tác năm tiếp theo"), blank=True)

    class Meta:
        verbose_name = _("đánh giá hằng năm")
        verbose_name_plural = _("đánh giá hằng năm")
        ordering = ["agreement", "-year"]
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "year"], condition=Q(deleted_at__isnull=True), name="agreement_review_unique_year",
                violation_error_message=_("Thỏa thuận đã có đánh giá của năm này."),
            ),
        ]

    def __str__(self):
        return f"{self.agreement} — {self.year}"

    def clean(self):
        if not self.agreement_id or not self.year:
            return
        agreement = self.agreement
        errors = {}
        if not agreement.signed_on:
            errors["agreement"] = _("Chỉ đánh giá thỏa thuận đã ký.")
        elif not agreement.signed_on.year <= self.year <= timezone.localdate().year:
            errors["year"] = _("Năm đánh giá phải từ năm ký (%(start)s) đến năm nay.") % {
                "start": agreement.signed_on.year}
        elif AgreementReview.objects.filter(agreement=agreement, year=self.year).exclude(pk=self.pk).exists():
            errors["year"] = _("Thỏa thuận đã có đánh giá của năm %(year)s.") % {"year": self.year}
        if errors:
            raise ValidationError(errors)


class AgreementDocument(ProvinceRecord):
    """A file of an agreement: the signed copy, a translation, an opinion, a report…"""

    agreement = models.ForeignKey(Agreement, verbose_name=_("thỏa thuận"), on_delete=models.PROTECT,
                                  related_name="documents")
    parent_field = "agreement"  # hidden with its agreement when deleted, back when restored
    objects = ChildManager()
    kind = models.CharField(_("loại tài liệu"), max_length=20, choices=DocumentKind.choices)
    title = models.CharField(_("mô tả"), max_length=200, blank=True)
    file = models.FileField(_("tệp"), upload_to="agreements/%Y/", validators=[UploadValidator()])
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True,
                                    blank=True, editable=False, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("tài liệu thỏa thuận")
        verbose_name_plural = _("tài liệu thỏa thuận")
        ordering = ["agreement", "kind", "-created_at"]

    def __str__(self):
        return self.title or f"{self.get_kind_display()} — {self.agreement}"
