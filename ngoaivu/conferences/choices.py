from django.db import models
from django.utils.translation import gettext_lazy as _


class ConferenceKind(models.TextChoices):
    CONFERENCE = "conference", _("Hội nghị")
    SEMINAR = "seminar", _("Hội thảo")
    FORUM = "forum", _("Diễn đàn")
    ROUNDTABLE = "roundtable", _("Tọa đàm")


class ConferenceFormat(models.TextChoices):
    IN_PERSON = "in_person", _("Trực tiếp")
    ONLINE = "online", _("Trực tuyến")
    HYBRID = "hybrid", _("Kết hợp trực tiếp và trực tuyến")


class ProvinceRole(models.TextChoices):
    """What the province does: only what it organises needs its dossier and result report."""

    ORGANISER = "organiser", _("Chủ trì tổ chức")
    CO_ORGANISER = "co_organiser", _("Phối hợp tổ chức")
    PARTICIPANT = "participant", _("Tham dự")


class ConferenceStatus(models.TextChoices):
    DRAFT = "draft", _("Nháp")
    SUBMITTED = "submitted", _("Chờ phê duyệt")
    APPROVED = "approved", _("Đã phê duyệt")
    REJECTED = "rejected", _("Không phê duyệt")
    HELD = "held", _("Đã tổ chức, chờ báo cáo")
    REPORTED = "reported", _("Đã báo cáo kết quả")
    CANCELLED = "cancelled", _("Đã hủy")
