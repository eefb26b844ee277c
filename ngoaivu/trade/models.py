from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.core.models import ProvinceRecord, RecordQuerySet
from ngoaivu.core.vnformat import format_date, format_money, format_period
from ngoaivu.geo.selectors import lineage_ids
from ngoaivu.trade import rules
from ngoaivu.trade.choices import Commodity, GateClass, GateStatus, TradeFlow

# Vietnam's land borders: China, Laos, Cambodia.
LAND_NEIGHBOURS = ("CN", "LA", "KH")


class BorderGateQuerySet(RecordQuerySet):
    def with_current_status(self):
        """Annotate each gate with the status and date of its latest alive status change.

        The status is derived, not stored on the gate: every path that changes the
        history (the service, the admin, restoring a change from the trash) then gives
        the right status, and a change entered late with an older date cannot leave a
        stale copy behind.
        """
        latest = BorderGateStatusChange.objects.filter(gate=OuterRef("pk")).order_by("-changed_on", "-pk")
        return self.annotate(
            current_status=Subquery(latest.values("status")[:1]),
            current_status_since=Subquery(latest.values("changed_on")[:1]),
        )


class BorderGateManager(models.Manager.from_queryset(BorderGateQuerySet)):
    def get_queryset(self):
        return super().get_queryset().alive().with_current_status()


class BorderGate(ProvinceRecord):
    """A pair of land border crossings: the Vietnamese gate and the one facing it."""

    name_vn = models.CharField(_("cửa khẩu phía Việt Nam"), max_length=120)
    name_foreign = models.CharField(_("cửa khẩu phía nước láng giềng"), max_length=120)
    country = models.ForeignKey("geo.Country", verbose_name=_("nước láng giềng"), on_delete=models.PROTECT,
                                related_name="+", limit_choices_to={"code__in": LAND_NEIGHBOURS})
    gate_class = models.CharField(_("loại cửa khẩu"), max_length=20, choices=GateClass.choices)
    location = models.CharField(_("địa bàn"), max_length=200, blank=True,
                                help_text=_("Xã, phường phía Việt Nam; tỉnh, huyện phía nước láng giềng."))
    legal_basis = models.CharField(_("văn bản mở, nâng cấp cửa khẩu"), max_length=200, blank=True)
    notes = models.TextField(_("ghi chú"), blank=True)

    objects = BorderGateManager()
    all_objects = BorderGateQuerySet.as_manager()

    class Meta:
        verbose_name = _("cửa khẩu")
        verbose_name_plural = _("cửa khẩu")
        ordering = ["name_vn"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "name_vn"], condition=Q(deleted_at__isnull=True),
                name="trade_gate_unique_name", violation_error_message=_("Cửa khẩu này đã có trong danh sách."),
            ),
        ]

    def __str__(self):
        return f"{self.name_vn} – {self.name_foreign}"

    @property
    def current_status_label(self) -> str:
        status = getattr(self, "current_status", None)
        return GateStatus(status).label if status else _("Chưa ghi nhận")

    @property
    def attention_note(self) -> str:
        since = getattr(self, "current_status_since", None)
        return _("%(status)s từ %(date)s") % {"status": self.current_status_label, "date": format_date(since)} \
            if since else ""

    def clean(self):
        if self.province_id and self.name_vn:
            same_name = BorderGate.objects.filter(province_id=self.province_id, name_vn__iexact=self.name_vn.strip())
            if same_name.exclude(pk=self.pk).exists():
                raise ValidationError({"name_vn": _("Cửa khẩu “%(name)s” đã có trong danh sách của tỉnh.")
                                       % {"name": self.name_vn}})


class BorderGateStatusChange(ProvinceRecord):
    """A dated change of a gate's status: closed for an epidemic, reopened, upgraded…"""

    gate = models.ForeignKey(BorderGate, verbose_name=_("cửa khẩu"), on_delete=models.PROTECT,
                             related_name="status_changes")
    # Part of its gate's history: goes and comes back with it, never a reason to refuse deleting it.
    parent_field = "gate"
    changed_on = models.DateField(_("ngày"))
    status = models.CharField(_("trạng thái"), max_length=20, choices=GateStatus.choices)
    reason = models.CharField(_("lý do"), max_length=300, blank=True)
    document = models.CharField(_("văn bản"), max_length=200, blank=True,
                                help_text=_("Số, ký hiệu văn bản quyết định hoặc thông báo."))

    class Meta:
        verbose_name = _("thay đổi trạng thái cửa khẩu")
        verbose_name_plural = _("thay đổi trạng thái cửa khẩu")
        ordering = ["-changed_on", "-pk"]

    def __str__(self):
        return f"{self.gate}: {self.get_status_display()} ({format_date(self.changed_on)})"

    def clean(self):
        if self.changed_on and self.changed_on > timezone.localdate():
            raise ValidationError({"changed_on": _("Ngày thay đổi trạng thái không được sau ngày hôm nay.")})
        gate = BorderGate.all_objects.filter(pk=self.gate_id).first() if self.gate_id else None
        if gate is not None and gate.is_deleted:
            raise ValidationError({"gate": _("Cửa khẩu này đã bị xóa.")})
        if gate is not None and self.province_id and gate.province_id != self.province_id:
            raise ValidationError({"province": _("Thay đổi trạng thái phải thuộc cùng tỉnh, thành phố với cửa khẩu.")})


ALIVE = Q(deleted_at__isnull=True)
DUPLICATE_FIGURE = _("Đã có số liệu cho cùng chỉ tiêu, kỳ, cửa khẩu và mặt hàng.")


class TradeFigure(ProvinceRecord):
    """An export, import or total-trade value of the province for one period.

    A figure with no gate and no commodity is the province's total; figures naming a
    gate or a commodity break that total down and may not add up to more than it.
    """

    flow = models.CharField(_("chỉ tiêu"), max_length=10, choices=TradeFlow.choices)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    value = models.DecimalField(_("giá trị"), max_digits=20, decimal_places=2, validators=[MinValueValidator(0)],
                                help_text=_("Số tiền đầy đủ theo nguyên tệ: 609,1 triệu USD nhập 609.100.000."))
    currency = models.CharField(_("đơn vị tiền tệ"), max_length=3, choices=Currency.choices, default=Currency.USD)
    is_estimate = models.BooleanField(_("số ước đạt"), default=False)
    border_gate = models.ForeignKey(BorderGate, verbose_name=_("cửa khẩu"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="trade_figures",
                                    help_text=_("Để trống khi là số liệu toàn tỉnh."))
    commodity = models.CharField(_("mặt hàng"), max_length=20, choices=Commodity.choices, blank=True,
                                 help_text=_("Để trống khi là tổng mọi mặt hàng."))
    source = models.CharField(_("nguồn số liệu"), max_length=200,
                              help_text=_("Ví dụ: Sở Công Thương, Chi cục Hải quan, báo cáo của UBND tỉnh."))
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("số liệu kim ngạch")
        verbose_name_plural = _("số liệu kim ngạch xuất, nhập khẩu")
        ordering = ["-period_end", "flow", "pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-period_end", "flow", "id"],
                         condition=models.Q(deleted_at__isnull=True), name="trade_figure_live_order_idx"),
        ]
        # The clean() check names the field; these catch two concurrent saves. A NULL
        # gate never equals another NULL in a unique index, hence two partial indexes.
        constraints = [
            models.UniqueConstraint(
                fields=["province", "flow", "period_start", "period_end", "border_gate", "commodity"],
                condition=ALIVE & Q(border_gate__isnull=False), name="trade_figure_unique_at_gate",
                violation_error_message=DUPLICATE_FIGURE,
            ),
            models.UniqueConstraint(
                fields=["province", "flow", "period_start", "period_end", "commodity"],
                condition=ALIVE & Q(border_gate__isnull=True), name="trade_figure_unique_province_wide",
                violation_error_message=DUPLICATE_FIGURE,
            ),
        ]

    @property
    def period_label(self) -> str:
        return format_period(self.period_start, self.period_end)

    def __str__(self):
        parts = [f"{self.get_flow_display()} {self.period_label}"]
        if self.commodity:
            parts.append(self.get_commodity_display().lower())
        if self.border_gate_id:
            parts.append(_("qua cửa khẩu %(gate)s") % {"gate": self.border_gate.name_vn})
        return ", ".join(str(part) for part in parts)

    @property
    def value_display(self) -> str:
        return format_money(self.value, self.currency)

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("Ngày kết thúc kỳ số liệu không được trước ngày bắt đầu.")})
        if self.border_gate_id and self.province_id:
            gate = BorderGate.all_objects.filter(pk=self.border_gate_id).first()
            # A gate of the unit this province succeeded still counts (Hà Giang's gates for Tuyên Quang).
            if gate is None or gate.is_deleted or gate.province_id not in lineage_ids(self.province_id):
                raise ValidationError({"border_gate": _("Cửa khẩu này không thuộc tỉnh, thành phố của số liệu.")})
        if not (self.province_id and self.flow and self.period_start and self.period_end and self.value is not None):
            return  # the missing fields already carry their own errors
        duplicate = rules.duplicate_of(self)
        if duplicate is not None:
            raise ValidationError({"period_start": _(
                "Đã có số liệu “%(figure)s” (%(value)s); hãy sửa số liệu đó thay vì nhập thêm."
            ) % {"figure": duplicate, "value": duplicate.value_display}})
        excess = rules.breakdown_excess(self)
        if excess:
            raise ValidationError({"value": excess})
