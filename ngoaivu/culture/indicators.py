"""Culture's indicator (registered with ngoaivu.indicators.computations)."""
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.computations import Computation, register

register(Computation(Code.CULTURAL_EVENTS, CulturalEvent._meta.label, "start_date"))
