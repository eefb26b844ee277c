from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    FINAL = "final", _("Đã hoàn thành, khóa")


class VersionChange(models.TextChoices):
    """What made a new version: the first generation, a person's rewording, fresh figures."""

    GENERATED = "generated", _("Tạo báo cáo")
    EDITED = "edited", _("Sửa đoạn văn")
    REGENERATED = "regenerated", _("Cập nhật số liệu")


class PeriodPreset(models.TextChoices):
    """The periods a report is usually written for (the create form's presets)."""

    HALF = "half", _("6 tháng đầu năm")
    NINE_MONTHS = "nine_months", _("9 tháng")
    YEAR = "year", _("Cả năm")
    TERM = "term", _("Giai đoạn")
    CUSTOM = "custom", _("Tùy chọn")
