from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.uploads import UploadValidator

# The result report of the last step: a document, checked by type, content and size.
REPORT_FILE_VALIDATORS = [UploadValidator(allowed=("pdf", "doc", "docx", "odt"))]


class WorkflowStatusMixin:
    """A record moved by workflow steps: edited only in some statuses, deleted only in others."""

    editable_statuses: tuple = ()
    deletable_statuses: tuple = ()

    @property
    def is_editable(self) -> bool:
        return self.status in self.editable_statuses

    @property
    def is_deletable(self) -> bool:
        return self.status in self.deletable_statuses


class StatusChangeRecord(ProvinceRecord):
    """One step of a record's workflow: who moved it, when, from which status to which, why.

    A concrete subclass adds the foreign key to its record (related_name="status_changes")
    and redeclares the two status fields with the record's choices.
    """

    from_status = models.CharField(_("từ trạng thái"), max_length=20, blank=True)
    to_status = models.CharField(_("sang trạng thái"), max_length=20)
    note = models.TextField(_("ghi chú, lý do"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    # Kept as text too, so the history still names the person after the account is removed.
    actor_name = models.CharField(_("tên người thực hiện"), max_length=150, blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]
