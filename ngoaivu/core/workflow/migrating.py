"""Helpers of the data migrations that moved the old history tables to core.workflow's
StepRecord shape (step, from/to state, date, actor, note). Frozen: migrations import them."""
from django.utils import timezone

# The step a dossier row took, from its (from, to) states (delegations, conferences).
_DOSSIER_STEPS = {("draft", "submitted"): "submit", ("submitted", "approved"): "approve",
                  ("submitted", "rejected"): "reject", ("rejected", "draft"): "reopen",
                  ("approved", "completed"): "complete", ("approved", "held"): "complete",
                  ("completed", "reported"): "report", ("held", "reported"): "report"}


def dossier_step(from_state: str, to_state: str) -> str:
    if not from_state:
        return "create"
    if to_state == "cancelled":
        return "cancel"
    return _DOSSIER_STEPS.get((from_state, to_state), to_state)


def local_day(moment):
    return timezone.localtime(moment).date()


def fill_dossier_history(model_name: str):
    """A RunPython function: name each old row's step and date it by when it was written."""
    def run(apps, schema_editor):
        model = apps.get_model(*model_name.split("."))
        for row in model._base_manager.all().iterator():
            row.step = dossier_step(row.from_state, row.to_state)
            row.happened_on = local_day(row.created_at)
            row.save(update_fields=["step", "happened_on"])
    return run
