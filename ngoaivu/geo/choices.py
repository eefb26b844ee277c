from django.db import models
from django.utils.translation import gettext_lazy as _


class Scheme(models.TextChoices):
    VN63 = "vn63", _("63 tỉnh, thành (trước 01/7/2025)")
    VN34 = "vn34", _("34 tỉnh, thành (từ 01/7/2025)")


class ProvinceKind(models.TextChoices):
    PROVINCE = "province", _("Tỉnh")
    CITY = "city", _("Thành phố trực thuộc Trung ương")
