"""Reads of cultural events, always within the user's province scope."""
from ngoaivu.core.registry import records
from ngoaivu.culture.models import CulturalEvent


def cultural_event_list(*, user):
    return records(CulturalEvent, user)
