from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.core.models import YEAR_VALIDATORS, ChildManager, ProvinceRecord, deleted_rows_index
from ngoaivu.indicators.choices import Aggregation, Unit
from ngoaivu.indicators.periods import Period
from ngoaivu.plans.choices import TargetKind, TargetScope


class Plan(ProvinceRecord):
    """A plan or programme of the province for a term (Kế hoạch 108/KH-UBND, 2021–2025)."""

    name = models.CharField(_("tên kế hoạch, chương trình"), max_length=400)
    legal_document = models.ForeignKey(
        "legal.LegalDocument", verbose_name=_("văn bản ban hành"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="plans",
        help_text=_("Văn bản trong sổ văn bản căn cứ của tỉnh, ví dụ Kế hoạch 108/KH-UBND."))
    start_year = models.PositiveSmallIntegerField(_("từ năm"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("đến năm"), validators=YEAR_VALIDATORS)
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch, chỉ tiêu")
        ordering = ["-end_year", "-start_year", "name"]
        indexes = [deleted_rows_index("plan_deleted_idx")]

    def __str__(self):
        return self.name

    @property
    def period(self) -> Period:
        return Period.term(self.start_year, self.end_year)

    def clean(self):
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Năm kết thúc không được trước năm bắt đầu.")})


class Target(ProvinceRecord):
    """One target of a plan: a value, a range or a floor of an indicator, for the term or per year.

    A target on an average-growth indicator (export_growth: "tăng bình quân 7%/năm trở
    lên") is a growth-rate target: its progress is the compound yearly growth so far.
    """

    parent_field = "plan"  # hidden with its plan when the plan is deleted, back when restored

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.PROTECT, related_name="targets")
    indicator = models.ForeignKey("indicators.Indicator", verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT,
                                  related_name="targets")
    kind = models.CharField(_("loại mục tiêu"), max_length=10, choices=TargetKind.choices, default=TargetKind.VALUE)
    value = models.DecimalField(_("mức"), max_digits=20, decimal_places=2, null=True, blank=True)
    value_min = models.DecimalField(_("từ mức"), max_digits=20, decimal_places=2, null=True, blank=True)
    value_max = models.DecimalField(_("đến mức"), max_digits=20, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("tiền tệ"), max_length=3, choices=Currency.choices, blank=True)
    scope = models.CharField(_("áp dụng cho"), max_length=5, choices=TargetScope.choices, default=TargetScope.TERM)
    year = models.PositiveSmallIntegerField(_("năm"), null=True, blank=True, validators=YEAR_VALIDATORS,
                                            help_text=_("Chỉ với mục tiêu của riêng một năm trong kỳ."))
    counts_increase = models.BooleanField(
        _("tính số tăng thêm trong kỳ"), default=False,
        help_text=_("Với chỉ tiêu lũy kế: mục tiêu là số mới trong kỳ (thiết lập mới 2–3 quan hệ), "
                    "không phải tổng số."))
    note = models.TextField(_("ghi chú"), blank=True)

    objects = ChildManager()

    class Meta:
        verbose_name = _("mục tiêu kế hoạch")
        verbose_name_plural = _("mục tiêu kế hoạch")
        ordering = ["plan", "indicator__position", "year"]

    def __str__(self):
        return f"{self.indicator.name_vi}: {self.wording}"

    @property
    def is_growth_rate(self) -> bool:
        return self.indicator.aggregation == Aggregation.RATE and self.indicator.unit == Unit.PERCENT

    @property
    def threshold(self):
        """The level that counts as reached: the value, or the bottom of a range."""
        return self.value_min if self.kind == TargetKind.RANGE else self.value

    @property
    def wording(self) -> str:
        """"khoảng 3,5 – 4 tỷ USD", "từ 7%/năm trở lên", "20 trở lên"."""
        def show(amount) -> str:
            return self.indicator.format_value(amount, self.currency)

        per_year = "/năm" if self.scope == TargetScope.YEAR and not self.year else ""
        if self.kind == TargetKind.RANGE:
            text = f"khoảng {show(self.value_min)} – {show(self.value_max)}{per_year}"
        elif self.kind == TargetKind.FLOOR:
            text = f"từ {show(self.value)}{per_year} trở lên"
        elif self.kind == TargetKind.CEILING:
            text = f"không quá {show(self.value)}{per_year}"
        else:
            text = f"{show(self.value)}{per_year}"
        return f"{text} năm {self.year}" if self.year else text

    def clean(self):
        errors = {}
        if self.kind == TargetKind.RANGE:
            if self.value_min is None:
                errors["value_min"] = _("Mục tiêu trong khoảng cần mức thấp.")
            if self.value_max is None:
                errors["value_max"] = _("Mục tiêu trong khoảng cần mức cao.")
            if self.value_min is not None and self.value_max is not None and self.value_max <= self.value_min:
                errors["value_max"] = _("Mức cao phải lớn hơn mức thấp.")
            if self.value is not None:
                errors["value"] = _("Mục tiêu trong khoảng ghi mức thấp và mức cao, để trống ô “mức”.")
        else:
            if self.value is None:
                errors["value"] = _("Cần ghi mức của mục tiêu.")
            if self.value_min is not None or self.value_max is not None:
                errors["value_min"] = _("Chỉ mục tiêu trong khoảng mới ghi mức thấp, mức cao.")
        if self.indicator_id:
            if self.indicator.is_money and not self.currency:
                errors["currency"] = _("Chỉ tiêu tiền cần ghi rõ tiền tệ.")
            if not self.indicator.is_money and self.currency:
                errors["currency"] = _("Chỉ tiêu này không tính bằng tiền; để trống tiền tệ.")
            if self.counts_increase and self.indicator.aggregation != Aggregation.STOCK:
                errors["counts_increase"] = _("Chỉ chỉ tiêu lũy kế mới tính số tăng thêm.")
        if self.year is not None:
            if self.scope != TargetScope.YEAR:
                errors["year"] = _("Mục tiêu cả kỳ không ghi năm.")
            elif self.plan_id and not self.plan.start_year <= self.year <= self.plan.end_year:
                errors["year"] = _("Năm phải nằm trong kỳ kế hoạch %(start)s–%(end)s.") % {
                    "start": self.plan.start_year, "end": self.plan.end_year}
        if errors:
            raise ValidationError(errors)
