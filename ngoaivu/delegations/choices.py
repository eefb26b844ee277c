from django.db import models
from django.utils.translation import gettext_lazy as _


class Direction(models.TextChoices):
    OUTBOUND = "outbound", _("Đoàn ra")
    INBOUND = "inbound", _("Đoàn vào")


class DelegationLevel(models.TextChoices):
    PROVINCIAL_LEADERS = "provincial_leaders", _("Lãnh đạo cấp tỉnh")
    DEPARTMENT = "department", _("Cấp sở, ban, ngành")
    DISTRICT = "district", _("Cấp huyện (trước 01/7/2025)")
    COMMUNE = "commune", _("Cấp xã")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    FOREIGN_MISSION = "foreign_mission", _("Cơ quan đại diện nước ngoài, tổ chức quốc tế")
    OTHER = "other", _("Khác")


class MemberRole(models.TextChoices):
    HEAD = "head", _("Trưởng đoàn")
    DEPUTY = "deputy", _("Phó trưởng đoàn")
    MEMBER = "member", _("Thành viên")
    INTERPRETER = "interpreter", _("Phiên dịch")
    SECRETARY = "secretary", _("Thư ký")


class DelegationStatus(models.TextChoices):
    DRAFT = "draft", _("Nháp")
    SUBMITTED = "submitted", _("Chờ phê duyệt")
    APPROVED = "approved", _("Đã phê duyệt")
    REJECTED = "rejected", _("Không phê duyệt")
    COMPLETED = "completed", _("Đã kết thúc, chờ báo cáo")
    REPORTED = "reported", _("Đã báo cáo kết quả")
    CANCELLED = "cancelled", _("Đã hủy")
