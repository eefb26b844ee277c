"""The one indicator catalogue: every code of the fact schema (gold/SCHEMA.md).

Plain Python, so that the extraction pipeline (no Django), the computations (each domain
app's `indicators.py`), the report wording and outline and the data migration all import
the same codes. Administrators add further indicators in the admin.
Each entry: code, Vietnamese label, English label, unit, currency (money only),
aggregation, group, and the indicator a growth rate is the growth of.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    """Every code, for the code that names one: a typo fails at import, not silently."""

    EXPORT_VALUE = "export_value"
    IMPORT_VALUE = "import_value"
    TRADE_VALUE = "trade_value"
    EXPORT_GROWTH = "export_growth"
    IMPORT_GROWTH = "import_growth"
    LOCAL_EXPORT_GROWTH = "local_export_growth"
    FDI_NEW_PROJECTS = "fdi_new_projects"
    FDI_NEW_CAPITAL = "fdi_new_capital"
    FDI_ADJUSTED_PROJECTS = "fdi_adjusted_projects"
    FDI_ADDED_CAPITAL = "fdi_added_capital"
    FDI_REGISTERED_CAPITAL = "fdi_registered_capital"
    FDI_ACTIVE_PROJECTS = "fdi_active_projects"
    FDI_TOTAL_CAPITAL = "fdi_total_capital"
    FDI_IMPLEMENTED_CAPITAL = "fdi_implemented_capital"
    FDI_RANK = "fdi_rank"
    ODA_PROJECTS = "oda_projects"
    ODA_MOBILIZING_PROJECTS = "oda_mobilizing_projects"
    ODA_DISBURSED = "oda_disbursed"
    NGO_PROJECTS = "ngo_projects"
    NGO_NEW_COMMITMENTS = "ngo_new_commitments"
    NGO_COMMITTED = "ngo_committed"
    NGO_DISBURSED = "ngo_disbursed"
    NGO_ORGANIZATIONS = "ngo_organizations"
    INTL_ORGANIZATIONS = "intl_organizations"
    AGREEMENTS_SIGNED = "agreements_signed"
    INTL_CONFERENCES = "intl_conferences"
    DELEGATION_EXCHANGES = "delegation_exchanges"
    INVESTMENT_PROMOTION_DOMESTIC = "investment_promotion_domestic"
    INVESTMENT_PROMOTION_ABROAD = "investment_promotion_abroad"
    NGO_PROMOTION_CONFERENCES = "ngo_promotion_conferences"
    PARTNER_LOCALITIES = "partner_localities"
    FRIENDSHIP_ASSOCIATIONS = "friendship_associations"
    CULTURAL_EVENTS = "cultural_events"
    WORKERS_ABROAD = "workers_abroad"
    REMITTANCES = "remittances"


@dataclass(frozen=True)
class CatalogueEntry:
    code: str
    name_vi: str
    name_en: str
    unit: str            # Unit
    aggregation: str     # Aggregation
    group: str           # IndicatorGroup
    currency: str = ""
    growth_of: str = ""  # for average-growth rates: the indicator whose growth it is

    @property
    def is_stock(self) -> bool:
        return self.aggregation == "stock"

    @property
    def at_a_date(self) -> bool:
        """Read at one date, not over a period: a stock, or a standing (a rank)."""
        return self.is_stock or (self.aggregation == "rate" and self.unit != "percent")


def _money(code, vi, en, group, aggregation="flow", currency="USD"):
    return CatalogueEntry(code, vi, en, "money", aggregation, group, currency)


def _count(code, vi, en, group, aggregation="flow", unit="count"):
    return CatalogueEntry(code, vi, en, unit, aggregation, group)


def _growth(code, vi, en, of=""):
    return CatalogueEntry(code, vi, en, "percent", "rate", "trade", growth_of=of)


CATALOGUE: tuple[CatalogueEntry, ...] = (
    _money(Code.EXPORT_VALUE, "Kim ngạch xuất khẩu", "Export value", "trade"),
    _money(Code.IMPORT_VALUE, "Kim ngạch nhập khẩu", "Import value", "trade"),
    _money(Code.TRADE_VALUE, "Tổng kim ngạch xuất, nhập khẩu", "Total trade value", "trade"),
    _growth(Code.EXPORT_GROWTH, "Tốc độ tăng xuất khẩu bình quân", "Average export growth", of=Code.EXPORT_VALUE),
    _growth(Code.IMPORT_GROWTH, "Tốc độ tăng nhập khẩu bình quân", "Average import growth", of=Code.IMPORT_VALUE),
    _growth(Code.LOCAL_EXPORT_GROWTH, "Tăng trưởng xuất khẩu địa phương", "Local export growth"),
    _count(Code.FDI_NEW_PROJECTS, "Dự án FDI cấp mới", "New FDI projects", "investment"),
    _money(Code.FDI_NEW_CAPITAL, "Vốn đăng ký của dự án FDI cấp mới", "Registered capital of new FDI projects",
           "investment"),
    _count(Code.FDI_ADJUSTED_PROJECTS, "Lượt dự án FDI điều chỉnh tăng vốn", "FDI capital increases", "investment"),
    _money(Code.FDI_ADDED_CAPITAL, "Vốn FDI đăng ký tăng thêm", "Additional registered FDI capital", "investment"),
    _money(Code.FDI_REGISTERED_CAPITAL, "Tổng vốn FDI đăng ký (cấp mới và tăng thêm)",
           "FDI registered capital (new and added)", "investment"),
    _count(Code.FDI_ACTIVE_PROJECTS, "Dự án FDI còn hiệu lực (lũy kế)", "Active FDI projects", "investment",
           aggregation="stock"),
    _money(Code.FDI_TOTAL_CAPITAL, "Tổng vốn FDI đăng ký lũy kế", "Cumulative registered FDI capital", "investment",
           aggregation="stock"),
    _money(Code.FDI_IMPLEMENTED_CAPITAL, "Vốn FDI thực hiện", "Implemented FDI capital", "investment"),
    _count(Code.FDI_RANK, "Thứ hạng cả nước về thu hút FDI", "National rank in FDI attraction", "investment",
           aggregation="rate"),
    _count(Code.ODA_PROJECTS, "Chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện",
           "ODA and concessional-loan projects under way", "oda", aggregation="stock"),
    _count(Code.ODA_MOBILIZING_PROJECTS, "Dự án ODA đang vận động", "ODA projects being sought", "oda",
           aggregation="stock"),
    _money(Code.ODA_DISBURSED, "Vốn ODA thực hiện, giải ngân", "ODA disbursed", "oda", currency="VND"),
    _count(Code.NGO_PROJECTS, "Chương trình, dự án viện trợ PCPNN đang triển khai", "NGO aid projects under way", "ngo",
           aggregation="stock"),
    _count(Code.NGO_NEW_COMMITMENTS, "Khoản viện trợ PCPNN mới ký cam kết", "New NGO aid commitments", "ngo"),
    _money(Code.NGO_COMMITTED, "Giá trị viện trợ PCPNN cam kết", "NGO aid committed", "ngo"),
    _money(Code.NGO_DISBURSED, "Giá trị viện trợ PCPNN giải ngân", "NGO aid disbursed", "ngo"),
    _count(Code.NGO_ORGANIZATIONS, "Tổ chức phi chính phủ nước ngoài hoạt động", "Foreign NGOs active", "ngo",
           aggregation="stock"),
    _count(Code.INTL_ORGANIZATIONS, "Tổ chức quốc tế triển khai dự án", "International organisations with projects",
           "ngo", aggregation="stock"),
    _count(Code.AGREEMENTS_SIGNED, "Thỏa thuận quốc tế ký kết", "International agreements signed", "relations"),
    _count(Code.INTL_CONFERENCES, "Hội nghị, hội thảo quốc tế tổ chức", "International conferences held", "relations"),
    _count(Code.DELEGATION_EXCHANGES, "Hoạt động trao đổi đoàn", "Delegation exchanges", "relations"),
    _count(Code.INVESTMENT_PROMOTION_DOMESTIC, "Hội nghị, sự kiện xúc tiến đầu tư trong nước",
           "Investment promotion events at home", "promotion"),
    _count(Code.INVESTMENT_PROMOTION_ABROAD, "Sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
           "Investment and trade promotion events abroad", "promotion"),
    _count(Code.NGO_PROMOTION_CONFERENCES, "Hội nghị vận động viện trợ PCPNN", "NGO aid promotion conferences", "ngo"),
    _count(Code.PARTNER_LOCALITIES, "Địa phương nước ngoài có quan hệ hợp tác", "Partner localities abroad",
           "relations", aggregation="stock"),
    _count(Code.FRIENDSHIP_ASSOCIATIONS, "Hội hữu nghị cấp tỉnh", "Provincial friendship associations", "relations",
           aggregation="stock"),
    _count(Code.CULTURAL_EVENTS, "Hoạt động văn hóa đối ngoại", "Cultural diplomacy events", "culture"),
    _count(Code.WORKERS_ABROAD, "Người đi lao động ở nước ngoài", "Workers sent abroad", "labour", unit="people"),
    _money(Code.REMITTANCES, "Kiều hối gửi về", "Remittances", "labour"),
)
BY_CODE: dict[str, CatalogueEntry] = {entry.code: entry for entry in CATALOGUE}
