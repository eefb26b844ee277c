"""Partners' indicator (registered with ngoaivu.indicators.computations)."""
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import STOCK, Computation, register
from ngoaivu.partners.models import Partner

register(Computation(Code.PARTNER_LOCALITIES, Partner._meta.label, "established_on", STOCK, end_field="ended_on",
                     filters=(("partner_type", "locality"),), excludes=(("status", "planned"),)))
