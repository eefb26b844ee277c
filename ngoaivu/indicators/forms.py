from datetime import date

from django import forms
from django.contrib import messages
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.models import Province
from ngoaivu.indicators.choices import PeriodShape, Source
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import indicator_list, latest_data_year, visible_units
from ngoaivu.indicators.units import lineage_units
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.full_name if obj.valid_to is None else str(obj)


def reporting_unit_field(user) -> UnitChoiceField:
    """The units of the user's lineage: which one a past figure or plan belongs to."""
    units = lineage_units(user.province) if user.province_id else []
    return UnitChoiceField(
        Province.objects.filter(pk__in=[unit.pk for unit in units]), required=False,
        label=_("Đơn vị hành chính của thời kỳ"),
        empty_label=_("— Tự xác định theo thời kỳ —"),
        help_text=_("Số liệu trước 01/7/2025 thuộc đơn vị hành chính cũ; chỉ cần chọn khi thời kỳ thuộc "
                    "nhiều đơn vị cũ đã hợp nhất."),
        widget=forms.Select(attrs={"class": "form-select"}),
    )


class ObservationForm(RecordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = indicator_list()
        if self.instance.source != Source.COMPUTED:  # computed values are stored by the system only
            self.fields["source"].choices = [choice for choice in Source.choices if choice[0] != Source.COMPUTED]
        if self.instance.pk is None and self.user is not None:
            self.fields["reporting_unit"] = reporting_unit_field(self.user)

    class Meta:
        model = Observation
        fields = ["indicator", "period_start", "period_end", "value", "currency", "is_estimate", "qualifier",
                  "counterpart", "source", "source_document", "evidence_text", "evidence_start", "evidence_end",
                  "reported_change_pct", "reported_plan_pct", "note"]


class PeriodForm(RecordFormMixin, forms.Form):
    """A period the way people ask for one: "7 tháng đầu năm 2022", "quý III/2023"… or two dates."""

    shape = forms.ChoiceField(label=_("Kỳ"), choices=PeriodShape.choices, initial=PeriodShape.YEAR)
    year = forms.IntegerField(label=_("Năm"), min_value=1990, max_value=2100)
    quarter = forms.IntegerField(label=_("Quý"), min_value=1, max_value=4, required=False)
    month = forms.IntegerField(label=_("Tháng"), min_value=1, max_value=12, required=False)

    def __init__(self, data=None, *, default_year: int | None = None, **kwargs):
        data = data.copy() if data is not None else None
        if data is not None and not data.get("year"):
            data["year"] = default_year or date.today().year
        if data is not None and not data.get("shape"):
            data["shape"] = PeriodShape.YEAR  # "?year=2023" alone means the year 2023
        super().__init__(data, **kwargs)
        for name in ("year", "quarter", "month"):
            self.fields[name].localize = False
            self.fields[name].widget.is_localized = False

    def clean(self):
        cleaned = super().clean()
        shape = cleaned.get("shape")
        if shape == PeriodShape.QUARTER and not cleaned.get("quarter"):
            self.add_error("quarter", _("Chọn quý."))
        if shape in (PeriodShape.MONTH, PeriodShape.TO_MONTH) and not cleaned.get("month"):
            self.add_error("month", _("Chọn tháng."))
        return cleaned

    def period(self) -> Period:
        data = self.cleaned_data
        year = data["year"]
        return {
            PeriodShape.YEAR: lambda: Period.year(year),
            PeriodShape.HALF: lambda: Period.half(year),
            PeriodShape.NINE_MONTHS: lambda: Period.nine_months(year),
            PeriodShape.QUARTER: lambda: Period.quarter(year, data["quarter"]),
            PeriodShape.MONTH: lambda: Period.month(year, data["month"]),
            PeriodShape.TO_MONTH: lambda: Period.to_end_of_month(year, data["month"]),
        }[data["shape"]]()


class NationalForm(PeriodForm):
    # By code, as the API takes it: ?indicator=export_value.
    indicator = forms.ModelChoiceField(queryset=Indicator.objects.none(), to_field_name="code", label=_("Chỉ tiêu"))
    historic = forms.BooleanField(label=_("Đơn vị hành chính cũ (63 tỉnh, thành)"), required=False)

    field_order = ["indicator", "shape", "year", "quarter", "month", "historic"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = indicator_list()


class UnitForm(RecordFormMixin, forms.Form):
    """Which province unit a page shows: today's unit (with its predecessors) or one old unit."""

    unit = UnitChoiceField(queryset=Province.objects.none(), label=_("Tỉnh, thành phố"), required=False,
                           empty_label=None)

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        units = visible_units(user) + visible_units(user, historic=True)
        self.fields["unit"].queryset = Province.objects.filter(pk__in=[u.pk for u in units]).order_by(
            "scheme", "name")

    def chosen_unit(self, user) -> Province | None:
        if self.is_valid() and self.cleaned_data.get("unit"):
            return self.cleaned_data["unit"]
        return user.province if user.province_id else self.fields["unit"].queryset.first()


def unit_and_period(request) -> tuple[UnitForm, Province, PeriodForm]:
    """The unit and period a figure page shows, from its query string (defaults: the
    user's province, the last complete year)."""
    unit_form = UnitForm(request.GET or None, user=request.user)
    unit = unit_form.chosen_unit(request.user)
    if unit is None:
        raise Http404(_("Không có tỉnh, thành phố nào để xem."))
    # The latest year with figures, so the page never opens on an empty year.
    default_year = latest_data_year(user=request.user, unit=unit) or timezone.localdate().year - 1
    period_form = PeriodForm(request.GET or None, default_year=default_year)
    if not period_form.is_valid():
        _say_ignored(request, period_form, default_year)
        period_form = PeriodForm({"shape": "year", "year": default_year})
        period_form.is_valid()
    return unit_form, unit, period_form


def _say_ignored(request, form, default_year: int) -> None:
    """A parameter that cannot be used is said, never silently dropped."""
    problems = "; ".join(f"{form.fields[name].label if name in form.fields else name}: {' '.join(errors)}"
                         for name, errors in form.errors.items())
    messages.warning(request, _("Không dùng được kỳ đã chọn (%(problems)s); đang hiển thị năm %(year)d.")
                     % {"problems": problems, "year": default_year})
