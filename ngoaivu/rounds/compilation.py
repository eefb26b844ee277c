"""The national report of a round, compiled from what the provinces sent — never from drafts.

Each province's figures are those frozen in its latest accepted submission. The text says
which provinces have not sent a report, and a table shows where a submitted figure
differs from what the records compute today, so the Ministry sees corrections to ask for.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from django.utils import timezone

from ngoaivu.core.vnformat import format_date, format_number
from ngoaivu.indicators.models import Indicator
from ngoaivu.reports.builder.encoding import date_out, decimal_in
from ngoaivu.reports.builder.national import NATIONAL_CODES, collect_national
from ngoaivu.reports.builder.national_compose import COUNT_UNITS, compose_national
from ngoaivu.reports.builder.precision import millions
from ngoaivu.reports.rendering.model import Paragraph, ReportDocument, Table
from ngoaivu.reports.wording import WORDING
from ngoaivu.rounds.choices import BoardStatus
from ngoaivu.rounds.models import ReportingRound
from ngoaivu.rounds.selectors import board

SUBMITTED_SOURCE_KEY = "national.scope"
# Differences below half a unit of the last printed digit are rounding, not corrections.
TOLERANCE = Decimal("0.005")


@dataclass(frozen=True)
class Difference:
    unit_name: str
    code: str
    submitted: Decimal
    today: Decimal | None


@dataclass(frozen=True)
class Compilation:
    data: dict
    submitted: list[str]
    missing: list[str]
    differences: list[Difference]
    document: ReportDocument


def compile_round(reporting_round: ReportingRound, *, user, today: date | None = None) -> Compilation:
    today = today or timezone.localdate()
    rows = board(reporting_round, user=user, today=today)
    codes = list(reporting_round.indicator_codes or NATIONAL_CODES)
    indicators = {indicator.code: indicator for indicator in Indicator.objects.filter(code__in=codes)}
    codes = [code for code in codes if code in indicators]
    historic = reporting_round.period_end < date(2025, 7, 1)
    units: dict[str, dict] = {}
    for row in rows:
        if row.status != BoardStatus.SUBMITTED:
            continue
        figures = row.latest.snapshot.get("figures", {})
        values = {code: {"value": figures[code]["value"], "previous": figures[code].get("previous"), "rank": None}
                  for code in codes if code in figures and figures[code].get("value") is not None}
        units[row.unit.key] = {"name": row.unit.name, "merged": [], "values": values}
    _rank(units, codes)
    data = {
        "generated_on": date_out(today),
        "period": {"start": date_out(reporting_round.period_start), "end": date_out(reporting_round.period_end)},
        "historic": historic,
        "unit_count": len(rows),
        "indicators": {code: {"unit": _unit_of(indicators[code])} for code in codes},
        "units": units,
    }
    submitted = [row.unit.name for row in rows if row.status == BoardStatus.SUBMITTED]
    missing = [row.unit.name for row in rows if row.status != BoardStatus.SUBMITTED]
    data["missing"] = missing  # the tasks name the provinces to press
    differences = _differences(units, codes, collect_national(user=user, period=reporting_round.period,
                                                              historic=historic, today=today))
    document = _with_round_text(compose_national(data), reporting_round, submitted, missing, differences, data)
    return Compilation(data, submitted, missing, differences, document)


def _unit_of(indicator: Indicator) -> str:
    return indicator.currency if indicator.is_money else indicator.unit


def _rank(units: dict[str, dict], codes: list[str]) -> None:
    for code in codes:
        ranked = sorted((unit for unit in units.values() if code in unit["values"]),
                        key=lambda unit: decimal_in(unit["values"][code]["value"]), reverse=True)
        for position, unit in enumerate(ranked, 1):
            unit["values"][code]["rank"] = position


def _differences(units: dict[str, dict], codes: list[str], today_data: dict) -> list[Difference]:
    result = []
    for key, unit in units.items():
        current = today_data["units"].get(key, {}).get("values", {})
        for code in codes:
            if code not in unit["values"]:
                continue
            submitted = decimal_in(unit["values"][code]["value"])
            now = decimal_in(current.get(code, {}).get("value"))
            if now is None or abs(now - submitted) > TOLERANCE:
                result.append(Difference(unit["name"], code, submitted, now))
    return result


def _coverage_text(reporting_round: ReportingRound, submitted: list[str], missing: list[str]) -> str:
    asked = len(submitted) + len(missing)
    text = (f"Số liệu tổng hợp từ báo cáo các tỉnh, thành phố đã gửi Bộ Ngoại giao trong đợt “{reporting_round.title}” "
            f"(hạn gửi {format_date(reporting_round.due_on)}): {format_number(len(submitted))}/"
            f"{format_number(asked)} tỉnh, thành phố đã gửi báo cáo.")
    if missing:
        text += f" Chưa gửi báo cáo: {', '.join(missing)}."
    return text


def _difference_table(differences: list[Difference], data: dict, number: int) -> Table:
    rows = []
    for difference in differences:
        unit = data["indicators"][difference.code]["unit"]
        # Money in millions, rounded as in the compilation's other tables; counts as they are.
        scale, shown_unit = (int, "") if unit in COUNT_UNITS else (millions, f" (triệu {unit})")
        label = WORDING[difference.code].label
        rows.append([difference.unit_name, f"{label[:1].upper()}{label[1:]}{shown_unit}", scale(difference.submitted),
                     scale(difference.today) if difference.today is not None else "chưa có"])
    return Table(f"Bảng {number}. Số liệu đã gửi khác số liệu hiện có trong hệ thống",
                 ["Tỉnh, thành phố", "Chỉ tiêu", "Số liệu đã gửi", "Số liệu hiện nay"], rows,
                 column_codes=["unit", "indicator", "submitted", "today"])


def _with_round_text(document: ReportDocument, reporting_round, submitted, missing, differences, data):
    first = document.sections[0]
    blocks = [Paragraph(_coverage_text(reporting_round, submitted, missing), SUBMITTED_SOURCE_KEY)
              if isinstance(block, Paragraph) and block.editable_key == SUBMITTED_SOURCE_KEY else block
              for block in first.blocks]
    if differences:
        tables = sum(isinstance(block, Table) for section in document.sections for block in section.blocks)
        blocks.append(_difference_table(differences, data, tables + 1))
    return replace(document, sections=[replace(first, blocks=blocks), *document.sections[1:]])
