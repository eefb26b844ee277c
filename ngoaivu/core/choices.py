"""Choices shared by several apps."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    """Currencies amounts are entered in: money keeps its original currency and amount;
    conversions are the figures layer's job (ngoaivu.indicators.money)."""

    USD = "USD", _("Đô la Mỹ (USD)")
    VND = "VND", _("Đồng Việt Nam (VND)")
    EUR = "EUR", _("Euro (EUR)")
    JPY = "JPY", _("Yên Nhật (JPY)")
    KRW = "KRW", _("Won Hàn Quốc (KRW)")
    CNY = "CNY", _("Nhân dân tệ (CNY)")
    AUD = "AUD", _("Đô la Úc (AUD)")
    GBP = "GBP", _("Bảng Anh (GBP)")


class FundingSource(models.TextChoices):
    """Who pays a delegation or a conference."""

    PROVINCIAL_BUDGET = "provincial_budget", _("Ngân sách tỉnh")
    CENTRAL_BUDGET = "central_budget", _("Ngân sách trung ương")
    FOREIGN_PARTNER = "foreign_partner", _("Đối tác nước ngoài tài trợ")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    OTHER = "other", _("Khác")
