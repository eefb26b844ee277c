from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseKind(models.TextChoices):
    DETAINED = "detained", _("Bị bắt, tạm giữ, tạm giam")
    ACCIDENT = "accident", _("Tai nạn")
    DEATH = "death", _("Tử vong")
    TRAFFICKING = "trafficking", _("Bị mua bán người")
    LABOUR_DISPUTE = "labour_dispute", _("Tranh chấp lao động")
    LOST_DOCUMENTS = "lost_documents", _("Mất giấy tờ")
    OTHER = "other", _("Khác")


class CaseStatus(models.TextChoices):
    """Steps of a citizen-protection request (Cục Lãnh sự, công văn 3766/LS-BHCD ngày 14/9/2023)."""

    RECEIVED = "received", _("Tiếp nhận")
    FORWARDED = "forwarded", _("Đã chuyển Cục Lãnh sự")
    AWAITING = "awaiting", _("Chờ kết quả")
    ANSWERED = "answered", _("Đã trả lời công dân")
    CLOSED = "closed", _("Đã đóng")


class OverseasActivityKind(models.TextChoices):
    MEETING = "meeting", _("Gặp mặt kiều bào")
    SUMMER_CAMP = "summer_camp", _("Trại hè thanh thiếu niên kiều bào")
    ASSOCIATION = "association", _("Hoạt động hội đoàn người Việt Nam ở nước ngoài")
    SPONSORSHIP = "sponsorship", _("Tài trợ, đóng góp của kiều bào")
    PROMOTION = "promotion", _("Giới thiệu sản phẩm, quảng bá")
    OTHER = "other", _("Khác")


class ActivityStatus(models.TextChoices):
    PLANNED = "planned", _("Dự kiến")
    HELD = "held", _("Đã tổ chức")
    CANCELLED = "cancelled", _("Đã hủy")


class LabourScheme(models.TextChoices):
    CONTRACT = "contract", _("Theo hợp đồng qua doanh nghiệp dịch vụ")
    SEASONAL = "seasonal", _("Lao động thời vụ theo thỏa thuận giữa địa phương")
    EPS = "eps", _("Chương trình EPS (Hàn Quốc)")
    TECHNICAL_INTERN = "technical_intern", _("Thực tập sinh kỹ năng")
    ALL = "all", _("Tổng hợp mọi hình thức")
