from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    MONEY = "money", _("Tiền")
    COUNT = "count", _("Số lượng")
    PEOPLE = "people", _("Người")
    PERCENT = "percent", _("Tỷ lệ (%)")


class Aggregation(models.TextChoices):
    """How values of shorter periods make a longer one."""

    FLOW = "flow", _("Cộng dồn theo kỳ")          # exports of the year = sum of its months
    STOCK = "stock", _("Đọc tại một thời điểm")   # active FDI projects at 31/12
    RATE = "rate", _("Tỷ lệ, không cộng")         # average yearly growth


class IndicatorGroup(models.TextChoices):
    TRADE = "trade", _("Xuất nhập khẩu")
    INVESTMENT = "investment", _("Đầu tư trực tiếp nước ngoài")
    ODA = "oda", _("ODA và vốn vay ưu đãi")
    NGO = "ngo", _("Viện trợ phi chính phủ nước ngoài")
    RELATIONS = "relations", _("Quan hệ, thỏa thuận, đoàn")
    PROMOTION = "promotion", _("Xúc tiến đầu tư, thương mại")
    CULTURE = "culture", _("Văn hóa đối ngoại")
    LABOUR = "labour", _("Lao động, kiều hối")


class Source(models.TextChoices):
    """Where an observation comes from. Order of the members is the default precedence."""

    ENTERED = "entered", _("Nhập tay")
    IMPORTED = "imported", _("Nhập từ tệp")
    EXTRACTED = "extracted", _("Trích từ văn bản")
    COMPUTED = "computed", _("Tính từ hồ sơ")


SOURCE_PRECEDENCE = {source: rank for rank, source in enumerate(Source.values)}


class Qualifier(models.TextChoices):
    EXACT = "", _("Chính xác")
    AT_LEAST = "at_least", _("Trở lên (trên, hơn)")
    APPROX = "approx", _("Khoảng")


class PeriodShape(models.TextChoices):
    """The period pickers of the pages and the API (see periods.Period constructors)."""

    YEAR = "year", _("Năm")
    HALF = "half", _("6 tháng đầu năm")
    NINE_MONTHS = "nine_months", _("9 tháng")
    QUARTER = "quarter", _("Quý")
    MONTH = "month", _("Tháng")
    TO_MONTH = "to_month", _("Từ đầu năm đến hết tháng")
