"""Trade's indicators, computed from its figures (registered with ngoaivu.indicators.computations)."""
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import PERIODIC, Combined, Computation, register
from ngoaivu.trade.models import TradeFigure


def _trade(indicator: str, flow: str) -> Computation:
    # Province-wide totals only: rows by gate or commodity break those totals down.
    return Computation(indicator, TradeFigure._meta.label, "period_start", PERIODIC, end_field="period_end",
                       measure="value", currency_field="currency", estimate_field="is_estimate",
                       filters=(("flow", flow), ("border_gate__isnull", True), ("commodity", "")))


register(
    _trade(Code.EXPORT_VALUE, "export"),
    _trade(Code.IMPORT_VALUE, "import"),
    # The stated total, else exports and imports added up.
    Combined(Code.TRADE_VALUE, (_trade(Code.TRADE_VALUE, "total"),
                                Combined(Code.TRADE_VALUE, (_trade(Code.EXPORT_VALUE, "export"),
                                                            _trade(Code.IMPORT_VALUE, "import")))), first_only=True),
)
