from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.models import Province
from ngoaivu.indicators.models import Indicator
from ngoaivu.reports.builder.national import NATIONAL_CODES
from ngoaivu.reports.forms import ReportPeriodForm
from ngoaivu.reports.models import Report
from ngoaivu.ui.forms import RecordFormMixin


class RoundForm(ReportPeriodForm):
    """Open a round: its period (as a report's), due date, the units asked and the indicators."""

    title = forms.CharField(label=_("Tên đợt báo cáo"), max_length=200)
    due_on = forms.DateField(label=_("Hạn gửi báo cáo"))
    provinces = forms.ModelMultipleChoiceField(
        label=_("Tỉnh, thành phố được yêu cầu"), required=False, queryset=Province.objects.order_by("-scheme", "name"),
        help_text=_("Để trống để yêu cầu mọi tỉnh, thành phố của kỳ báo cáo."))
    indicator_codes = forms.MultipleChoiceField(label=_("Chỉ tiêu yêu cầu"), required=False,
                                                widget=forms.CheckboxSelectMultiple)
    instructions = forms.CharField(label=_("Hướng dẫn, đề cương"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    field_order = ["title", "preset", "year", "first_year", "last_year", "date_from", "date_to", "due_on", "provinces",
                   "indicator_codes", "instructions"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        indicators = Indicator.objects.filter(is_active=True).order_by("code")
        self.fields["indicator_codes"].choices = [(indicator.code, str(indicator)) for indicator in indicators]
        self.fields["indicator_codes"].initial = list(NATIONAL_CODES)
        self.fields["indicator_codes"].widget.attrs.pop("class", None)

    def service_data(self) -> dict:
        period = self.period()
        data = self.cleaned_data
        return {"title": data["title"], "period_start": period.start, "period_end": period.end,
                "due_on": data["due_on"], "provinces": list(data["provinces"]),
                "indicator_codes": list(data["indicator_codes"]), "instructions": data["instructions"]}


class SubmissionForm(RecordFormMixin, forms.Form):
    report = forms.ModelChoiceField(label=_("Báo cáo đã hoàn thành"), queryset=Report.objects.none(),
                                    empty_label=_("Chọn báo cáo"))
    reason = forms.CharField(label=_("Lý do gửi lại (khi gửi bản điều chỉnh)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, reports=None, **kwargs):
        super().__init__(*args, **kwargs)
        if reports is not None:
            self.fields["report"].queryset = reports


class ReturnForm(RecordFormMixin, forms.Form):
    comment = forms.CharField(label=_("Ý kiến của Bộ"), widget=forms.Textarea(attrs={"rows": 3}))
