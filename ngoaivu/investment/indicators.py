"""Investment's indicators, computed from its projects and events (registered with
ngoaivu.indicators.computations). `ACTIVE_PROJECTS` is the one rule of a project "còn hiệu
lực" on a day: certified on or before it, not terminated by then (the selectors list them with it)."""
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import STOCK, WITHIN, Combined, Computation, register
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent

_PROJECT, _ADJUSTMENT = FdiProject._meta.label, FdiCapitalAdjustment._meta.label
_RUNNING = dict(kind=STOCK, end_field="terminated_on")
ACTIVE_PROJECTS = Computation(Code.FDI_ACTIVE_PROJECTS, _PROJECT, "certificate_date", **_RUNNING)
_NEW_CAPITAL = Computation(Code.FDI_NEW_CAPITAL, _PROJECT, "certificate_date", measure="registered_capital",
                           currency_field="capital_currency")
_ADDED_CAPITAL = Computation(Code.FDI_ADDED_CAPITAL, _ADJUSTMENT, "adjusted_on", measure="added_capital",
                             currency_field="currency")

register(
    Computation(Code.FDI_NEW_PROJECTS, _PROJECT, "certificate_date"),
    _NEW_CAPITAL,
    Computation(Code.FDI_ADJUSTED_PROJECTS, _ADJUSTMENT, "adjusted_on"),
    _ADDED_CAPITAL,
    Combined(Code.FDI_REGISTERED_CAPITAL, (_NEW_CAPITAL, _ADDED_CAPITAL)),
    ACTIVE_PROJECTS,
    Combined(Code.FDI_TOTAL_CAPITAL, (
        Computation(Code.FDI_TOTAL_CAPITAL, _PROJECT, "certificate_date", **_RUNNING,
                    measure="registered_capital", currency_field="capital_currency"),
        Computation(Code.FDI_TOTAL_CAPITAL, _ADJUSTMENT, "adjusted_on", STOCK,
                    end_field="project__terminated_on", measure="added_capital", currency_field="currency"),
    )),
    Computation(Code.FDI_IMPLEMENTED_CAPITAL, FdiImplementation._meta.label, "period_start", WITHIN,
                end_field="period_end", measure="amount", currency_field="currency"),
    Computation(Code.INVESTMENT_PROMOTION_DOMESTIC, PromotionEvent._meta.label, "start_date",
                filters=(("location_kind__in", ("in_province", "in_country")),
                         ("kind__in", ("investment", "combined")))),
    Computation(Code.INVESTMENT_PROMOTION_ABROAD, PromotionEvent._meta.label, "start_date",
                filters=(("location_kind", "abroad"),), excludes=(("kind", "tourism"),)),
)
