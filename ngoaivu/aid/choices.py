"""Choices of ODA and NGO-aid records, each mapped to the IATI 2.03 code it exports as.

The IATI codes here are checked against the official codelists (data/iati_codelists.json)
by the tests; their names come from those lists, never from this file.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class IatiRole:
    """OrganisationRole codes of the participating organisations ngoaivu records."""

    FUNDING = "1"       # the donor or lender
    ACCOUNTABLE = "2"   # cơ quan chủ quản
    IMPLEMENTING = "4"  # chủ dự án, chủ khoản viện trợ, Ban quản lý dự án


class OdaStage(models.TextChoices):
    MOBILISING = "mobilising", _("Đang vận động, chuẩn bị")
    APPROVED = "approved", _("Đã phê duyệt, chưa triển khai")
    IMPLEMENTING = "implementing", _("Đang thực hiện")
    FINALISING = "finalising", _("Đang kết thúc, quyết toán")
    CLOSED = "closed", _("Đã kết thúc")
    CANCELLED = "cancelled", _("Đã hủy, dừng vận động")
    SUSPENDED = "suspended", _("Tạm dừng")


# IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.
ODA_STAGE_ACTIVITY_STATUS = {
    OdaStage.MOBILISING: "1",
    OdaStage.APPROVED: "1",
    OdaStage.IMPLEMENTING: "2",
    OdaStage.FINALISING: "3",
    OdaStage.CLOSED: "4",
    OdaStage.CANCELLED: "5",
    OdaStage.SUSPENDED: "6",
}
ODA_STARTED_STAGES = {OdaStage.IMPLEMENTING, OdaStage.FINALISING, OdaStage.CLOSED, OdaStage.SUSPENDED}


class OdaInstrument(models.TextChoices):
    ODA_LOAN = "oda_loan", _("Vốn vay ODA")
    CONCESSIONAL_LOAN = "concessional_loan", _("Vốn vay ưu đãi")
    GRANT = "grant", _("Viện trợ không hoàn lại")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Hỗ trợ kỹ thuật không hoàn lại")


# IATI FinanceType: 110 standard grant, 421 standard loan.
ODA_INSTRUMENT_FINANCE_TYPE = {
    OdaInstrument.ODA_LOAN: "421",
    OdaInstrument.CONCESSIONAL_LOAN: "421",
    OdaInstrument.GRANT: "110",
    OdaInstrument.TECHNICAL_ASSISTANCE: "110",
}
# IATI FlowType: 10 ODA; a concessional loan below the ODA grant element is 21 (non-export-credit OOF).
ODA_INSTRUMENT_FLOW_TYPE = {
    OdaInstrument.ODA_LOAN: "10",
    OdaInstrument.CONCESSIONAL_LOAN: "21",
    OdaInstrument.GRANT: "10",
    OdaInstrument.TECHNICAL_ASSISTANCE: "10",
}


class OdaProjectType(models.TextChoices):
    INVESTMENT = "investment", _("Dự án đầu tư")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Dự án hỗ trợ kỹ thuật")
    PROGRAMME = "programme", _("Chương trình")
    NON_PROJECT = "non_project", _("Khoản hỗ trợ phi dự án")


class NgoAidKind(models.TextChoices):
    PROGRAMME = "programme", _("Chương trình")
    PROJECT = "project", _("Dự án")
    NON_PROJECT = "non_project", _("Khoản viện trợ phi dự án")
    EMERGENCY = "emergency", _("Cứu trợ khẩn cấp")


class NgoAidStatus(models.TextChoices):
    MOBILISING = "mobilising", _("Đang vận động")
    APPRAISING = "appraising", _("Đang thẩm định hồ sơ")
    APPROVED = "approved", _("Đã phê duyệt")
    IMPLEMENTING = "implementing", _("Đang thực hiện")
    COMPLETED = "completed", _("Đã kết thúc")
    REFUSED = "refused", _("Không tiếp nhận")


# A completed programme is "finalisation" (3) until its closing report, then "closed" (4).
NGO_AID_STATUS_ACTIVITY_STATUS = {
    NgoAidStatus.MOBILISING: "1",
    NgoAidStatus.APPRAISING: "1",
    NgoAidStatus.APPROVED: "1",
    NgoAidStatus.IMPLEMENTING: "2",
    NgoAidStatus.COMPLETED: "3",
    NgoAidStatus.REFUSED: "5",
}
NGO_AID_CLOSED_ACTIVITY_STATUS = "4"
NGO_AID_DECIDED_STATUSES = {NgoAidStatus.APPROVED, NgoAidStatus.IMPLEMENTING, NgoAidStatus.COMPLETED,
                            NgoAidStatus.REFUSED}
# Non-refundable aid from a private donor: standard grant, private development finance.
NGO_AID_FINANCE_TYPE = "110"
NGO_AID_FLOW_TYPE = "30"


class ApprovalAuthority(models.TextChoices):
    """Who decides on the aid (NĐ 80/2020/NĐ-CP, Điều 7)."""

    PROVINCE_CHAIR = "province_chair", _("Chủ tịch UBND tỉnh")
    PRIME_MINISTER = "prime_minister", _("Thủ tướng Chính phủ")


class TransactionType(models.TextChoices):
    COMMITMENT = "commitment", _("Cam kết")
    DISBURSEMENT = "disbursement", _("Giải ngân")
    EXPENDITURE = "expenditure", _("Chi tiêu")


# IATI TransactionType seen from the province, the receiving side: a signed agreement is
# an incoming commitment (11), money received an incoming fund (1), spending an expenditure (4).
TRANSACTION_TYPE_IATI = {
    TransactionType.COMMITMENT: "11",
    TransactionType.DISBURSEMENT: "1",
    TransactionType.EXPENDITURE: "4",
}
NGO_AID_TRANSACTION_TYPES = [(value, label) for value, label in TransactionType.choices
                             if value != TransactionType.EXPENDITURE]
