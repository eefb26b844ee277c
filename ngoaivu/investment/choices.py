from django.db import models
from django.utils.translation import gettext_lazy as _


class CertificateKind(models.TextChoices):
    """The document that admits an FDI project (Luật Đầu tư 61/2020/QH14, Điều 30–32, 37)."""

    REGISTRATION = "registration", _("Giấy chứng nhận đăng ký đầu tư")
    POLICY_APPROVAL = "policy_approval", _("Quyết định chấp thuận chủ trương đầu tư")


class FdiStatus(models.TextChoices):
    # A suspended project keeps its certificate: it is still "còn hiệu lực" in the figures.
    ACTIVE = "active", _("Còn hiệu lực")
    SUSPENDED = "suspended", _("Tạm ngừng hoạt động")
    TERMINATED = "terminated", _("Chấm dứt hoạt động")


class EconomicSector(models.TextChoices):
    """Sections of the Vietnamese economic classification VSIC 2018 (QĐ 27/2018/QĐ-TTg).

    Sections O, T and U (State and Party bodies, households, international bodies) take
    no foreign direct investment and are left out.
    """

    A = "A", _("Nông nghiệp, lâm nghiệp và thủy sản")
    B = "B", _("Khai khoáng")
    C = "C", _("Công nghiệp chế biến, chế tạo")
    D = "D", _("Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí")
    E = "E", _("Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải")
    F = "F", _("Xây dựng")
    G = "G", _("Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác")
    H = "H", _("Vận tải kho bãi")
    I = "I", _("Dịch vụ lưu trú và ăn uống")  # noqa: E741  (the section's letter)
    J = "J", _("Thông tin và truyền thông")
    K = "K", _("Hoạt động tài chính, ngân hàng và bảo hiểm")
    L = "L", _("Hoạt động kinh doanh bất động sản")
    M = "M", _("Hoạt động chuyên môn, khoa học và công nghệ")
    N = "N", _("Hoạt động hành chính và dịch vụ hỗ trợ")
    P = "P", _("Giáo dục và đào tạo")
    Q = "Q", _("Y tế và hoạt động trợ giúp xã hội")
    R = "R", _("Nghệ thuật, vui chơi và giải trí")
    S = "S", _("Hoạt động dịch vụ khác")


class PromotionKind(models.TextChoices):
    INVESTMENT = "investment", _("Xúc tiến đầu tư")
    TRADE = "trade", _("Xúc tiến thương mại")
    TOURISM = "tourism", _("Xúc tiến du lịch")
    COMBINED = "combined", _("Xúc tiến đầu tư, thương mại, du lịch")


class LocationKind(models.TextChoices):
    # Reports count "tại tỉnh" and "trong nước" events together against "ở nước ngoài".
    IN_PROVINCE = "in_province", _("Tại tỉnh")
    IN_COUNTRY = "in_country", _("Trong nước, ngoài tỉnh")
    ABROAD = "abroad", _("Ở nước ngoài")
