from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.core.models import ChildManager, ProvinceRecord, deleted_rows_index
from ngoaivu.core.vnformat import format_date
from ngoaivu.investment.choices import CertificateKind, EconomicSector, FdiStatus, LocationKind, PromotionKind

MONEY = {"max_digits": 20, "decimal_places": 2}


def _same_currency_as_project(child, currency_field: str = "currency") -> dict:
    """Child amounts add up with the project's capital, so they use its currency."""
    if child.project_id and getattr(child, currency_field) != child.project.capital_currency:
        return {currency_field: _("Dùng cùng loại tiền với vốn đăng ký của dự án (%(currency)s).")
                % {"currency": child.project.capital_currency}}
    return {}


class FdiProject(ProvinceRecord):
    """A foreign direct investment project admitted in the province."""

    name = models.CharField(_("tên dự án"), max_length=300)
    investor_name = models.CharField(_("nhà đầu tư"), max_length=300)
    investor_country = models.ForeignKey("geo.Country", verbose_name=_("quốc gia, vùng lãnh thổ của nhà đầu tư"),
                                         on_delete=models.PROTECT, related_name="+")
    certificate_kind = models.CharField(_("loại văn bản"), max_length=20, choices=CertificateKind.choices,
                                        default=CertificateKind.REGISTRATION)
    certificate_number = models.CharField(_("số giấy chứng nhận, quyết định"), max_length=100, blank=True)
    certificate_date = models.DateField(_("ngày cấp, ngày chấp thuận"))
    registered_capital = models.DecimalField(_("vốn đầu tư đăng ký ban đầu"), **MONEY)
    capital_currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices,
                                        default=Currency.USD)
    location = models.CharField(_("địa điểm thực hiện"), max_length=300, blank=True,
                                help_text=_("Khu kinh tế, khu công nghiệp; xã, phường."))
    sector = models.CharField(_("ngành kinh tế"), max_length=1, choices=EconomicSector.choices, blank=True)
    status = models.CharField(_("tình trạng"), max_length=12, choices=FdiStatus.choices, default=FdiStatus.ACTIVE)
    terminated_on = models.DateField(_("ngày chấm dứt hoạt động"), null=True, blank=True)
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("dự án FDI")
        verbose_name_plural = _("dự án FDI")
        ordering = ["-certificate_date", "name"]
        indexes = [
            models.Index(fields=["province", "certificate_date"], name="fdi_province_certified_idx"),
            models.Index(fields=["-certificate_date", "name"],
                         condition=models.Q(deleted_at__isnull=True), name="fdi_project_live_order_idx"),
            deleted_rows_index("fdi_project_deleted_idx"),
            # The capital adjustments' stock reads each adjusted project's end date: PostgreSQL
            # reads it from this index for the province's adjustments (index-only, 1.657
            # probes) instead of scanning and hashing every project of the country.
            models.Index(fields=["id"], include=["terminated_on"], name="fdi_project_end_idx"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.certificate_date and self.certificate_date > timezone.localdate():
            errors["certificate_date"] = _("Ngày cấp không được sau ngày hôm nay.")
        if self.registered_capital is not None and self.registered_capital <= 0:
            errors["registered_capital"] = _("Vốn đăng ký phải lớn hơn 0.")
        if self.status == FdiStatus.TERMINATED and not self.terminated_on:
            errors["terminated_on"] = _("Dự án đã chấm dứt hoạt động cần có ngày chấm dứt.")
        elif self.terminated_on and self.status != FdiStatus.TERMINATED:
            errors["terminated_on"] = _("Chỉ dự án đã chấm dứt hoạt động mới có ngày chấm dứt.")
        elif self.terminated_on and self.certificate_date and self.terminated_on < self.certificate_date:
            errors["terminated_on"] = _("Ngày chấm dứt phải sau ngày cấp.")
        if errors:
            raise ValidationError(errors)


class FdiCapitalAdjustment(ProvinceRecord):
    """A "lượt điều chỉnh" of a project's registered capital: an increase, or a reduction."""

    parent_field = "project"

    project = models.ForeignKey(FdiProject, verbose_name=_("dự án"), on_delete=models.PROTECT,
                                related_name="adjustments")
    adjusted_on = models.DateField(_("ngày điều chỉnh"))
    added_capital = models.DecimalField(_("vốn tăng thêm"), **MONEY,
                                        help_text=_("Số âm khi điều chỉnh giảm vốn."))
    currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices, default=Currency.USD)
    certificate_number = models.CharField(_("số giấy chứng nhận điều chỉnh"), max_length=100, blank=True)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    objects = ChildManager()

    class Meta:
        verbose_name = _("lượt điều chỉnh vốn FDI")
        verbose_name_plural = _("lượt điều chỉnh vốn FDI")
        ordering = ["-adjusted_on", "-pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-adjusted_on", "-id"], condition=models.Q(deleted_at__isnull=True),
                         name="fdi_adjust_live_order_idx"),
        ]

    def __str__(self):
        return f"{self.project}: {format_date(self.adjusted_on)}"

    def clean(self):
        errors = _same_currency_as_project(self)
        if self.added_capital == 0:
            errors["added_capital"] = _("Vốn điều chỉnh phải khác 0.")
        if self.project_id and self.adjusted_on:
            if self.adjusted_on < self.project.certificate_date:
                errors["adjusted_on"] = _("Ngày điều chỉnh phải sau ngày cấp dự án.")
            elif self.project.terminated_on and self.adjusted_on > self.project.terminated_on:
                errors["adjusted_on"] = _("Dự án đã chấm dứt hoạt động trước ngày này.")
        if errors:
            raise ValidationError(errors)


class FdiImplementation(ProvinceRecord):
    """Capital actually invested over a period: one year, or from the certificate to a date.

    Periods of one project never overlap, so implemented capital to a date is a plain sum.
    """

    parent_field = "project"

    project = models.ForeignKey(FdiProject, verbose_name=_("dự án"), on_delete=models.PROTECT,
                                related_name="implementations")
    # Filled with the certificate date by the service when left blank.
    period_start = models.DateField(_("từ ngày"), blank=True, help_text=_("Để trống: lũy kế từ ngày cấp dự án."))
    period_end = models.DateField(_("đến ngày"))
    amount = models.DecimalField(_("vốn thực hiện"), **MONEY, validators=[MinValueValidator(0)])
    currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices, default=Currency.USD)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)

    objects = ChildManager()

    class Meta:
        verbose_name = _("vốn FDI thực hiện")
        verbose_name_plural = _("vốn FDI thực hiện")
        ordering = ["-period_end", "-pk"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-period_end", "-id"],
                         condition=models.Q(deleted_at__isnull=True), name="fdi_impl_live_order_idx"),
        ]

    def __str__(self):
        return f"{self.project}: {format_date(self.period_start)}–{format_date(self.period_end)}"

    def clean(self):
        errors = _same_currency_as_project(self)
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Ngày kết thúc kỳ phải sau ngày bắt đầu.")
        if self.period_end and self.period_end > timezone.localdate():
            errors["period_end"] = _("Vốn thực hiện chỉ ghi nhận đến ngày hôm nay.")
        if self.project_id and self.period_start and self.period_start < self.project.certificate_date:
            errors["period_start"] = _("Kỳ thực hiện không được trước ngày cấp dự án.")
        if errors:
            raise ValidationError(errors)


class PromotionEvent(ProvinceRecord):
    """An investment, trade or tourism promotion event the province holds or takes part in."""

    title = models.CharField(_("tên sự kiện"), max_length=300)
    kind = models.CharField(_("loại xúc tiến"), max_length=12, choices=PromotionKind.choices,
                            default=PromotionKind.INVESTMENT)
    location_kind = models.CharField(_("nơi tổ chức"), max_length=12, choices=LocationKind.choices)
    country = models.ForeignKey("geo.Country", verbose_name=_("quốc gia"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+",
                                help_text=_("Bắt buộc với sự kiện ở nước ngoài."))
    venue = models.CharField(_("địa điểm"), max_length=300, blank=True)
    partner = models.ForeignKey("partners.Partner", verbose_name=_("đối tác"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="+")
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    organiser = models.CharField(_("đơn vị tổ chức, chủ trì"), max_length=300, blank=True)
    outcomes = models.TextField(_("kết quả"), blank=True)
    agreements_signed = models.PositiveIntegerField(_("số biên bản ghi nhớ, cam kết đã ký"), default=0)
    commitments_value = models.DecimalField(_("giá trị cam kết đầu tư"), **MONEY, null=True, blank=True,
                                            validators=[MinValueValidator(0)])
    commitments_currency = models.CharField(_("loại tiền"), max_length=3, choices=Currency.choices,
                                            default=Currency.USD)

    class Meta:
        verbose_name = _("sự kiện xúc tiến đầu tư, thương mại")
        verbose_name_plural = _("xúc tiến đầu tư, thương mại")
        ordering = ["-start_date", "title"]
        # The national list's order over live rows (issue 13): read in index order, no sort.
        indexes = [
            models.Index(fields=["-start_date", "title"], condition=models.Q(deleted_at__isnull=True),
                         name="promotion_live_order_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.location_kind == LocationKind.ABROAD and not self.country_id:
            errors["country"] = _("Sự kiện ở nước ngoài phải có quốc gia.")
        elif self.location_kind and self.location_kind != LocationKind.ABROAD and self.country_id not in (None, "VN"):
            errors["country"] = _("Sự kiện trong nước không chọn quốc gia nước ngoài.")
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Ngày kết thúc phải sau ngày bắt đầu.")
        if errors:
            raise ValidationError(errors)
