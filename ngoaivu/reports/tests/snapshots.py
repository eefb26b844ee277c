"""Hand-made snapshots for the tests of the pure composition (no database)."""
from datetime import date
from decimal import Decimal

from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.encoding import date_out, figure_out
from ngoaivu.reports.sentences import SAME_PERIOD, Figure

HEADER = {
    "issuer_parent": "UBND TỈNH HÀ TĨNH", "issuer": "SỞ NGOẠI VỤ", "body": "Sở Ngoại vụ", "symbol": "BC-SNgV",
    "place": "Hà Tĩnh", "locality": "tỉnh", "signer_title": "GIÁM ĐỐC",
    "recipients": ["UBND tỉnh (để b/c)", "Bộ Ngoại giao (để b/c)"], "archive": "VT",
}


def figure(code: str, value, unit: str = "USD", *, period: Period, previous=None, **statement) -> dict:
    basis = period.end.year - 1 if period.kind.value == "year" else SAME_PERIOD
    statement.setdefault("change_basis", basis)
    return figure_out(Figure(code, Decimal(str(value)), unit, period.start, period.end, **statement),
                      None if previous is None else Decimal(str(previous)))


def snapshot(period: Period, figures=(), facts=None, tables=None, charts=None, header=None) -> dict:
    return {
        "schema": 1, "generated_on": date_out(date(2024, 1, 10)), "unit": {"key": "vn34-42", "name": "Hà Tĩnh"},
        "header": {**HEADER, **(header or {})},
        "period": {"start": date_out(period.start), "end": date_out(period.end)},
        "figures": {data["code"]: data for data in figures},
        "facts": facts or {}, "tables": tables or {}, "charts": charts or {},
    }
