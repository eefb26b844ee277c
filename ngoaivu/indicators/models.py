from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.vnformat import format_money, format_number
from ngoaivu.indicators.choices import Aggregation, IndicatorGroup, Qualifier, Source, Unit
from ngoaivu.indicators.periods import Period


class Indicator(models.Model):
    """A named figure (export value, active FDI projects…), shared by every province."""

    code = models.SlugField(_("mã chỉ tiêu"), max_length=60, unique=True)
    name_vi = models.CharField(_("tên tiếng Việt"), max_length=200)
    name_en = models.CharField(_("tên tiếng Anh"), max_length=200)
    unit = models.CharField(_("đơn vị"), max_length=10, choices=Unit.choices)
    currency = models.CharField(_("tiền tệ hiển thị"), max_length=3, choices=Currency.choices, blank=True,
                                help_text=_("Chỉ với chỉ tiêu tiền: tiền tệ dùng khi cộng, so sánh."))
    aggregation = models.CharField(_("cách cộng kỳ"), max_length=10, choices=Aggregation.choices)
    group = models.CharField(_("nhóm"), max_length=20, choices=IndicatorGroup.choices)
    growth_of = models.ForeignKey(
        "self", verbose_name=_("là tốc độ tăng của"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="growth_rates",
    )
    description = models.TextField(_("mô tả"), blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("danh mục chỉ tiêu")
        ordering = ["position", "code"]

    def __str__(self):
        return self.name_vi

    def clean(self):
        errors = {}
        if self.unit == Unit.MONEY and not self.currency:
            errors["currency"] = _("Chỉ tiêu tiền cần có tiền tệ.")
        if self.unit != Unit.MONEY and self.currency:
            errors["currency"] = _("Chỉ tiêu không phải tiền thì không có tiền tệ.")
        if self.growth_of_id and self.aggregation != Aggregation.RATE:
            errors["aggregation"] = _("Tốc độ tăng là chỉ tiêu tỷ lệ, không cộng theo kỳ.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_money(self) -> bool:
        return self.unit == Unit.MONEY

    def format_value(self, value, currency: str = "") -> str:
        """609100000 → "609,1 triệu USD"; 12 → "12"; 17.6 → "17,6%"."""
        if value is None:
            return "—"
        if self.is_money:
            return format_money(value, currency or self.currency)
        if self.unit == Unit.PERCENT:
            return f"{format_number(value, 2)}%"
        return format_number(value, 2)


class IndicatorPositionField(models.PositiveSmallIntegerField):
    """The indicator's catalogue position, copied onto the observation whenever the row is
    written (save, bulk_create and audit.bulk's COPY all call pre_save), so the list's order
    (catalogue order first) is read from an index of this table instead of sorting a join.
    `indicator_update` rewrites the copies when an indicator moves in the catalogue."""

    def pre_save(self, model_instance, add):
        value = model_instance.indicator.position if model_instance.indicator_id else 0
        setattr(model_instance, self.attname, value)
        return value


class Observation(ProvinceRecord):
    """One value of an indicator for one province unit and one period, with where it comes from.

    Several observations may exist for the same key (province, indicator, period,
    counterpart): one entered, one computed from the records, one read from a press
    report. The one marked `counts` is used; without a mark, the source precedence of
    `Source` decides (see selectors).
    """

    indicator = models.ForeignKey(Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT,
                                  related_name="observations")
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"), help_text=_("Với chỉ tiêu lũy kế: ngày đọc số liệu."))
    value = models.DecimalField(_("giá trị"), max_digits=20, decimal_places=2)
    currency = models.CharField(_("tiền tệ"), max_length=3, choices=Currency.choices, blank=True)
    is_estimate = models.BooleanField(_("ước tính (ước đạt)"), default=False)
    qualifier = models.CharField(_("mức độ"), max_length=10, choices=Qualifier.choices, blank=True)
    counterpart = models.CharField(_("theo đối tác"), max_length=200, blank=True,
                                   help_text=_("Để trống với số liệu chung; ghi tên đối tác nếu số liệu riêng "
                                               "cho một đối tác (ví dụ: trao đổi đoàn với Hủa Phăn)."))
    source = models.CharField(_("nguồn"), max_length=10, choices=Source.choices, default=Source.ENTERED)
    counts = models.BooleanField(_("là số được dùng"), default=False, editable=False)
    source_document = models.CharField(_("văn bản nguồn"), max_length=300, blank=True,
                                       help_text=_("Tên, số hoặc địa chỉ của văn bản có số liệu."))
    evidence_start = models.PositiveIntegerField(_("vị trí đầu đoạn trích"), null=True, blank=True)
    evidence_end = models.PositiveIntegerField(_("vị trí cuối đoạn trích"), null=True, blank=True)
    evidence_text = models.TextField(_("đoạn trích"), blank=True)
    reported_change_pct = models.DecimalField(_("tăng, giảm so với cùng kỳ theo văn bản (%)"), max_digits=9,
                                              decimal_places=2, null=True, blank=True)
    reported_plan_pct = models.DecimalField(_("đạt so với kế hoạch theo văn bản (%)"), max_digits=9,
                                            decimal_places=2, null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    indicator_position = IndicatorPositionField(_("thứ tự chỉ tiêu"), default=0, editable=False)

    audit_exclude_fields = ("indicator_position",)   # derived from the indicator, never a change of its own

    class Meta:
        verbose_name = _("số liệu chỉ tiêu")
        verbose_name_plural = _("số liệu chỉ tiêu")
        # The catalogue's order, as `indicator__position` gave it; the id only breaks exact ties.
        ordering = ["indicator_position", "-period_end", "-period_start", "-pk"]
        indexes = [
            models.Index(fields=["indicator_position", "-period_end", "-period_start", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="observation_live_order_idx"),
            # A province's list: its rows already in order, no walk through the other provinces'.
            models.Index(fields=["province", "indicator_position", "-period_end", "-period_start", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="observation_province_order_idx"),
            models.Index(fields=["indicator", "period_end", "period_start"], name="observation_indicator_idx"),
            models.Index(fields=["province", "indicator", "period_end"], name="observation_province_idx"),
            # The key and its value: the home page's conflicting observations (two values, one
            # key) are the observations joined with themselves along it, read from the index only.
            models.Index(fields=["province", "indicator", "period_start", "period_end", "counterpart", "value"],
                         include=["counts", "id"], condition=models.Q(deleted_at__isnull=True),
                         name="observation_key_value_idx"),
        ]

    def __str__(self):
        return f"{self.indicator.name_vi} — {self.period.label}: {self.display_value}"

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def display_value(self) -> str:
        return self.indicator.format_value(self.value, self.currency)

    def clean(self):
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Ngày kết thúc phải sau ngày bắt đầu.")
        indicator = self.indicator if self.indicator_id else None
        if indicator is not None:
            if indicator.is_money and not self.currency:
                errors["currency"] = _("Chỉ tiêu tiền cần ghi rõ tiền tệ.")
            if not indicator.is_money and self.currency:
                errors["currency"] = _("Chỉ tiêu này không tính bằng tiền; để trống tiền tệ.")
            if indicator.aggregation != Aggregation.RATE and self.value is not None and self.value < 0:
                errors["value"] = _("Giá trị không được âm.")
        if self.source == Source.EXTRACTED and not self.source_document:
            errors["source_document"] = _("Số liệu trích từ văn bản cần ghi văn bản nguồn.")
        if (self.evidence_start is None) != (self.evidence_end is None):
            errors["evidence_end"] = _("Cần cả vị trí đầu và cuối của đoạn trích.")
        elif self.evidence_start is not None and self.evidence_end < self.evidence_start:
            errors["evidence_end"] = _("Vị trí cuối phải sau vị trí đầu.")
        if errors:
            raise ValidationError(errors)


class ExchangeRate(models.Model):
    """How many đồng one unit of a currency was worth on a date (shared by every province)."""

    currency = models.CharField(_("tiền tệ"), max_length=3, choices=Currency.choices)
    valid_on = models.DateField(_("ngày áp dụng"))
    rate_to_vnd = models.DecimalField(_("tỷ giá (đồng)"), max_digits=20, decimal_places=6,
                                      validators=[MinValueValidator(0)])
    source = models.CharField(_("nguồn tỷ giá"), max_length=200)

    class Meta:
        verbose_name = _("tỷ giá")
        verbose_name_plural = _("tỷ giá")
        ordering = ["currency", "-valid_on"]
        constraints = [models.UniqueConstraint(fields=["currency", "valid_on"], name="exchange_rate_unique_day")]

    def __str__(self):
        return f"1 {self.currency} = {format_number(self.rate_to_vnd, 2)} đồng ({self.valid_on:%d/%m/%Y})"

    def clean(self):
        if self.currency == Currency.VND:
            raise ValidationError({"currency": _("Không cần tỷ giá của đồng Việt Nam.")})
        if self.rate_to_vnd is not None and self.rate_to_vnd <= 0:
            raise ValidationError({"rate_to_vnd": _("Tỷ giá phải lớn hơn 0.")})


class RecordStamp(models.Model):
    """A random mark the database renews whenever a record the figures read changes in the
    unit (indicators/stamps.py): its triggers write it, whatever wrote the record. Row 0 is
    renewed by every `migrate` and every TRUNCATE. The figures kept in the cache are named by
    these marks, so a change of any kind is never read from an older copy (ADR 0026)."""

    province_id = models.IntegerField(_("mã đơn vị"), primary_key=True)
    stamp = models.CharField(_("dấu thay đổi"), max_length=32)

    class Meta:
        verbose_name = _("dấu thay đổi số liệu")
        verbose_name_plural = _("dấu thay đổi số liệu")
