"""Labour-abroad indicators, computed from the deployments (registered with
ngoaivu.indicators.computations)."""
from ngoaivu.consular.models import LabourDeployment
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import PERIODIC, Combined, Computation, register


def _labour(indicator: str, **options) -> Combined:
    """A province-wide row (no country) if there is one, else the rows by country."""
    def rows(*filters):
        return Computation(indicator, LabourDeployment._meta.label, "period_start", PERIODIC, end_field="period_end",
                           filters=(("scheme", "all"), (f"{options['measure']}__isnull", False), *filters), **options)

    return Combined(indicator, (rows(("country__isnull", True)), rows(("country__isnull", False))), first_only=True)


register(
    _labour(Code.WORKERS_ABROAD, measure="workers_sent", counterpart_field="partner__name"),
    _labour(Code.REMITTANCES, measure="remittances", currency_field="currency"),
)
