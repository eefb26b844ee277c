"""The records of a period that section I tells of, read into plain JSON.

Names, dates and counts, not sentences: `record_sentences` writes them. `user` is the
read scope of collect.unit_reader, so every selector returns that unit's records only.
"""
from __future__ import annotations

import re

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from ngoaivu.agreements.selectors import agreement_list, agreements_signed_between
from ngoaivu.aid.choices import OdaProjectType
from ngoaivu.aid.selectors import oda_implementing_at
from ngoaivu.conferences.choices import ProvinceRole
from ngoaivu.conferences.selectors import CARRIED_OUT_STATUSES as CONFERENCES_HELD
from ngoaivu.conferences.selectors import conference_list
from ngoaivu.consular.choices import ActivityStatus
from ngoaivu.consular.selectors import citizen_case_list, labour_deployment_list, overseas_activity_list
from ngoaivu.culture.selectors import cultural_event_list
from ngoaivu.delegations.selectors import CARRIED_OUT_STATUSES as DELEGATIONS_HELD
from ngoaivu.delegations.selectors import delegation_list
from ngoaivu.indicators.periods import Period
from ngoaivu.investment.selectors import fdi_project_list, promotion_event_list
from ngoaivu.partners.choices import PartnerStatus, PartnerType
from ngoaivu.partners.selectors import partner_list
from ngoaivu.reports.builder.encoding import date_out, decimal_out
from ngoaivu.trade.selectors import border_gate_list, border_gate_status_history

# A trip whose name or purpose says it promotes investment or trade is promotion work too
# ("Đoàn xúc tiến đầu tư tỉnh Hà Tĩnh tại Hàn Quốc").
PROMOTION_WORDS = re.compile(r"xúc tiến (đầu tư|thương mại)", re.IGNORECASE)


def record_facts(*, user, period: Period) -> dict:
    span = (period.start, period.end)
    cases = citizen_case_list(user=user)
    return {
        "delegations": _delegations(user, period),
        "agreements": _agreements(user, period),
        "conferences": _conferences(user, period),
        "promotion_events": _promotion_events(user, period),
        "partners": _partners(user, period),
        "citizen_cases": {"received": cases.filter(opened_on__range=span).count(),
                          "closed": cases.filter(closed_on__range=span).count()},
        "overseas_activities": _overseas(user, period),
        "cultural_events": _cultural_events(user, period),
        "labour": _labour(user, period),
        "border_gates": _gate_changes(user, period),
        "oda_by_type": _oda_by_type(user, period),
        "fdi": _fdi(user, period),
    }


def _names(items) -> list[str]:
    return [item.name_vi for item in items]


def _delegations(user, period: Period) -> list[dict]:
    trips = delegation_list(user=user).filter(status__in=DELEGATIONS_HELD, start_date__range=(period.start,
                                                                                               period.end))
    return [{
        "direction": trip.direction, "name": trip.name, "level": trip.level, "head_title": trip.head_title,
        "countries": _names(trip.countries.all()), "partner": trip.partner.name if trip.partner else "",
        "start": date_out(trip.start_date), "end": date_out(trip.end_date),
        "promotion": bool(PROMOTION_WORDS.search(f"{trip.name} {trip.purpose}")),
    } for trip in trips.order_by("start_date", "name")]


def _agreements(user, period: Period) -> list[dict]:
    signed = agreements_signed_between(agreement_list(user=user), period.start, period.end) \
        .prefetch_related("partners", "partners__country", "sectors").order_by("signed_on", "title")
    return [{
        "title": agreement.title, "kind": agreement.kind, "level": agreement.level,
        "sectors": [sector.code for sector in agreement.sectors.all()],
        "partners": [partner.name for partner in agreement.partners.all()],
        "countries": sorted({partner.country.name_vi for partner in agreement.partners.all() if partner.country}),
        "signed_on": date_out(agreement.signed_on),
    } for agreement in signed]


def _conferences(user, period: Period) -> list[dict]:
    held = conference_list(user=user).filter(status__in=CONFERENCES_HELD, start_date__range=(period.start,
                                                                                               period.end))
    return [{
        "title": conference.title, "kind": conference.kind, "organised": conference.province_role !=
        ProvinceRole.PARTICIPANT, "foreign_participants": conference.foreign_participants, "topics": conference.topics,
        "format": conference.format, "start": date_out(conference.start_date),
    } for conference in held.order_by("start_date", "title")]


def _promotion_events(user, period: Period) -> list[dict]:
    events = promotion_event_list(user=user).filter(start_date__range=(period.start, period.end))
    return [{"title": event.title, "location_kind": event.location_kind,
             "country": event.country.name_vi if event.country_id else "", "start": date_out(event.start_date)}
            for event in events.select_related("country").order_by("start_date", "title")]


def _partners(user, period: Period) -> dict:
    """Foreign localities the province has ties with at the period's end, by country."""
    localities = partner_list(user=user).filter(partner_type=PartnerType.LOCALITY).filter(
        Q(status=PartnerStatus.ACTIVE) | Q(status=PartnerStatus.LAPSED, ended_on__gt=period.end)).filter(
        Q(established_on__isnull=True) | Q(established_on__lte=period.end)).select_related("country")
    by_country: dict[str, list[str]] = {}
    new = []
    for partner in localities.order_by("country__name_vi", "name"):
        by_country.setdefault(partner.country.name_vi if partner.country_id else "", []).append(partner.name)
        if partner.established_on and partner.established_on >= period.start:
            new.append(partner.name)
    planned = partner_list(user=user).filter(status=PartnerStatus.PLANNED).order_by("name")
    return {"localities": by_country, "new": new, "planned": [partner.name for partner in planned]}


def _overseas(user, period: Period) -> dict:
    """Activities held in the period, and those being prepared for the months after it."""
    activities = overseas_activity_list(user=user).order_by("held_on", "title")
    held = activities.filter(status=ActivityStatus.HELD, held_on__range=(period.start, period.end))
    soon = Period(period.next_day(), period.end.replace(year=period.end.year + 1))
    prepared = activities.filter(status=ActivityStatus.PLANNED, held_on__range=(soon.start, soon.end))
    return {"held": [activity.title for activity in held],
            "prepared": [{"title": activity.title, "on": date_out(activity.held_on)} for activity in prepared]}


def _cultural_events(user, period: Period) -> list[dict]:
    """Events running at some time in the period (a year-long exchange counts in every report of it)."""
    events = cultural_event_list(user=user).filter(start_date__lte=period.end).filter(
        Q(end_date__gte=period.start) | Q(end_date__isnull=True, start_date__gte=period.start))
    return [{"title": event.title, "country": event.country.name_vi if event.country_id else "",
             "kind": event.kind} for event in events.select_related("country").order_by("start_date", "title")]


def _labour(user, period: Period) -> dict:
    """Workers sent abroad by deployments that lie inside the period."""
    rows = labour_deployment_list(user=user).filter(period_start__gte=period.start, period_end__lte=period.end)
    total = sum(row.workers_sent or 0 for row in rows)
    countries = sorted({row.country.name_vi for row in rows.select_related("country") if row.country_id})
    return {"workers": total, "countries": countries} if total else {}


def _gate_changes(user, period: Period) -> list[dict]:
    """Gates whose status changed in the period, grouped by their latest status in it."""
    groups: dict[str, list] = {}
    for gate in border_gate_list(user=user).order_by("name_vn"):
        change = border_gate_status_history(user=user, gate=gate).filter(
            changed_on__range=(period.start, period.end)).order_by("-changed_on").first()
        if change is not None:
            groups.setdefault(change.status, []).append(gate)
    return [{"status": status, "gate_class": _common(gate.gate_class for gate in gates),
             "gates": [f"{gate.name_vn} - {gate.name_foreign}" for gate in gates]}
            for status, gates in groups.items()]


def _oda_by_type(user, period: Period) -> dict[str, int]:
    """Projects under way at the period's end by kind, in the order of the kinds."""
    rows = oda_implementing_at(user=user, on=period.end).order_by().values("project_type").annotate(count=Count("pk"))
    counts = {row["project_type"]: row["count"] for row in rows}
    return {_lower_first(str(label)): counts[kind] for kind, label in OdaProjectType.choices if kind in counts}


def _fdi(user, period: Period) -> dict:
    """The period's largest new project, when there are several to compare."""
    new = fdi_project_list(user=user).filter(certificate_date__range=(period.start, period.end)) \
        .select_related("investor_country").order_by("-registered_capital", "name")
    if new.count() < 2:
        return {}
    largest = new.first()
    return {"largest": {"name": largest.name, "investor": largest.investor_name,
                        "country": largest.investor_country.name_vi if largest.investor_country_id else "",
                        "capital": decimal_out(largest.registered_capital), "currency": largest.capital_currency}}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _common(values) -> str:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else ""


def no_data_message() -> str:
    return _("Không có hồ sơ hay số liệu nào của tỉnh, thành phố trong kỳ này: chưa thể lập báo cáo. "
             "Hãy nhập số liệu, hồ sơ của kỳ hoặc chọn kỳ khác.")
