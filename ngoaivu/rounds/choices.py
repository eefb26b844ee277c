from django.db import models
from django.utils.translation import gettext_lazy as _


class RoundStatus(models.TextChoices):
    OPEN = "open", _("Đang mở")
    CLOSED = "closed", _("Đã đóng")


class SubmissionState(models.TextChoices):
    SUBMITTED = "submitted", _("Đã gửi")
    RETURNED = "returned", _("Bị trả lại")


class BoardStatus(models.TextChoices):
    """Where a province stands in a round, as the Ministry's board shows it."""

    NOT_STARTED = "not_started", _("Chưa bắt đầu")
    DRAFTING = "drafting", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")
    RETURNED = "returned", _("Bị trả lại")
    LATE = "late", _("Quá hạn")
