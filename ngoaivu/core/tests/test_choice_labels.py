"""get_FOO_display() of a record reads labels built once per field and language."""
from django.utils import translation

from ngoaivu.core.models import choice_labels
from ngoaivu.delegations.models import Delegation


def test_labels_follow_the_active_language_and_pass_unknown_values_through():
    delegation = Delegation(direction="outbound", status="draft")
    with translation.override("vi"):
        assert delegation.get_status_display() == "Nháp"
        vietnamese = delegation.get_direction_display()
    with translation.override("en"):
        assert delegation.get_status_display() == "Draft"
        assert delegation.get_direction_display() != vietnamese
    delegation.status = "no-such-status"
    assert delegation.get_status_display() == "no-such-status"
    status = Delegation._meta.get_field("status")
    with translation.override("vi"):
        assert choice_labels(status) is choice_labels(status)   # built once
        assert choice_labels(status) == {value: str(label) for value, label in status.flatchoices}
