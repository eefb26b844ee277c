from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.audit.choices import ChangeAction


class ObjectChange(models.Model):
    """One create, update, delete or restore of a record, with before/after snapshots.

    Written by the record services in the same transaction as the change, whatever the
    channel (UI, API, admin, import), so the log cannot disagree with the data.
    """

    time = models.DateTimeField(_("thời điểm"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="changes",
    )
    user_name = models.CharField(_("tên người thực hiện"), max_length=150, blank=True)
    request_id = models.UUIDField(_("mã yêu cầu"), null=True, blank=True, db_index=True)
    channel = models.CharField(_("kênh"), max_length=20, blank=True)
    action = models.CharField(_("thao tác"), max_length=10, choices=ChangeAction.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.BigIntegerField(_("mã bản ghi"), db_index=True)
    object_repr = models.CharField(_("bản ghi"), max_length=255)
    province = models.ForeignKey(
        "geo.Province", verbose_name=_("tỉnh, thành phố"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )
    before = models.JSONField(_("trước"), null=True, blank=True)
    after = models.JSONField(_("sau"), null=True, blank=True)

    class Meta:
        verbose_name = _("thay đổi")
        verbose_name_plural = _("nhật ký thay đổi")
        ordering = ["-time", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="audit_change_object_idx")]

    def __str__(self):
        return f"{self.get_action_display()} {self.object_repr}"

    def changed_fields(self) -> list[str]:
        before, after = self.before or {}, self.after or {}
        return [name for name in sorted(set(before) | set(after)) if before.get(name) != after.get(name)]
