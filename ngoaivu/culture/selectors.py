"""Reads of cultural events, always within the user's province scope."""
from ngoaivu.core.scoping import restrict
from ngoaivu.culture.models import CulturalEvent


def cultural_event_list(*, user):
    return restrict(CulturalEvent.objects.select_related("country", "province").prefetch_related("partners"), user)
