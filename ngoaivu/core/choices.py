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
