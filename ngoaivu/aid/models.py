"""ODA projects and foreign NGO aid, each one IATI 2.03 activity, with their transactions."""
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.aid import deadlines
from ngoaivu.aid.choices import (
    NGO_AID_CLOSED_ACTIVITY_STATUS,
    NGO_AID_DECIDED_STATUSES,
    NGO_AID_FINANCE_TYPE,
    NGO_AID_FLOW_TYPE,
    NGO_AID_STATUS_ACTIVITY_STATUS,
    NGO_AID_TRANSACTION_TYPES,
    ODA_INSTRUMENT_FINANCE_TYPE,
    ODA_INSTRUMENT_FLOW_TYPE,
    ODA_STAGE_ACTIVITY_STATUS,
    ODA_STARTED_STAGES,
    TRANSACTION_TYPE_IATI,
    ApprovalAuthority,
    IatiRole,
    NgoAidKind,
    NgoAidStatus,
    OdaInstrument,
    OdaProjectType,
    OdaStage,
    TransactionType,
)
from ngoaivu.aid.iati import ParticipatingOrg, sector_choices
from ngoaivu.aid.workflow import WORKFLOW
from ngoaivu.core.choices import Currency
from ngoaivu.core.models import ChildManager, ProvinceRecord, deleted_rows_index
from ngoaivu.core.vnformat import format_date
from ngoaivu.core.workflow.models import StepRecord, WorkflowRecord
from ngoaivu.partners.choices import PartnerType

MONEY = {"max_digits": 20, "decimal_places": 2}


class AidActivity(ProvinceRecord):
    """What an ODA project and an NGO-aid programme share: one IATI activity each."""

    funder_field = ""           # the Partner field that is the funding organisation
    funder_types: tuple = ()    # the partner types it may be
    funder_type_message = ""
    code_prefix = ""            # of generated local codes: "ODA-2024-001"

    iati_identifier = models.CharField(_("mã định danh IATI"), max_length=150, editable=False)
    local_code = models.CharField(_("mã chương trình, dự án"), max_length=50, blank=True,
                                  help_text=_("Để trống để hệ thống tự đặt; không đổi được sau khi lưu."))
    title = models.CharField(_("tên chương trình, dự án"), max_length=400)
    description = models.TextField(_("mục tiêu, nội dung chính"), blank=True)
    sector = models.CharField(_("lĩnh vực"), max_length=5, choices=sector_choices, blank=True,
                              help_text=_("Mã 5 số của danh mục DAC/CRS (IATI Sector)."))
    line_agency = models.CharField(_("cơ quan chủ quản"), max_length=300, blank=True)
    implementing_agency = models.CharField(_("chủ dự án, chủ khoản viện trợ"), max_length=300, blank=True,
                                           help_text=_("Đơn vị trực tiếp thực hiện, Ban quản lý dự án."))
    decision_number = models.CharField(_("số quyết định phê duyệt"), max_length=100, blank=True)
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    planned_start = models.DateField(_("ngày bắt đầu dự kiến"), null=True, blank=True)
    planned_end = models.DateField(_("ngày kết thúc dự kiến"), null=True, blank=True)
    actual_start = models.DateField(_("ngày bắt đầu thực tế"), null=True, blank=True)
    actual_end = models.DateField(_("ngày kết thúc thực tế"), null=True, blank=True)
    committed_amount = models.DecimalField(_("tổng vốn cam kết"), **MONEY, null=True, blank=True,
                                           validators=[MinValueValidator(0)])
    currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices, default=Currency.USD)

    class Meta:
        abstract = True
        # Never reused, not even by a deleted activity: IATI identifiers are permanent.
        constraints = [
            models.UniqueConstraint(fields=["iati_identifier"], name="%(app_label)s_%(class)s_unique_iati_identifier"),
        ]

    def __str__(self):
        return self.title

    @property
    def funder(self):
        return getattr(self, self.funder_field)

    @property
    def participating_orgs(self) -> list[ParticipatingOrg]:
        orgs = [ParticipatingOrg(IatiRole.FUNDING, self.funder.name_original or self.funder.name)]
        if self.line_agency:
            orgs.append(ParticipatingOrg(IatiRole.ACCOUNTABLE, self.line_agency))
        if self.implementing_agency:
            orgs.append(ParticipatingOrg(IatiRole.IMPLEMENTING, self.implementing_agency))
        return orgs

    @property
    def iati_activity_dates(self) -> dict[str, object]:
        """ActivityDateType code → date: 1 planned start, 2 actual start, 3 planned end, 4 actual end."""
        dates = {"1": self.planned_start, "2": self.actual_start, "3": self.planned_end, "4": self.actual_end}
        return {code: day for code, day in dates.items() if day}

    def clean(self):
        errors: dict[str, list] = {}
        self.collect_errors(lambda name, message: errors.setdefault(name, []).append(message))
        if errors:
            raise ValidationError(errors)

    def collect_errors(self, add) -> None:
        """Report each broken rule with add(field, message); subclasses add their own rules."""
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            add("planned_end", _("Ngày kết thúc dự kiến phải sau ngày bắt đầu dự kiến."))
        if self.actual_end and not self.actual_start:
            add("actual_end", _("Chưa có ngày bắt đầu thực tế."))
        elif self.actual_start and self.actual_end and self.actual_end < self.actual_start:
            add("actual_end", _("Ngày kết thúc thực tế phải sau ngày bắt đầu thực tế."))
        if self.decided_on and not self.decision_number:
            add("decision_number", _("Cần số quyết định đi kèm ngày quyết định."))
        today = timezone.localdate()
        for name in ("decided_on", "actual_start", "actual_end"):
            if getattr(self, name) and getattr(self, name) > today:
                add(name, _("Ngày này chưa tới: chỉ ghi nhận việc đã xảy ra."))
        if getattr(self, f"{self.funder_field}_id") and self.funder.partner_type not in self.funder_types:
            add(self.funder_field, self.funder_type_message)


class OdaProject(AidActivity):
    """A programme or project funded by ODA or a concessional loan (vốn vay ưu đãi)."""

    funder_field = "donor"
    code_prefix = "ODA"
    funder_types = (PartnerType.ORGANIZATION, PartnerType.EMBASSY)
    funder_type_message = _("Nhà tài trợ phải là tổ chức quốc tế, cơ quan phát triển hoặc cơ quan đại diện.")

    donor = models.ForeignKey("partners.Partner", verbose_name=_("nhà tài trợ"), on_delete=models.PROTECT,
                              related_name="+", limit_choices_to={"partner_type__in": funder_types})
    instrument = models.CharField(_("loại vốn"), max_length=24, choices=OdaInstrument.choices,
                                  default=OdaInstrument.ODA_LOAN)
    project_type = models.CharField(_("loại chương trình, dự án"), max_length=24, choices=OdaProjectType.choices,
                                    default=OdaProjectType.INVESTMENT)
    stage = models.CharField(_("giai đoạn"), max_length=12, choices=OdaStage.choices, default=OdaStage.MOBILISING)
    proposed_on = models.DateField(_("ngày bắt đầu vận động, đề xuất"), null=True, blank=True)
    counterpart_amount = models.DecimalField(_("vốn đối ứng"), **MONEY, null=True, blank=True,
                                             validators=[MinValueValidator(0)])
    counterpart_currency = models.CharField(_("loại tiền vốn đối ứng"), max_length=3, choices=Currency.choices,
                                            default=Currency.VND)

    class Meta(AidActivity.Meta):
        verbose_name = _("chương trình, dự án ODA")
        verbose_name_plural = _("chương trình, dự án ODA và vốn vay ưu đãi")
        ordering = ["title"]
        indexes = [
            models.Index(fields=["province", "stage"], name="oda_province_stage_idx"),
            models.Index(fields=["title"], condition=models.Q(deleted_at__isnull=True), name="oda_project_live_order_idx"),
            deleted_rows_index("oda_project_deleted_idx"),
        ]

    @property
    def iati_activity_status(self) -> str:
        return ODA_STAGE_ACTIVITY_STATUS[self.stage]

    @property
    def iati_finance_type(self) -> str:
        return ODA_INSTRUMENT_FINANCE_TYPE[self.instrument]

    @property
    def iati_flow_type(self) -> str:
        return ODA_INSTRUMENT_FLOW_TYPE[self.instrument]

    def collect_errors(self, add) -> None:
        super().collect_errors(add)
        if self.stage == OdaStage.MOBILISING and not self.proposed_on:
            add("proposed_on", _("Dự án đang vận động cần có ngày bắt đầu vận động."))
        if self.stage in ODA_STARTED_STAGES and not self.actual_start:
            add("actual_start", _("Dự án đã triển khai cần có ngày bắt đầu thực tế."))
        elif self.stage in (OdaStage.MOBILISING, OdaStage.APPROVED) and self.actual_start:
            add("actual_start", _("Dự án chưa triển khai thì chưa có ngày bắt đầu thực tế."))
        if self.stage == OdaStage.CLOSED and not self.actual_end:
            add("actual_end", _("Dự án đã kết thúc cần có ngày kết thúc thực tế."))


class NgoAid(WorkflowRecord, AidActivity):
    """A programme, project or non-project aid of a foreign NGO (NĐ 80/2020/NĐ-CP).

    Its status moves only through the steps of aid.workflow (submit, approve or refuse,
    start, complete), each written to its history; the dates they record drive the deadlines.
    """

    workflow = WORKFLOW

    funder_field = "ngo"
    code_prefix = "PCPNN"
    funder_types = (PartnerType.NGO, PartnerType.ORGANIZATION)
    funder_type_message = _("Nhà tài trợ phải là tổ chức phi chính phủ nước ngoài hoặc tổ chức quốc tế.")

    ngo = models.ForeignKey("partners.Partner", verbose_name=_("tổ chức tài trợ"), on_delete=models.PROTECT,
                            related_name="+", limit_choices_to={"partner_type__in": funder_types})
    kind = models.CharField(_("hình thức viện trợ"), max_length=12, choices=NgoAidKind.choices,
                            default=NgoAidKind.PROJECT)
    beneficiary_area = models.CharField(_("địa bàn thụ hưởng"), max_length=300, blank=True,
                                        help_text=_("Xã, phường, đặc khu."))
    status = models.CharField(_("trạng thái"), max_length=12, choices=NgoAidStatus.choices,
                              default=NgoAidStatus.MOBILISING, editable=False)
    appraisal_started_on = models.DateField(_("ngày nhận đủ hồ sơ hợp lệ"), null=True, blank=True, editable=False)
    approval_authority = models.CharField(_("cấp phê duyệt"), max_length=16, choices=ApprovalAuthority.choices,
                                          blank=True)
    refusal_reason = models.TextField(_("lý do không tiếp nhận"), blank=True)
    last_report_period_end = models.DateField(
        _("đã báo cáo định kỳ đến hết ngày"), null=True, blank=True,
        help_text=_("Ngày cuối của kỳ báo cáo 6 tháng, năm gần nhất đã nộp (30/6 hoặc 31/12)."))
    closing_report_on = models.DateField(_("ngày nộp báo cáo kết thúc"), null=True, blank=True)

    class Meta(AidActivity.Meta):
        verbose_name = _("viện trợ phi chính phủ nước ngoài")
        verbose_name_plural = _("viện trợ phi chính phủ nước ngoài")
        ordering = ["title"]
        indexes = [
            models.Index(fields=["province", "status"], name="ngoaid_province_status_idx"),
            models.Index(fields=["title"], condition=models.Q(deleted_at__isnull=True), name="ngo_aid_live_order_idx"),
            deleted_rows_index("ngo_aid_deleted_idx"),
        ]

    @property
    def iati_activity_status(self) -> str:
        if self.status == NgoAidStatus.COMPLETED and self.closing_report_on:
            return NGO_AID_CLOSED_ACTIVITY_STATUS
        return NGO_AID_STATUS_ACTIVITY_STATUS[self.status]

    iati_finance_type = NGO_AID_FINANCE_TYPE
    iati_flow_type = NGO_AID_FLOW_TYPE

    @property
    def attention_note(self) -> str:
        """The deadline the home page's due and overdue lists show beside the programme."""
        if self.status == NgoAidStatus.APPRAISING and self.appraisal_started_on:
            return _("hạn thẩm định %(date)s") % {"date": format_date(deadlines.appraisal_deadline(
                self.appraisal_started_on))}
        if self.status == NgoAidStatus.IMPLEMENTING and self.actual_start:
            period_end = deadlines.first_unreported_period(self.last_report_period_end, self.actual_start)
            return _("báo cáo kỳ đến %(end)s, hạn %(date)s") % {
                "end": format_date(period_end), "date": format_date(deadlines.report_deadline(period_end))}
        if self.status == NgoAidStatus.COMPLETED and self.actual_end and not self.closing_report_on:
            return _("báo cáo kết thúc, hạn %(date)s") % {
                "date": format_date(deadlines.closing_report_deadline(self.actual_end))}
        return ""

    def collect_errors(self, add) -> None:
        super().collect_errors(add)
        # What each status must have recorded; the workflow sets it, edits must keep it.
        needs = {
            "appraisal_started_on": self.status != NgoAidStatus.MOBILISING,
            "decision_number": self.status in NGO_AID_DECIDED_STATUSES,
            "decided_on": self.status in NGO_AID_DECIDED_STATUSES,
            "actual_start": self.status in (NgoAidStatus.IMPLEMENTING, NgoAidStatus.COMPLETED),
            "actual_end": self.status == NgoAidStatus.COMPLETED,
        }
        for name, needed in needs.items():
            if needed and not getattr(self, name):
                add(name, _("Trạng thái “%(status)s” cần có thông tin này.") % {"status": self.get_status_display()})
        if self.decided_on and self.appraisal_started_on and self.decided_on < self.appraisal_started_on:
            add("decided_on", _("Ngày quyết định phải sau ngày nhận đủ hồ sơ."))
        if self.actual_start and self.decided_on and self.actual_start < self.decided_on:
            add("actual_start", _("Chỉ bắt đầu thực hiện sau ngày có quyết định phê duyệt."))
        if self.last_report_period_end and not deadlines.is_report_period_end(self.last_report_period_end):
            add("last_report_period_end", _("Kỳ báo cáo kết thúc ngày 30/6 hoặc 31/12."))
        if self.closing_report_on and (not self.actual_end or self.closing_report_on < self.actual_end):
            add("closing_report_on", _("Báo cáo kết thúc nộp sau ngày kết thúc chương trình, dự án."))


class NgoAidStatusChange(StepRecord):
    aid = models.ForeignKey(NgoAid, verbose_name=_("viện trợ"), on_delete=models.PROTECT,
                            related_name="status_changes")
    parent_field = "aid"

    class Meta(StepRecord.Meta):
        verbose_name = _("bước xử lý viện trợ phi chính phủ nước ngoài")
        verbose_name_plural = _("quá trình xử lý viện trợ phi chính phủ nước ngoài")


class AidTransaction(ProvinceRecord):
    """An IATI transaction of an activity: a commitment, money received, or spending."""

    parent_field = ""

    transaction_date = models.DateField(_("ngày giao dịch"))
    amount = models.DecimalField(_("số tiền"), **MONEY)
    currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices, default=Currency.USD)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    objects = ChildManager()

    class Meta:
        abstract = True
        ordering = ["-transaction_date", "-pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-transaction_date", "-id"], condition=models.Q(deleted_at__isnull=True),
                         name="%(class)s_order_idx"),
        ]

    def __str__(self):
        return f"{self.get_transaction_type_display()} {format_date(self.transaction_date)}: " \
               f"{getattr(self, self.parent_field)}"

    @property
    def year(self) -> int:
        return self.transaction_date.year

    @property
    def iati_transaction_type(self) -> str:
        return TRANSACTION_TYPE_IATI[self.transaction_type]

    def clean(self):
        errors = {}
        if self.amount is not None and self.amount <= 0:
            errors["amount"] = _("Số tiền phải lớn hơn 0.")
        # IATI transactions are facts: none dated in the future.
        if self.transaction_date and self.transaction_date > timezone.localdate():
            errors["transaction_date"] = _("Ngày giao dịch không được sau ngày hôm nay.")
        if errors:
            raise ValidationError(errors)


class OdaTransaction(AidTransaction):
    parent_field = "project"

    project = models.ForeignKey(OdaProject, verbose_name=_("dự án"), on_delete=models.PROTECT,
                                related_name="transactions")
    transaction_type = models.CharField(_("loại giao dịch"), max_length=12, choices=TransactionType.choices)

    class Meta(AidTransaction.Meta):
        verbose_name = _("giao dịch vốn ODA")
        verbose_name_plural = _("giao dịch vốn ODA")


class NgoAidTransaction(AidTransaction):
    parent_field = "aid"

    aid = models.ForeignKey(NgoAid, verbose_name=_("chương trình, dự án"), on_delete=models.PROTECT,
                            related_name="transactions")
    transaction_type = models.CharField(_("loại giao dịch"), max_length=12, choices=NGO_AID_TRANSACTION_TYPES)

    class Meta(AidTransaction.Meta):
        verbose_name = _("giao dịch viện trợ PCPNN")
        verbose_name_plural = _("giao dịch viện trợ PCPNN")
