"""Delegations' indicator (registered with ngoaivu.indicators.computations)."""
from ngoaivu.delegations.models import Delegation
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import Computation, register

register(Computation(Code.DELEGATION_EXCHANGES, Delegation._meta.label, "start_date",
                     filters=(("status__in", ("approved", "completed", "reported")),),
                     counterpart_field="partner__name"))
