"""Agreements' indicator (registered with ngoaivu.indicators.computations)."""
from ngoaivu.agreements.models import Agreement
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import Computation, register

register(Computation(Code.AGREEMENTS_SIGNED, Agreement._meta.label, "signed_on"))
