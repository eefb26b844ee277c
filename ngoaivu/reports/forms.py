from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.models import Province
from ngoaivu.indicators.forms import UnitChoiceField
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.units import lineage_units
from ngoaivu.reports.builder.national_compose import NationalSigning
from ngoaivu.reports.choices import PeriodPreset
from ngoaivu.reports.models import Report
from ngoaivu.ui.forms import RecordForm, RecordFormMixin

MIN_YEAR, MAX_YEAR = 1990, 2100


class ReportPeriodForm(RecordFormMixin, forms.Form):
    """The period of a report: a usual one (6 months, 9 months, a year, a term) or two dates."""

    preset = forms.ChoiceField(label=_("Kỳ báo cáo"), choices=PeriodPreset.choices, initial=PeriodPreset.YEAR)
    year = forms.IntegerField(label=_("Năm"), min_value=MIN_YEAR, max_value=MAX_YEAR, required=False)
    first_year = forms.IntegerField(label=_("Giai đoạn từ năm"), min_value=MIN_YEAR, max_value=MAX_YEAR,
                                    required=False)
    last_year = forms.IntegerField(label=_("đến năm"), min_value=MIN_YEAR, max_value=MAX_YEAR, required=False)
    date_from = forms.DateField(label=_("Từ ngày"), required=False)
    date_to = forms.DateField(label=_("Đến ngày"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year
        for name in ("year", "first_year", "last_year"):
            # A year is a label, not a quantity: no "2.023".
            self.fields[name].localize = False
            self.fields[name].widget.is_localized = False

    def clean(self):
        cleaned = super().clean()
        preset = cleaned.get("preset")
        required = {PeriodPreset.TERM: ("first_year", "last_year"),
                    PeriodPreset.CUSTOM: ("date_from", "date_to")}.get(preset, ("year",))
        for name in required:
            if cleaned.get(name) is None and name not in self.errors:
                self.add_error(name, _("Cần điền trường này với kỳ báo cáo đã chọn."))
        if self.errors:
            return cleaned
        if preset == PeriodPreset.TERM and cleaned["last_year"] < cleaned["first_year"]:
            self.add_error("last_year", _("Năm cuối giai đoạn phải từ năm đầu trở đi."))
        if preset == PeriodPreset.CUSTOM and cleaned["date_to"] < cleaned["date_from"]:
            self.add_error("date_to", _("Ngày cuối kỳ phải sau ngày đầu kỳ."))
        return cleaned

    def period(self) -> Period:
        data = self.cleaned_data
        return {
            PeriodPreset.HALF: lambda: Period.half(data["year"]),
            PeriodPreset.NINE_MONTHS: lambda: Period.nine_months(data["year"]),
            PeriodPreset.YEAR: lambda: Period.year(data["year"]),
            PeriodPreset.TERM: lambda: Period.term(data["first_year"], data["last_year"]),
            PeriodPreset.CUSTOM: lambda: Period(data["date_from"], data["date_to"]),
        }[data["preset"]]()


class ReportCreateForm(ReportPeriodForm):
    """A new report: the period, and the unit when it is one of the units before 1/7/2025."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if user.province_id:
            units = lineage_units(user.province)
            self.fields["unit"] = UnitChoiceField(
                Province.objects.filter(pk__in=[unit.pk for unit in units]).order_by("-scheme", "name"),
                required=False, label=_("Đơn vị hành chính báo cáo"),
                empty_label=_("%(name)s (gồm cả các đơn vị hành chính cũ)") % {"name": user.province.full_name},
                help_text=_("Chọn đơn vị hành chính trước ngày 01/7/2025 khi báo cáo về thời kỳ của đơn vị đó "
                            "(ví dụ: Thừa Thiên Huế năm 2022)."),
                widget=forms.Select(attrs={"class": "form-select"}),
            )

    def report_data(self) -> dict:
        period = self.period()
        data = {"period_start": period.start, "period_end": period.end}
        if self.cleaned_data.get("unit") is not None:
            data["unit"] = self.cleaned_data["unit"]
        return data


class ReportForm(RecordForm):
    """The document's particulars; the text is edited paragraph by paragraph."""

    class Meta:
        model = Report
        fields = ["title", "number", "symbol", "issued_on", "signer_authority", "signer_title", "signer_name",
                  "recipients"]


class ParagraphForm(forms.Form):
    text = forms.CharField(label=_("Nội dung đoạn văn"), required=False, widget=forms.Textarea(
        attrs={"rows": 10, "class": "form-control"}),
        help_text=_("Để trống để bỏ đoạn này khỏi báo cáo."))


class NationalUnits(models.TextChoices):
    """Which provinces the compilation lists."""

    PERIOD = "period", _("Đơn vị hành chính của kỳ báo cáo (63 trước ngày 01/7/2025, 34 từ ngày đó)")
    TODAY = "today", _("34 tỉnh, thành phố hiện nay (cộng số liệu của các đơn vị cũ vào đơn vị kế thừa)")
    HISTORIC = "historic", _("63 tỉnh, thành phố trước ngày 01/7/2025")


class NationalReportForm(ReportPeriodForm):
    """The period, the units listed, and the compilation's number, date and signer."""

    units = forms.ChoiceField(label=_("Tỉnh, thành phố tổng hợp"), choices=NationalUnits.choices,
                              initial=NationalUnits.PERIOD, required=False)
    number = forms.CharField(label=_("Số văn bản"), max_length=20, required=False)
    issued_on = forms.DateField(label=_("Ngày ban hành"), required=False,
                                help_text=_("Để trống để ghi ngày tổng hợp."))
    signer_authority = forms.CharField(label=_("Thẩm quyền ký"), max_length=60, required=False,
                                       initial=NationalSigning.signer_authority)
    signer_title = forms.CharField(label=_("Chức vụ người ký"), max_length=100, required=False,
                                   initial=NationalSigning.signer_title)
    signer_name = forms.CharField(label=_("Họ tên người ký"), max_length=100, required=False)

    def historic(self) -> bool | None:
        """None for the units of the period, else whether to list the 63 units before 2025."""
        units = self.cleaned_data.get("units") or NationalUnits.PERIOD
        return None if units == NationalUnits.PERIOD else units == NationalUnits.HISTORIC

    def signing(self) -> NationalSigning:
        data = self.cleaned_data
        given = {name: data[name] for name in ("signer_authority", "signer_title") if data.get(name)}
        return NationalSigning(number=data.get("number") or "", issued_on=data.get("issued_on"),
                               signer_name=data.get("signer_name") or "", **given)
