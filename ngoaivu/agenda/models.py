"""A user's secret calendar feed address, and the reminders already sent (so none twice)."""
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """The secret part of a user's iCal address. Revoking deletes it: the old address
    answers 404 and a new one can be made."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE,
                                related_name="calendar_feed")
    token = models.CharField(_("mã bí mật"), max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("địa chỉ lịch iCal")
        verbose_name_plural = _("địa chỉ lịch iCal")

    def __str__(self):
        return str(self.user)


class ReminderSent(models.Model):
    """One reminder mail about one deadline for one user: "due" before it, "overdue" after."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    event_uid = models.CharField(max_length=200)
    kind = models.CharField(max_length=10)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "event_uid", "kind"], name="agenda_reminder_once")]
