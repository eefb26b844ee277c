"""One form per fact kind: it validates a corrected payload (from the review page or the
API) and turns it back into the exchange format's JSON (shared/gold/SCHEMA.md)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.catalog import countries
from ngoaivu.indicators.catalogue import CATALOGUE
from ngoaivu.partners.choices import PartnerStatus, PartnerType
from ngoaivu.plans.models import Plan
from ngoaivu.trade.choices import GateClass
from ngoaivu.ui.forms import RecordFormMixin

UNITS = [("USD", "USD"), ("VND", _("đồng (VND)")), ("count", _("số lượng")), ("people", _("người")),
         ("percent", _("tỷ lệ (%)"))]
QUALIFIERS = [("", _("chính xác")), ("estimate", _("ước đạt")), ("at_least", _("trên, từ … trở lên")),
              ("approx", _("khoảng"))]
PER = [("period", _("cả kỳ")), ("year", _("mỗi năm (bình quân)"))]


def _country_choices():
    return [("", "—"), *((country.code, country.name_vi) for country in countries())]


def _json_number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


class FactPayloadForm(forms.Form):
    kind = ""

    @classmethod
    def initial_from(cls, payload: dict) -> dict:
        """The payload's values as the fields hold them (dates, decimals), so they show as 15/04/2010, 1.234,5."""
        values = {}
        for name, field in cls.base_fields.items():
            value = payload.get(name)
            if isinstance(field, forms.DateField):
                value = _date(value)
            elif isinstance(field, forms.DecimalField):
                value = _decimal(value)
            values[name] = value
        return values

    def to_payload(self) -> dict:
        data = self.cleaned_data
        return {"kind": self.kind, **{name: data.get(name) or None for name in self.fields}}


class PartnerPayloadForm(FactPayloadForm):
    kind = "partner"
    name = forms.CharField(label=_("Tên đối tác"), max_length=200)
    partner_type = forms.ChoiceField(label=_("Loại đối tác"), choices=PartnerType.choices)
    country = forms.ChoiceField(label=_("Quốc gia"), choices=_country_choices, required=False)
    status = forms.ChoiceField(label=_("Quan hệ"), choices=PartnerStatus.choices)


class LegalDocumentPayloadForm(FactPayloadForm):
    kind = "legal_document"
    doc_type = forms.CharField(label=_("Loại văn bản"), max_length=60)
    number = forms.CharField(label=_("Số, ký hiệu"), max_length=60)
    date = forms.DateField(label=_("Ngày ban hành"), required=False)
    issuer = forms.CharField(label=_("Cơ quan ban hành"), max_length=200, required=False)
    title = forms.CharField(label=_("Trích yếu"), max_length=500, required=False,
                            help_text=_("Để trống thì dùng đoạn trích trong văn bản."))

    def to_payload(self) -> dict:
        return {**super().to_payload(), "date": _iso(self.cleaned_data.get("date"))}


class BorderGatePayloadForm(FactPayloadForm):
    kind = "border_gate"
    vn = forms.CharField(label=_("Cửa khẩu phía Việt Nam"), max_length=120)
    foreign = forms.CharField(label=_("Cửa khẩu phía nước bạn"), max_length=120)
    country = forms.ChoiceField(label=_("Nước láng giềng"), choices=_country_choices, required=False)
    gate_class = forms.ChoiceField(label=_("Loại cửa khẩu"), choices=[("", "—"), *GateClass.choices],
                                   required=False)


class FigurePayloadForm(FactPayloadForm):
    """A value of an indicator: observations and plan targets."""
    indicator = forms.ChoiceField(label=_("Chỉ tiêu"), choices=[(e.code, e.name_vi) for e in CATALOGUE])
    value = forms.DecimalField(label=_("Giá trị"), required=False,
                               help_text=_("Số đầy đủ: 609,1 triệu USD nhập 609.100.000."))
    value_min = forms.DecimalField(label=_("Giá trị thấp nhất (khoảng)"), required=False)
    value_max = forms.DecimalField(label=_("Giá trị cao nhất (khoảng)"), required=False)
    unit = forms.ChoiceField(label=_("Đơn vị"), choices=UNITS)
    period_start = forms.DateField(label=_("Từ ngày"), required=False)
    period_end = forms.DateField(label=_("Đến ngày"), required=False)
    as_of = forms.DateField(label=_("Số lũy kế đến ngày"), required=False,
                            help_text=_("Chỉ với số liệu lũy kế, thay cho từ ngày – đến ngày."))
    qualifier = forms.ChoiceField(label=_("Mức độ"), choices=QUALIFIERS, required=False)
    per = forms.ChoiceField(label=_("Giá trị tính cho"), choices=PER, initial="period")

    @classmethod
    def initial_from(cls, payload: dict) -> dict:
        period = payload.get("period") or {}
        initial = super().initial_from(payload)
        initial.update(period_start=_date(period.get("start")), period_end=_date(period.get("end")),
                       as_of=_date(period.get("as_of")))
        return initial

    def clean(self):
        data = super().clean()
        has_range = data.get("value_min") is not None and data.get("value_max") is not None
        if data.get("value") is None and not has_range:
            self.add_error("value", _("Nhập giá trị, hoặc cả giá trị thấp nhất và cao nhất của khoảng."))
        elif has_range and data["value_max"] < data["value_min"]:
            self.add_error("value_max", _("Giá trị cao nhất phải lớn hơn giá trị thấp nhất."))
        start, end = data.get("period_start"), data.get("period_end")
        if not data.get("as_of") and not (start and end):
            self.add_error("period_start", _("Nhập kỳ số liệu (từ ngày – đến ngày) hoặc ngày của số lũy kế."))
        elif start and end and end < start:
            self.add_error("period_end", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return data

    def to_payload(self) -> dict:
        data = self.cleaned_data
        payload = {name: data.get(name) or None for name in ("indicator", "unit", "qualifier", "per")}
        for name in ("value", "value_min", "value_max"):
            payload[name] = _json_number(data.get(name))
        if data.get("value") is not None:  # one value, or a range: never both
            payload["value_min"] = payload["value_max"] = None
        payload["period"] = {"as_of": _iso(data["as_of"])} if data.get("as_of") else \
            {"start": _iso(data["period_start"]), "end": _iso(data["period_end"])}
        return {"kind": self.kind, **payload}


class TargetPayloadForm(FigurePayloadForm):
    kind = "target"
    plan = forms.ModelChoiceField(label=_("Kế hoạch"), queryset=Plan.objects.all(), required=False,
                                  help_text=_("Để trống thì dùng kế hoạch duy nhất có cùng kỳ."))

    def to_payload(self) -> dict:
        plan = self.cleaned_data.get("plan")
        return {**super().to_payload(), "plan": plan.pk if plan else None}


class ObservationPayloadForm(FigurePayloadForm):
    kind = "observation"
    change_pct = forms.DecimalField(label=_("Tăng (+), giảm (−) so với cùng kỳ (%)"), required=False)
    plan_pct = forms.DecimalField(label=_("Đạt so với kế hoạch (%)"), required=False)
    counterpart = forms.CharField(label=_("Đối tác (nếu số liệu riêng cho một đối tác)"), max_length=200,
                                  required=False)

    def to_payload(self) -> dict:
        data = self.cleaned_data
        return {**super().to_payload(), "change_pct": _json_number(data.get("change_pct")),
                "plan_pct": _json_number(data.get("plan_pct")), "counterpart": data.get("counterpart") or None}


PAYLOAD_FORMS: dict[str, type[FactPayloadForm]] = {
    form.kind: form for form in (PartnerPayloadForm, LegalDocumentPayloadForm, BorderGatePayloadForm,
                                 TargetPayloadForm, ObservationPayloadForm)
}


@lru_cache(maxsize=None)
def page_form_class(kind: str) -> type[FactPayloadForm]:
    """The kind's form styled for the review page: Vietnamese number and date input."""
    form = PAYLOAD_FORMS[kind]
    return type(f"Page{form.__name__}", (RecordFormMixin, form), {})


def clean_payload(kind: str, payload: dict) -> dict:
    """The payload validated by its kind's form, with the fields the form does not edit kept
    (evidence, offsets, aliases). Raises a ValidationError naming the fields."""
    form_class = PAYLOAD_FORMS[kind]
    data = {**form_class.initial_from(payload), **{k: v for k, v in payload.items() if k in form_class.base_fields}}
    form = form_class(data=_form_data(data))
    if not form.is_valid():
        raise ValidationError(form.errors.as_data())
    kept = {key: value for key, value in payload.items() if key not in form_class.base_fields}
    return {**kept, **form.to_payload()}


def _form_data(data: dict) -> dict:
    """JSON values as a form reads them: None is an empty field."""
    return {name: ("" if value is None else value) for name, value in data.items()}
