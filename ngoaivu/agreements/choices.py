from django.db import models
from django.utils.translation import gettext_lazy as _


class AgreementKind(models.TextChoices):
    INTERNATIONAL = "international", _("Thỏa thuận quốc tế")
    COOPERATION = "cooperation", _("Thỏa thuận hợp tác")
    MEMORANDUM = "memorandum", _("Biên bản ghi nhớ")
    OTHER = "other", _("Khác")


class AgreementLevel(models.TextChoices):
    """The Vietnamese party's level (Luật 70/2020/QH14, Điều 2; NĐ 64/2021/NĐ-CP).

    There is no district level: districts ended on 1/7/2025 and their agreements
    passed to the province (see Agreement.inherited_from_district).
    """

    PROVINCE_COUNCIL = "province_council", _("Cấp tỉnh — HĐND tỉnh")
    PROVINCE_COMMITTEE = "province_committee", _("Cấp tỉnh — UBND tỉnh")
    DEPARTMENT = "department", _("Cấp sở (cơ quan chuyên môn thuộc UBND tỉnh)")
    BORDER_COMMUNE = "border_commune", _("Cấp xã biên giới")


class AgreementStatus(models.TextChoices):
    PROPOSED = "proposed", _("Đề xuất")
    CONSULTING = "consulting", _("Đang lấy ý kiến")
    SUBMITTED = "submitted", _("Đã trình")
    PERMITTED = "permitted", _("Được cho phép ký")
    REFUSED = "refused", _("Không được cho phép")
    SIGNED = "signed", _("Đã ký")
    IN_FORCE = "in_force", _("Đang hiệu lực")
    AMENDING = "amending", _("Đang sửa đổi, gia hạn")
    SUSPENDED = "suspended", _("Tạm đình chỉ")
    TERMINATED = "terminated", _("Chấm dứt")


# Statuses an agreement can only be in once it has been signed.
SIGNED_STATUSES = frozenset({
    AgreementStatus.SIGNED, AgreementStatus.IN_FORCE, AgreementStatus.AMENDING, AgreementStatus.SUSPENDED,
    AgreementStatus.TERMINATED,
})


class StepName(models.TextChoices):
    """The steps of the procedure; each moves the agreement between statuses (see workflow.py)."""

    CREATE = "create", _("Lập hồ sơ")
    REQUEST_OPINIONS = "request_opinions", _("Gửi lấy ý kiến")
    SUBMIT = "submit", _("Trình cấp có thẩm quyền")
    PERMIT = "permit", _("Cho phép ký")
    REFUSE = "refuse", _("Không cho phép ký")
    SIGN = "sign", _("Ghi nhận đã ký")
    REPORT = "report", _("Báo cáo sau ký")
    TAKE_EFFECT = "take_effect", _("Bắt đầu hiệu lực")
    AMEND = "amend", _("Sửa đổi, gia hạn")
    FINISH_AMENDMENT = "finish_amendment", _("Hoàn tất sửa đổi, gia hạn")
    SUSPEND = "suspend", _("Tạm đình chỉ")
    RESUME = "resume", _("Tiếp tục thực hiện")
    TERMINATE = "terminate", _("Chấm dứt")


class ReviewRating(models.TextChoices):
    EFFECTIVE = "effective", _("Hiệu quả")
    PARTLY = "partly", _("Hiệu quả một phần")
    INEFFECTIVE = "ineffective", _("Chưa hiệu quả")
    DORMANT = "dormant", _("Chưa triển khai")


class DocumentKind(models.TextChoices):
    SIGNED_COPY = "signed_copy", _("Bản ký")
    TRANSLATION = "translation", _("Bản dịch")
    DRAFT = "draft", _("Dự thảo")
    OPINION = "opinion", _("Ý kiến của cơ quan liên quan")
    DECISION = "decision", _("Quyết định cho phép ký")
    REPORT = "report", _("Báo cáo")
    OTHER = "other", _("Khác")
