from dataclasses import dataclass

from ngoaivu.core.scoping import may_act_in_province

# Bootstrap colour of each status badge; statuses an app does not use are simply unused.
STATUS_TONES = {
    "draft": "secondary",
    "submitted": "info",
    "approved": "primary",
    "rejected": "danger",
    "completed": "success",
    "held": "success",
    "reported": "success",
    "cancelled": "dark",
}


@dataclass(frozen=True)
class Transition:
    """One step of a workflow: from which statuses, to which, and who may take it."""

    name: str                       # "approve": API route and key of the app's step services
    slug: str                       # "phe-duyet": the UI address segment
    label: str                      # button text
    sources: tuple[str, ...]
    target: str
    action: str                     # role action required (ngoaivu.accounts.roles.Action)
    tone: str = "primary"           # Bootstrap colour of the button
    reason_required: bool = False   # the note is then a reason and may not be empty


def available_transitions(obj, user, transitions) -> list[Transition]:
    """The steps this user may take on this record now (the workflow buttons)."""
    return [
        transition for transition in transitions
        if obj.status in transition.sources and may_act_in_province(user, transition.action, obj.province_id)
    ]


def status_tone(status: str) -> str:
    return STATUS_TONES.get(status, "secondary")
