"""A fact's values as a reviewer reads them: "609,1 triệu USD", "6 tháng đầu năm 2022", "15/04/2010"."""
from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from ngoaivu.core.vnformat import format_date, format_money, format_number, format_percent, format_period
from ngoaivu.geo.catalog import country_by_code
from ngoaivu.indicators.catalogue import CATALOGUE
from ngoaivu.partners.choices import PartnerStatus, PartnerType

_INDICATOR_NAMES = {entry.code: entry.name_vi for entry in CATALOGUE}
_QUALIFIERS = {"estimate": "ước đạt", "at_least": "trên", "approx": "khoảng"}
_MONEY_UNITS = ("USD", "VND")


def indicator_name(code: str | None) -> str:
    return _INDICATOR_NAMES.get(code or "", code or "—")


def country_name(code: str | None) -> str:
    if not code:
        return "—"
    country = country_by_code(code)
    return country.name_vi if country else code


def _date(value: str | None) -> str:
    return format_date(date.fromisoformat(value)) if value else "—"


def _choice_label(choices, value) -> str:
    return str(choices(value).label) if value in choices.values else (value or "—")


def format_amount(value, unit: str | None) -> str:
    if value is None or value == "":
        return "—"
    if unit in _MONEY_UNITS:
        return format_money(value, unit)
    if unit == "percent":
        return format_percent(value)
    if unit == "people":
        return f"{format_number(value)} người"
    return format_number(value)


def format_figure(payload: dict) -> str:
    """"ước đạt 609,1 triệu USD", "3,5 tỷ USD – 4 tỷ USD", "trên 7%/năm"."""
    unit = payload.get("unit")
    if payload.get("value") is None and payload.get("value_min") is not None:
        amount = f"{format_amount(payload.get('value_min'), unit)} – {format_amount(payload.get('value_max'), unit)}"
    else:
        amount = format_amount(payload.get("value"), unit)
    if payload.get("per") == "year":
        amount += "/năm"
    qualifier = _QUALIFIERS.get(payload.get("qualifier") or "")
    return f"{qualifier} {amount}" if qualifier else amount


def format_fact_period(period: dict | None) -> str:
    period = period or {}
    if period.get("as_of"):
        return _("đến ngày %(date)s") % {"date": _date(period["as_of"])}
    if period.get("start") and period.get("end"):
        return format_period(date.fromisoformat(period["start"]), date.fromisoformat(period["end"]))
    return "—"


def _change(value) -> str:
    if value is None:
        return "—"
    word = _("tăng") if value >= 0 else _("giảm")
    return f"{word} {format_percent(abs(value))}"


def _figure_rows(payload: dict) -> list[tuple[str, str]]:
    return [
        (_("Chỉ tiêu"), indicator_name(payload.get("indicator"))),
        (_("Giá trị"), format_figure(payload)),
        (_("Kỳ"), format_fact_period(payload.get("period"))),
    ]


def _observation_rows(payload: dict) -> list[tuple[str, str]]:
    rows = _figure_rows(payload)
    if payload.get("change_pct") is not None:
        rows.append((_("So với cùng kỳ"), _change(payload["change_pct"])))
    if payload.get("plan_pct") is not None:
        rows.append((_("So với kế hoạch"), _("đạt %(pct)s") % {"pct": format_percent(payload["plan_pct"])}))
    if payload.get("counterpart"):
        rows.append((_("Đối tác"), payload["counterpart"]))
    return rows


def _partner_rows(payload: dict) -> list[tuple[str, str]]:
    return [
        (_("Tên"), payload.get("name") or "—"),
        (_("Loại"), _choice_label(PartnerType, payload.get("partner_type"))),
        (_("Quốc gia"), country_name(payload.get("country"))),
        (_("Quan hệ"), _choice_label(PartnerStatus, payload.get("status"))),
    ]


def _legal_rows(payload: dict) -> list[tuple[str, str]]:
    return [
        (_("Loại văn bản"), payload.get("doc_type") or "—"),
        (_("Số, ký hiệu"), payload.get("number") or "—"),
        (_("Ngày ban hành"), _date(payload.get("date"))),
        (_("Cơ quan ban hành"), payload.get("issuer") or "—"),
    ]


def _gate_rows(payload: dict) -> list[tuple[str, str]]:
    return [
        (_("Cửa khẩu phía Việt Nam"), payload.get("vn") or "—"),
        (_("Cửa khẩu phía nước bạn"), payload.get("foreign") or "—"),
        (_("Nước láng giềng"), country_name(payload.get("country"))),
    ]


_ROWS = {
    "observation": _observation_rows,
    "target": _figure_rows,
    "partner": _partner_rows,
    "legal_document": _legal_rows,
    "border_gate": _gate_rows,
}


def fact_rows(kind: str, payload: dict) -> list[tuple[str, str]]:
    return _ROWS[kind](payload)


def fact_summary(kind: str, payload: dict) -> str:
    if kind in ("observation", "target"):
        return f"{indicator_name(payload.get('indicator'))} {format_fact_period(payload.get('period'))}: " \
               f"{format_figure(payload)}"
    if kind == "partner":
        country = payload.get("country")
        return f"{payload.get('name')} ({country_name(country)})" if country else str(payload.get("name"))
    if kind == "legal_document":
        return f"{payload.get('doc_type') or ''} {payload.get('number') or ''}".strip()
    return f"{payload.get('vn')} – {payload.get('foreign')}"
