from django.db import models
from django.utils.translation import gettext_lazy as _


class GateClass(models.TextChoices):
    """Kinds of land border crossing (NĐ 112/2014/NĐ-CP, sửa đổi bởi NĐ 34/2023/NĐ-CP)."""

    INTERNATIONAL = "international", _("Cửa khẩu quốc tế")
    MAIN = "main", _("Cửa khẩu chính (song phương)")
    SECONDARY = "secondary", _("Cửa khẩu phụ")
    CROSSING = "crossing", _("Lối mở biên giới")


class GateStatus(models.TextChoices):
    OPEN = "open", _("Đang hoạt động")
    TEMPORARILY_CLOSED = "temporarily_closed", _("Tạm dừng hoạt động")
    CLOSED = "closed", _("Đóng cửa")
    REOPENED = "reopened", _("Mở lại")


class TradeFlow(models.TextChoices):
    EXPORT = "export", _("Kim ngạch xuất khẩu")
    IMPORT = "import", _("Kim ngạch nhập khẩu")
    TOTAL = "total", _("Tổng kim ngạch xuất, nhập khẩu")


class Commodity(models.TextChoices):
    """The goods provincial reports name most often; blank on a figure means all goods."""

    FRESH_FRUIT = "fresh_fruit", _("Quả tươi các loại")
    CASSAVA_STARCH = "cassava_starch", _("Tinh bột sắn")
    PEANUTS = "peanuts", _("Hạt lạc")
    VENEER = "veneer", _("Ván bóc")
    WOOD = "wood", _("Gỗ và sản phẩm từ gỗ")
    TEA = "tea", _("Chè")
    ANTIMONY = "antimony", _("Antimon")
    TEXTILES = "textiles", _("Dệt may, quần áo")
    PACKAGING = "packaging", _("Bao bì")
    SEAFOOD = "seafood", _("Thủy sản")
    STEEL = "steel", _("Sắt thép")
    MACHINERY = "machinery", _("Máy móc, thiết bị")
    OTHER = "other", _("Hàng hóa khác")
