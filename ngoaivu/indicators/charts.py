"""Chart.js data for the figure pages: plain numbers in a readable scale, labels in Vietnamese."""
from __future__ import annotations

from decimal import Decimal

from ngoaivu.indicators.models import Indicator

# Money is charted in millions (USD…) or billions of đồng, as reports write it.
_MONEY_SCALES = {"VND": (Decimal(10) ** 9, "tỷ đồng")}
_DEFAULT_MONEY_SCALE = (Decimal(10) ** 6, "triệu {currency}")


def scale(indicator: Indicator) -> tuple[Decimal, str]:
    if indicator.is_money:
        factor, label = _MONEY_SCALES.get(indicator.currency, _DEFAULT_MONEY_SCALE)
        return factor, label.format(currency=indicator.currency)
    return Decimal(1), {"percent": "%", "people": "người"}.get(indicator.unit, "")


def _scaled(value, factor: Decimal) -> float | None:
    return None if value is None else float(round(value / factor, 3))


def series_chart(indicator: Indicator, figures) -> dict:
    factor, unit = scale(indicator)
    return {"type": "bar" if indicator.aggregation == "flow" else "line", "unit": unit,
            "labels": [figure.period.label for figure in figures],
            "datasets": [{"label": f"{indicator.name_vi} ({unit})" if unit else indicator.name_vi,
                          "data": [_scaled(figure.value, factor) for figure in figures]}]}


def ranking_chart(indicator: Indicator, rows) -> dict:
    ranked = [row for row in rows if row.rank is not None]
    factor, unit = scale(indicator)
    return {"type": "bar", "unit": unit, "horizontal": True,
            "labels": [row.unit.name for row in ranked],
            "datasets": [{"label": f"{indicator.name_vi} ({unit})" if unit else indicator.name_vi,
                          "data": [_scaled(row.comparison.current.value, factor) for row in ranked]}]}
