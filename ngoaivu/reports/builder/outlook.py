"""What sections II–IV draw on, read into plain JSON: how the plans' targets stand at the
period's end, the targets of the next period, the work already planned for it, and what
is late (result reports, post-signing reports, agreements past their term).

Progress is measured by plans.progress, the one evaluator of targets; nothing here
re-computes it. `user` is the read scope of collect.unit_reader.
"""
from __future__ import annotations

from datetime import date, timedelta

from ngoaivu.agreements.choices import AgreementStatus
from ngoaivu.agreements.deadlines import REPORT_DAYS, REPORT_RULE_FROM
from ngoaivu.agreements.selectors import agreement_list
from ngoaivu.conferences.choices import ConferenceStatus
from ngoaivu.conferences.selectors import conference_list
from ngoaivu.conferences.selectors import report_overdue as conference_report_overdue
from ngoaivu.consular.choices import ActivityStatus
from ngoaivu.consular.selectors import overseas_activity_list
from ngoaivu.delegations.choices import DelegationStatus
from ngoaivu.delegations.selectors import delegation_list
from ngoaivu.delegations.selectors import report_overdue as delegation_report_overdue
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.plans.choices import ProgressStatus, TargetScope
from ngoaivu.plans.selectors import plans_of, progress_of
from ngoaivu.reports.builder.encoding import date_out, decimal_out

PLANNED_DELEGATIONS = (DelegationStatus.DRAFT, DelegationStatus.SUBMITTED, DelegationStatus.APPROVED)
PLANNED_CONFERENCES = (ConferenceStatus.DRAFT, ConferenceStatus.SUBMITTED, ConferenceStatus.APPROVED)


def next_period(period: Period) -> Period:
    """The period section III plans for: the next year, the rest of the year, the next term."""
    if period.kind == PeriodKind.TERM:
        length = period.end.year - period.start.year + 1
        return Period.term(period.end.year + 1, period.end.year + length)
    if period.end.month == 12 and period.end.day == 31:
        return Period.year(period.end.year + 1)
    return Period(period.next_day(), date(period.end.year, 12, 31))


def collect_outlook(*, user, unit, period: Period) -> dict:
    upcoming = next_period(period)
    plans = plans_of(user=user, unit=unit)
    return {
        "next_period": {"start": date_out(upcoming.start), "end": date_out(upcoming.end)},
        "targets": _targets(plans, period),
        "next_targets": _next_targets(plans, period, upcoming),
        "planned": _planned(user, upcoming),
        "late": _late(user, period),
        "agreements_ending": _agreements_ending(user, period, upcoming),
    }


def _plan_name(plan) -> str:
    document = plan.legal_document
    return f"Kế hoạch số {document.number}" if document is not None else plan.name


def _targets(plans, period: Period) -> list[dict]:
    """Each target of the plans running at the period's end, measured at that day."""
    rows = []
    for plan in plans:
        if not plan.start_year <= period.end.year <= plan.end_year:
            continue
        for progress in progress_of(plan, as_of=period.end):
            target = progress.target
            indicator = target.indicator
            rows.append({
                "plan": _plan_name(plan), "code": indicator.code, "label": indicator.name_vi,
                "ends": date_out(Period.year(target.year or plan.end_year).end),
                "target": target.wording, "note": target.note, "status": progress.status,
                "status_label": str(ProgressStatus(progress.status).label), "measure": progress.measure,
                "value": progress.value_display if progress.value is not None else "",
                "pct": decimal_out(progress.pct), "pace": progress.pace_display if progress.pace_needed else "",
                "forecast": progress.forecast_display if progress.forecast is not None else "",
                "remaining": progress.remaining_display if progress.remaining else "",
                "covered_to": date_out(progress.covered.end) if progress.covered else None,
                "years": [{"year": year.period.end.year, "label": year.period.label, "value": progress.show(year.value)
                           if year.value is not None else ""} for year in progress.years],
                "missing_years": [year.period.end.year for year in progress.years
                                  if year.value is None and year.period.kind == PeriodKind.YEAR],
                "notes": progress.notes,
            })
    return rows


def _next_targets(plans, period: Period, upcoming: Period) -> list[dict]:
    """Targets set for the next period: a plan that starts then, or a year's target within a running plan."""
    rows = []
    for plan in plans:
        starts_then = plan.start_year == upcoming.start.year and plan.start_year > period.end.year
        for target in plan.targets.select_related("indicator"):
            own_year = target.scope == TargetScope.YEAR and target.year == upcoming.start.year
            if starts_then or (own_year and period.end.year < target.year):
                rows.append({"plan": _plan_name(plan), "label": target.indicator.name_vi, "target": target.wording})
    return rows


def _planned(user, upcoming: Period) -> dict:
    span = (upcoming.start, upcoming.end)
    trips = delegation_list(user=user).filter(status__in=PLANNED_DELEGATIONS, start_date__range=span)
    conferences = conference_list(user=user).filter(status__in=PLANNED_CONFERENCES, start_date__range=span)
    activities = overseas_activity_list(user=user).filter(status=ActivityStatus.PLANNED, held_on__range=span)
    return {
        "delegations": [{"name": trip.name, "start": date_out(trip.start_date)}
                        for trip in trips.order_by("start_date", "name")],
        "conferences": [{"title": conference.title, "start": date_out(conference.start_date),
                         "organised": conference.province_role != "participant"}
                        for conference in conferences.order_by("start_date", "title")],
        "overseas": [{"title": activity.title, "on": date_out(activity.held_on)}
                     for activity in activities.order_by("held_on", "title")],
    }


def _late(user, period: Period) -> dict:
    """What was overdue on the period's last day."""
    signed = agreement_list(user=user).filter(signed_on__range=(max(period.start, REPORT_RULE_FROM), period.end),
                                              signed_on__lt=period.end - timedelta(days=REPORT_DAYS))
    unreported = [agreement.title for agreement in signed.order_by("signed_on")
                  if agreement.reported_on is None or agreement.reported_on > period.end
                  or agreement.reported_on > agreement.signed_on + timedelta(days=REPORT_DAYS)]
    return {
        "delegation_reports": [trip.name for trip in delegation_report_overdue(delegation_list(user=user),
                                                                               today=period.end)],
        "conference_reports": [conference.title for conference in
                               conference_report_overdue(conference_list(user=user), today=period.end)],
        "agreement_reports": unreported,
    }


def _agreements_ending(user, period: Period, upcoming: Period) -> dict:
    in_force = agreement_list(user=user).filter(status=AgreementStatus.IN_FORCE, term_end__isnull=False) \
        .order_by("term_end", "title")
    return {
        "past": [{"title": item.title, "term_end": date_out(item.term_end)}
                 for item in in_force.filter(term_end__lt=period.end)],
        "upcoming": [{"title": item.title, "term_end": date_out(item.term_end)}
                     for item in in_force.filter(term_end__range=(period.end, upcoming.end))],
    }
