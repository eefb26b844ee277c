from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.indicators.forms import reporting_unit_field
from ngoaivu.indicators.selectors import indicator_list
from ngoaivu.plans.models import Plan, Target
from ngoaivu.ui.forms import ChildFormMixin, RecordForm


def _plain_years(form, *names) -> None:
    for name in names:
        form.fields[name].localize = False  # a year reads 2021, not 2.021
        form.fields[name].widget.is_localized = False


class PlanForm(RecordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _plain_years(self, "start_year", "end_year")
        if self.instance.pk is None and self.user is not None:
            self.fields["reporting_unit"] = reporting_unit_field(self.user)

    class Meta:
        model = Plan
        fields = ["name", "legal_document", "start_year", "end_year", "notes"]


class TargetForm(ChildFormMixin, RecordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = indicator_list()
        _plain_years(self, "year")

    class Meta:
        model = Target
        fields = ["plan", "indicator", "kind", "value", "value_min", "value_max", "currency", "scope", "year",
                  "counts_increase", "note"]
        help_texts = {"value": _("Số đầy đủ: 3,5 tỷ USD ghi 3.500.000.000; 7%/năm ghi 7.")}


class AsOfForm(forms.Form):
    as_of = forms.DateField(label=_("Tính đến ngày"), required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                            widget=forms.DateInput(format="%d/%m/%Y", attrs={"class": "form-control",
                                                                               "placeholder": "dd/mm/yyyy"}))
