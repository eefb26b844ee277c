from django.db import models
from django.utils.translation import gettext_lazy as _


class CulturalEventKind(models.TextChoices):
    EXCHANGE = "exchange", _("Giao lưu văn hóa")
    HERITAGE = "heritage", _("Di sản (UNESCO)")
    INFORMATION_PRODUCT = "information_product", _("Sản phẩm thông tin đối ngoại")
    FESTIVAL = "festival", _("Lễ hội")
    EXHIBITION = "exhibition", _("Triển lãm")
    PUBLICATION = "publication", _("Ấn phẩm, xuất bản")
    EDUCATION = "education", _("Giáo dục, học bổng")
    OTHER = "other", _("Khác")


class Venue(models.TextChoices):
    IN_PROVINCE = "in_province", _("Trong tỉnh")
    ELSEWHERE_IN_VIETNAM = "elsewhere", _("Trong nước, ngoài tỉnh")
    ABROAD = "abroad", _("Ở nước ngoài")
    ONLINE = "online", _("Trực tuyến, trên phương tiện truyền thông")


# Kinds whose point is a product (a book, a video, a brochure): it must be named.
PRODUCT_KINDS = (CulturalEventKind.INFORMATION_PRODUCT, CulturalEventKind.PUBLICATION)
