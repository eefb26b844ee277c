from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerType(models.TextChoices):
    LOCALITY = "locality", _("Địa phương nước ngoài")
    ORGANIZATION = "organization", _("Tổ chức quốc tế")
    EMBASSY = "embassy", _("Cơ quan đại diện ngoại giao")
    NGO = "ngo", _("Tổ chức phi chính phủ nước ngoài")
    COMPANY = "company", _("Doanh nghiệp")


class RelationType(models.TextChoices):
    TWINNING = "twinning", _("Kết nghĩa")
    FRIENDSHIP = "friendship", _("Hữu nghị hợp tác")
    COOPERATION = "cooperation", _("Hợp tác")
    SPECIAL = "special", _("Quan hệ truyền thống đặc biệt")
    DONOR = "donor", _("Nhà tài trợ")
    OTHER = "other", _("Khác")


class PartnerStatus(models.TextChoices):
    ACTIVE = "active", _("Đang quan hệ")
    PLANNED = "planned", _("Đang xúc tiến thiết lập")
    LAPSED = "lapsed", _("Đã ngừng")
