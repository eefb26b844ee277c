"""How a snapshot keeps numbers in JSON without losing them or mixing them up with text.

Amounts are Decimal strings ("609100000.00"), never floats. A table cell may be text or a
number, so a number in a cell is tagged: {"n": "69.70"}. Pure Python.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ngoaivu.reports.rendering.model import Cell, Chart
from ngoaivu.reports.sentences import Figure

NUMBER_TAG = "n"


def decimal_out(value) -> str | None:
    return None if value is None else str(value)


def decimal_in(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def date_out(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def date_in(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def cell_out(value: Cell):
    if value is None or isinstance(value, (str, int)):
        return value
    return {NUMBER_TAG: str(value)}


def cell_in(value) -> Cell:
    if isinstance(value, dict):
        return Decimal(value[NUMBER_TAG])
    return value


def table_out(caption: str, columns: list[str], codes: list[str], rows: list[list[Cell]], unit: str = "") -> dict:
    return {"caption": caption, "columns": columns, "column_codes": codes,
            "rows": [[cell_out(cell) for cell in row] for row in rows], "unit": unit}


def chart_out(title: str, categories: list[str], series: dict[str, list], unit: str,
              approximate: dict[str, list[int]] | None = None, notes: list[str] | None = None) -> dict:
    """`approximate`: per series, the indexes of values worked back from a stated change;
    `notes`: what the records say of them (printed under the chart)."""
    return {"title": title, "categories": categories, "unit": unit,
            "series": {name: [cell_out(value) for value in values] for name, values in series.items()},
            "approximate": {name: indexes for name, indexes in (approximate or {}).items() if indexes},
            "notes": notes or []}


def chart_in(data: dict) -> Chart:
    return Chart(data["title"], data["categories"],
                 {name: [cell_in(value) for value in values] for name, values in data["series"].items()},
                 unit=data["unit"], approximate=frozenset(
                     (name, index) for name, indexes in data.get("approximate", {}).items() for index in indexes))


def figure_out(figure: Figure, previous: Decimal | None = None) -> dict:
    """A figure as the report states it, with the value of the period it is compared with."""
    return {
        "code": figure.indicator_code, "value": decimal_out(figure.value), "unit": figure.unit,
        "period_start": date_out(figure.period_start), "period_end": date_out(figure.period_end),
        "is_estimate": figure.is_estimate, "change_pct": decimal_out(figure.change_pct),
        "change_basis": figure.change_basis, "plan_pct": decimal_out(figure.plan_pct),
        "plan_scope": figure.plan_scope, "per_year": figure.per_year, "previous": decimal_out(previous),
        "qualifier": figure.qualifier, "missing_years": list(figure.missing_years),
        "covered_years": list(figure.covered_years),
    }


def figure_in(data: dict) -> Figure:
    return Figure(
        data["code"], decimal_in(data["value"]), data["unit"], date_in(data["period_start"]),
        date_in(data["period_end"]), is_estimate=data["is_estimate"], change_pct=decimal_in(data["change_pct"]),
        change_basis=data["change_basis"], plan_pct=decimal_in(data["plan_pct"]), plan_scope=data["plan_scope"],
        per_year=data["per_year"], qualifier=data.get("qualifier", ""),
        missing_years=tuple(data.get("missing_years", ())), covered_years=tuple(data.get("covered_years", ())),
    )


def upgraded_facts(snapshot: dict) -> dict:
    """The facts of a snapshot in today's shape: a stored version of schema 1 counted
    delegations by direction and listed only the titles of cultural events."""
    facts = dict(snapshot.get("facts", {}))
    if snapshot.get("schema", 1) >= 2:
        return facts
    counts = facts.pop("delegations", None) or {}
    facts["delegations"] = [{"direction": direction, "name": "", "level": "", "head_title": "", "countries": [],
                             "partner": "", "start": None, "end": None, "promotion": False}
                            for direction, count in counts.items() for _ in range(count)]
    facts["cultural_events"] = [{"title": title, "country": "", "kind": ""}
                                for title in facts.get("cultural_events") or []]
    return facts
