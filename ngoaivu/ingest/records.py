"""An accepted fact → the record of its kind: an existing one when it matches, else a new one.

Every write goes through the target app's services, so it is validated, scoped and
audited like any other entry. Every fact kind has its target (a test holds them equal).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.geo.catalog import normalize_name


@dataclass(frozen=True)
class Target:
    """How one fact kind becomes a record. `find`/`create` take (fact, payload, actor, channel)."""

    find: Callable
    create: Callable
    # Model field → payload key, so a target's validation error lands on the review form's field.
    field_names: dict


def _provenance(fact) -> str:
    return _("Trích từ văn bản “%(title)s”.") % {"title": fact.document.title}


def _iso_date(value):
    return date.fromisoformat(value) if value else None


# --- partners -------------------------------------------------------------------------

def _partner_find(fact, payload, actor, channel):
    from ngoaivu.partners.selectors import partner_find_match

    names = [payload.get("name")]
    # The extractor's aliases belong to the name it read, not to a name the reviewer typed instead.
    if normalize_name(payload.get("name") or "") == normalize_name(fact.payload.get("name") or ""):
        names.extend(payload.get("aliases") or ())
    for name in filter(None, names):
        match = partner_find_match(user=actor, name=name, country_code=payload.get("country"),
                                   partner_type=payload.get("partner_type"))
        if match is not None:
            return match
    return None


def _partner_create(fact, payload, actor, channel):
    from ngoaivu.partners.services import partner_create

    return partner_create(actor=actor, channel=channel, data={
        "province": fact.province, "name": payload.get("name") or "", "partner_type": payload.get("partner_type"),
        "country_id": payload.get("country") or None, "status": payload.get("status") or "active",
        "notes": _provenance(fact),
    })


# --- legal documents ------------------------------------------------------------------

def _legal_type(label: str | None) -> str:
    """"Nghị quyết liên tịch" → resolution; a type the register does not list → other."""
    from ngoaivu.legal.choices import DocumentType

    wanted = (label or "").casefold()
    for value, name in sorted(DocumentType.choices, key=lambda choice: -len(str(choice[1]))):
        if wanted.startswith(str(name).casefold()):
            return value
    return DocumentType.OTHER


def _legal_find(fact, payload, actor, channel):
    from ngoaivu.legal.selectors import legal_document_find

    number = (payload.get("number") or "").strip()
    return legal_document_find(user=actor, number=number, issued_on=_iso_date(payload.get("date"))) if number else None


def _legal_create(fact, payload, actor, channel):
    from ngoaivu.core.services import record_create
    from ngoaivu.legal.models import LegalDocument

    return record_create(LegalDocument, actor=actor, channel=channel, data={
        "province": fact.province, "number": (payload.get("number") or "").strip(),
        "doc_type": _legal_type(payload.get("doc_type")),
        # The text seldom states the summary line; the citation as written stands in until edited.
        "title": (payload.get("title") or fact.evidence or "")[:500],
        "issuer": payload.get("issuer") or "", "issued_on": _iso_date(payload.get("date")),
        "notes": _provenance(fact),
    })


# --- border gates ---------------------------------------------------------------------

def _gate_find(fact, payload, actor, channel):
    from ngoaivu.trade.selectors import border_gate_list

    wanted = (normalize_name(payload.get("vn") or ""), normalize_name(payload.get("foreign") or ""))
    for gate in border_gate_list(user=actor):
        if (normalize_name(gate.name_vn), normalize_name(gate.name_foreign)) == wanted:
            return gate
    return None


def _gate_create(fact, payload, actor, channel):
    from ngoaivu.trade.services import border_gate_create

    if not payload.get("gate_class"):
        raise ValidationError({"gate_class": _("Văn bản không nói loại cửa khẩu: hãy sửa dữ kiện và chọn loại.")})
    return border_gate_create(actor=actor, channel=channel, data={
        "province": fact.province, "name_vn": payload.get("vn") or "", "name_foreign": payload.get("foreign") or "",
        "country_id": payload.get("country") or None, "gate_class": payload["gate_class"],
        "notes": _provenance(fact),
    })


# --- observations ---------------------------------------------------------------------

def _period_bounds(payload) -> tuple[date | None, date | None]:
    period = payload.get("period") or {}
    if period.get("as_of"):
        day = _iso_date(period["as_of"])
        return day, day
    return _iso_date(period.get("start")), _iso_date(period.get("end"))


def _observation_values(fact, payload) -> dict:
    from ngoaivu.indicators.choices import Qualifier, Source
    from ngoaivu.indicators.models import Indicator

    indicator = Indicator.objects.filter(code=payload.get("indicator")).first()
    if indicator is None:
        raise ValidationError({"indicator": _("Chỉ tiêu “%(code)s” chưa có trong danh mục.")
                               % {"code": payload.get("indicator")}})
    if payload.get("value") is None:
        raise ValidationError({"value": _("Số liệu là một khoảng: hãy sửa thành một giá trị trước khi chấp nhận.")})
    start, end = _period_bounds(payload)
    qualifier = payload.get("qualifier")
    document = fact.document
    return {
        "indicator": indicator, "period_start": start, "period_end": end, "value": payload["value"],
        "currency": payload.get("unit") if indicator.is_money else "",
        "is_estimate": qualifier == "estimate",
        "qualifier": qualifier if qualifier in Qualifier.values else "",
        "counterpart": payload.get("counterpart") or "",
        "source": Source.EXTRACTED,
        "source_document": (f"{document.title} — {document.url}" if document.url else document.title)[:300],
        "evidence_start": fact.start, "evidence_end": fact.end, "evidence_text": fact.evidence,
        "reported_change_pct": payload.get("change_pct"), "reported_plan_pct": payload.get("plan_pct"),
        "note": _("Bình quân mỗi năm trong kỳ.") if payload.get("per") == "year" else "",
    }


def _observation_find(fact, payload, actor, channel):
    from ngoaivu.indicators.choices import Aggregation, Source
    from ngoaivu.indicators.selectors import observation_list

    values = _observation_values(fact, payload)
    start = values["period_end"] if values["indicator"].aggregation == Aggregation.STOCK else values["period_start"]
    return observation_list(user=actor).filter(
        indicator=values["indicator"], period_start=start, period_end=values["period_end"],
        counterpart=values["counterpart"].strip(), value=values["value"], source=Source.EXTRACTED,
    ).first()


def _observation_create(fact, payload, actor, channel):
    from ngoaivu.indicators.services import observation_create

    return observation_create(actor=actor, channel=channel,
                              data={"province": fact.province, **_observation_values(fact, payload)})


# --- plan targets ---------------------------------------------------------------------

def _plan_of(payload, actor):
    """The plan named by the reviewer, else the one plan of the scope whose term is the target's period."""
    from ngoaivu.plans.selectors import plan_list

    plans = plan_list(user=actor)
    if payload.get("plan"):
        plan = plans.filter(pk=payload["plan"]).first()
    else:
        start, end = _period_bounds(payload)
        same_term = list(plans.filter(start_year=start.year, end_year=end.year)[:2]) if start and end else []
        plan = same_term[0] if len(same_term) == 1 else None
    if plan is None:
        raise ValidationError({"plan": _("Chọn kế hoạch có mục tiêu này (không tìm thấy một kế hoạch duy nhất "
                                         "cùng kỳ).")})
    return plan


def _target_values(payload, actor) -> dict:
    from ngoaivu.indicators.models import Indicator
    from ngoaivu.plans.choices import TargetKind, TargetScope

    indicator = Indicator.objects.filter(code=payload.get("indicator")).first()
    if indicator is None:
        raise ValidationError({"indicator": _("Chỉ tiêu “%(code)s” chưa có trong danh mục.")
                               % {"code": payload.get("indicator")}})
    plan = _plan_of(payload, actor)
    start, end = _period_bounds(payload)
    if payload.get("value") is None:
        kind = TargetKind.RANGE
    else:
        kind = TargetKind.FLOOR if payload.get("qualifier") == "at_least" else TargetKind.VALUE
    # One calendar year inside a longer plan is that year's target; "mỗi năm" is every year's.
    single_year = start.year if start and start.year == end.year and plan.start_year != plan.end_year else None
    per_year = payload.get("per") == "year" or single_year is not None
    return {
        "plan": plan, "indicator": indicator, "kind": kind, "value": payload.get("value"),
        "value_min": payload.get("value_min"), "value_max": payload.get("value_max"),
        "currency": payload.get("unit") if indicator.is_money else "",
        "scope": TargetScope.YEAR if per_year else TargetScope.TERM, "year": single_year,
    }


def _target_find(fact, payload, actor, channel):
    from ngoaivu.plans.selectors import target_list

    return target_list(user=actor).filter(**_target_values(payload, actor)).first()


def _target_create(fact, payload, actor, channel):
    from ngoaivu.core.services import child_create
    from ngoaivu.plans.models import Target as PlanTarget

    return child_create(PlanTarget, actor=actor, channel=channel, data={
        "province": fact.province, **_target_values(payload, actor), "note": _provenance(fact)})


TARGETS: dict[str, Target] = {
    "partner": Target(_partner_find, _partner_create, {"country_id": "country"}),
    "legal_document": Target(_legal_find, _legal_create,
                             {"issued_on": "date", "title": "title"}),
    "border_gate": Target(_gate_find, _gate_create,
                          {"name_vn": "vn", "name_foreign": "foreign", "country_id": "country"}),
    "observation": Target(_observation_find, _observation_create, {
        "period_start": "period_start", "period_end": "period_end", "currency": "unit",
        "reported_change_pct": "change_pct", "reported_plan_pct": "plan_pct"}),
    "target": Target(_target_find, _target_create, {
        "currency": "unit", "value_min": "value_min", "value_max": "value_max"}),
}


def existing_partner(fact, *, actor):
    """The partner of the records an open partner fact would attach to (shown on the review
    screen), or None. Other kinds show their record once accepted."""
    if fact.kind != "partner":
        return None
    payload = fact.effective_payload
    return _partner_find(fact, payload, actor, "")


def partner_namesakes(fact) -> list[str]:
    """The places an open partner fact's name may mean when the gazetteer cannot tell which
    ("Viêng Chăn": the capital or the province), for the reviewer to name it exactly."""
    from ngoaivu.partners.identity import namesakes

    if fact.kind != "partner":
        return []
    payload = fact.effective_payload
    return namesakes(partner_type=payload.get("partner_type"), name=payload.get("name") or "",
                     country_code=payload.get("country"))


def record_for(fact, payload: dict, *, actor, channel: str):
    """The matching or new record for an accepted fact."""
    target = TARGETS[fact.kind]
    try:
        return target.find(fact, payload, actor, channel) or target.create(fact, payload, actor, channel)
    except ValidationError as error:
        raise _renamed(error, target.field_names) from error


def _renamed(error: ValidationError, names: dict) -> ValidationError:
    if not hasattr(error, "error_dict"):
        return error
    return ValidationError({names.get(field, field): messages for field, messages in error.error_dict.items()})
