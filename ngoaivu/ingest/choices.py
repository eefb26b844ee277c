from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceFormat(models.TextChoices):
    PASTED = "pasted", _("Văn bản dán vào")
    TXT = "txt", _("Tệp văn bản (.txt)")
    DOCX = "docx", _("Tệp Word (.docx)")
    PDF = "pdf", _("Tệp PDF")
    HTML = "html", _("Trang web (.html)")


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Đang chờ")
    RUNNING = "running", _("Đang đọc")
    DONE = "done", _("Đã xong")
    FAILED = "failed", _("Lỗi")


class FactKind(models.TextChoices):
    """The fact kinds of the exchange format (shared/gold/SCHEMA.md)."""

    OBSERVATION = "observation", _("Số liệu")
    TARGET = "target", _("Chỉ tiêu kế hoạch")
    PARTNER = "partner", _("Đối tác")
    LEGAL_DOCUMENT = "legal_document", _("Văn bản chỉ đạo")
    BORDER_GATE = "border_gate", _("Cửa khẩu")


class FactStatus(models.TextChoices):
    PENDING = "pending", _("Chờ duyệt")
    CORRECTED = "corrected", _("Đã sửa, chờ chấp nhận")
    ACCEPTED = "accepted", _("Đã chấp nhận")
    REJECTED = "rejected", _("Đã bỏ qua")


# Facts still waiting for the reviewer's decision.
OPEN_STATUSES = (FactStatus.PENDING, FactStatus.CORRECTED)
