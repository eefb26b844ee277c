"""Conferences' indicator (registered with ngoaivu.indicators.computations)."""
from ngoaivu.conferences.models import Conference
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import Computation, register

# Conferences the province held (organised or co-organised), not those it only attended.
register(Computation(Code.INTL_CONFERENCES, Conference._meta.label, "start_date",
                     filters=(("status__in", ("approved", "held", "reported")),
                              ("province_role__in", ("organiser", "co_organiser")))))
