from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ChildManager, ProvinceRecord
from ngoaivu.core.uploads import UploadValidator

# The result report of the last step: a document, checked by type, content and size.
REPORT_FILE_VALIDATORS = [UploadValidator(allowed=("pdf", "doc", "docx", "odt"))]


class WorkflowRecord:
    """A record moved by workflow steps: the model sets `workflow` (core.workflow.steps.Workflow);
    a plain edit and a delete are accepted only in the states the workflow names."""

    workflow = None

    @property
    def is_editable(self) -> bool:
        states = self.workflow.editable
        return states is None or getattr(self, self.workflow.state_field) in states

    @property
    def is_deletable(self) -> bool:
        states = self.workflow.deletable
        return states is None or getattr(self, self.workflow.state_field) in states


class StepRecord(ProvinceRecord):
    """One step of a record's workflow: which step, from which state to which, on which day,
    who took it and why. Written by core.workflow.services only.

    A concrete subclass adds the foreign key to its record (related_name="status_changes")
    and names it in `parent_field`: the history goes and comes back with its record.
    """

    step = models.CharField(_("bước"), max_length=30)
    from_state = models.CharField(_("từ trạng thái"), max_length=20, blank=True)
    to_state = models.CharField(_("sang trạng thái"), max_length=20)
    happened_on = models.DateField(_("ngày thực hiện"))
    note = models.TextField(_("ghi chú, lý do"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    # Kept as text too, so the history still names the person after the account is removed.
    actor_name = models.CharField(_("tên người thực hiện"), max_length=150, blank=True)

    parent_field = ""
    objects = ChildManager()

    class Meta:
        abstract = True
        ordering = ["pk"]  # the order the steps were taken in (a record registered late has an early first row)

    def __str__(self):
        return f"{self.step_label}: {self.to_label}"

    @property
    def workflow(self):
        return self._meta.get_field(self.parent_field).related_model.workflow

    @property
    def step_label(self) -> str:
        return self.workflow.step_label(self.step)

    @property
    def from_label(self) -> str:
        return self.workflow.state_label(self.from_state) if self.from_state else ""

    @property
    def to_label(self) -> str:
        return self.workflow.state_label(self.to_state)
