from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    DIRECTIVE = "directive", _("Chỉ thị")
    RESOLUTION = "resolution", _("Nghị quyết")
    PLAN = "plan", _("Kế hoạch")
    PROGRAMME = "programme", _("Chương trình")
    DECISION = "decision", _("Quyết định")
    CONCLUSION = "conclusion", _("Kết luận")
    CIRCULAR = "circular", _("Thông tư")
    DECREE = "decree", _("Nghị định")
    LAW = "law", _("Luật")
    OFFICIAL_LETTER = "official_letter", _("Công văn")
    OTHER = "other", _("Khác")


class DocumentStatus(models.TextChoices):
    IN_FORCE = "in_force", _("Còn hiệu lực")
    REPLACED = "replaced", _("Đã được thay thế")
    EXPIRED = "expired", _("Hết hiệu lực")
