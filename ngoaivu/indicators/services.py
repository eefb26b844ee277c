"""Writes of observations, indicators and exchange rates. Every channel comes through here."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_update
from ngoaivu.indicators.choices import Aggregation, Source
from ngoaivu.indicators.computations import computation_for
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.units import reporting_unit

KEY_FIELDS = ("province_id", "indicator_id", "period_start", "period_end", "counterpart")


def _normalised(data: dict, instance: Observation | None = None) -> dict:
    """A stock is read at one day (the period's end); the unit is the one of the period's time."""
    data = dict(data)
    chosen = data.pop("reporting_unit", None)
    indicator = data.get("indicator") or (instance.indicator if instance else None)
    end = data.get("period_end") or (instance.period_end if instance else None)
    if indicator is not None and end is not None and indicator.aggregation == Aggregation.STOCK:
        data["period_start"] = end
    if "counterpart" in data:
        data["counterpart"] = (data["counterpart"] or "").strip()
    if instance is None and "province" in data and end is not None:
        start = data.get("period_start") or (instance.period_start if instance else None)
        data["province"] = reporting_unit(data["province"], end, chosen, since=start)
    return data


def observation_create(*, actor, data: dict, channel: str = "") -> Observation:
    if data.get("source") == Source.COMPUTED:
        raise ValidationError({"source": _("Số liệu tính từ hồ sơ do hệ thống tạo, không nhập tay.")})
    data = _normalised(data)
    data["counts"] = False
    return record_create(Observation, actor=actor, data=data, channel=channel)


@transaction.atomic
def observation_update(observation: Observation, *, actor, data: dict, channel: str = "") -> Observation:
    if data.get("source") == Source.COMPUTED and observation.source != Source.COMPUTED:
        raise ValidationError({"source": _("Số liệu tính từ hồ sơ do hệ thống tạo, không nhập tay.")})
    data = _normalised(data, observation)
    updated = record_update(observation, actor=actor, data=data, channel=channel)
    # Moved to another key: it no longer is the value chosen for the old one.
    if updated.counts and any(getattr(updated, name) != getattr(observation, name) for name in KEY_FIELDS):
        updated = record_update(updated, actor=actor, data={"counts": False}, channel=channel)
    return updated


def same_key(observation: Observation):
    return Observation.objects.filter(**{name: getattr(observation, name) for name in KEY_FIELDS})


@transaction.atomic
def observation_choose(observation: Observation, *, actor, channel: str = "") -> Observation:
    """Make this observation the one that counts for its key; the others stay as alternatives."""
    ensure_allowed(actor, Action.CHANGE, observation.province_id)
    for other in same_key(observation).filter(counts=True).exclude(pk=observation.pk):
        record_update(other, actor=actor, data={"counts": False}, channel=channel)
    return record_update(observation, actor=actor, data={"counts": True}, channel=channel)


@transaction.atomic
def observation_store_computed(*, actor, province, indicator: Indicator, period: Period, choose: bool = False,
                               channel: str = "") -> Observation:
    """Keep today's computed value of one unit as an observation (e.g. to make it count)."""
    ensure_allowed(actor, Action.ADD, province.pk)
    computation = computation_for(indicator.code)
    if computation is None:
        raise ValidationError({"indicator": _("Chỉ tiêu này chưa tính được từ hồ sơ.")})
    if indicator.aggregation == Aggregation.STOCK:
        period = Period.day(period.end)
    computed = computation.values([province.pk], period).get(province.pk)
    if computed is None or len(computed.amounts) != 1:
        raise ValidationError(_("Không có hồ sơ nào để tính chỉ tiêu này trong kỳ đã chọn, hoặc hồ sơ ghi "
                                "nhiều loại tiền."))
    (currency, value), = computed.amounts.items()
    data = {"value": value, "currency": (currency or indicator.currency) if indicator.is_money else "",
            "is_estimate": computed.is_estimate}
    existing = Observation.objects.filter(province=province, indicator=indicator, period_start=period.start,
                                          period_end=period.end, counterpart="", source=Source.COMPUTED).first()
    if existing is not None:
        stored = record_update(existing, actor=actor, data=data, channel=channel)
    else:
        stored = record_create(Observation, actor=actor, channel=channel, data={
            **data, "province": province, "indicator": indicator, "period_start": period.start,
            "period_end": period.end, "source": Source.COMPUTED,
            "note": _("Tính từ hồ sơ ngày %(day)s.") % {"day": f"{timezone.localdate():%d/%m/%Y}"}})
    return observation_choose(stored, actor=actor, channel=channel) if choose else stored


# --- catalogue and exchange rates: national data, written by system administrators ---

def indicator_create(*, actor, data: dict, channel: str = "") -> Indicator:
    return record_create(Indicator, actor=actor, data=data, channel=channel)


@transaction.atomic
def indicator_update(indicator: Indicator, *, actor, data: dict, channel: str = "") -> Indicator:
    updated = record_update(indicator, actor=actor, data=data, channel=channel)
    # Observations carry a copy of the position for their list's index (models.IndicatorPositionField).
    Observation._base_manager.filter(indicator=updated).exclude(indicator_position=updated.position) \
        .update(indicator_position=updated.position)
    return updated


def exchange_rate_create(*, actor, data: dict, channel: str = "") -> ExchangeRate:
    return record_create(ExchangeRate, actor=actor, data=data, channel=channel)


def exchange_rate_update(rate: ExchangeRate, *, actor, data: dict, channel: str = "") -> ExchangeRate:
    return record_update(rate, actor=actor, data=data, channel=channel)
