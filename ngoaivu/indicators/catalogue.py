"""The first indicator catalogue: every code of the fact schema (gold/SCHEMA.md).

Loaded by a data migration; administrators add further indicators in the admin.
Each entry: code, Vietnamese label, English label, unit, currency (money only),
aggregation, group, and the indicator a growth rate is the growth of.
"""
from __future__ import annotations

from dataclasses import dataclass


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


def _money(code, vi, en, group, aggregation="flow", currency="USD"):
    return CatalogueEntry(code, vi, en, "money", aggregation, group, currency)


def _count(code, vi, en, group, aggregation="flow", unit="count"):
    return CatalogueEntry(code, vi, en, unit, aggregation, group)


def _growth(code, vi, en, of=""):
    return CatalogueEntry(code, vi, en, "percent", "rate", "trade", growth_of=of)


CATALOGUE: tuple[CatalogueEntry, ...] = (
    _money("export_value", "Kim ngạch xuất khẩu", "Export value", "trade"),
    _money("import_value", "Kim ngạch nhập khẩu", "Import value", "trade"),
    _money("trade_value", "Tổng kim ngạch xuất, nhập khẩu", "Total trade value", "trade"),
    _growth("export_growth", "Tốc độ tăng xuất khẩu bình quân", "Average export growth", of="export_value"),
    _growth("import_growth", "Tốc độ tăng nhập khẩu bình quân", "Average import growth", of="import_value"),
    _growth("local_export_growth", "Tăng trưởng xuất khẩu địa phương", "Local export growth"),
    _count("fdi_new_projects", "Dự án FDI cấp mới", "New FDI projects", "investment"),
    _money("fdi_new_capital", "Vốn đăng ký của dự án FDI cấp mới", "Registered capital of new FDI projects",
           "investment"),
    _count("fdi_adjusted_projects", "Lượt dự án FDI điều chỉnh tăng vốn", "FDI capital increases", "investment"),
    _money("fdi_added_capital", "Vốn FDI đăng ký tăng thêm", "Additional registered FDI capital", "investment"),
    _money("fdi_registered_capital", "Tổng vốn FDI đăng ký (cấp mới và tăng thêm)",
           "FDI registered capital (new and added)", "investment"),
    _count("fdi_active_projects", "Dự án FDI còn hiệu lực (lũy kế)", "Active FDI projects", "investment",
           aggregation="stock"),
    _money("fdi_total_capital", "Tổng vốn FDI đăng ký lũy kế", "Cumulative registered FDI capital", "investment",
           aggregation="stock"),
    _money("fdi_implemented_capital", "Vốn FDI thực hiện", "Implemented FDI capital", "investment"),
    _count("fdi_rank", "Thứ hạng cả nước về thu hút FDI", "National rank in FDI attraction", "investment",
           aggregation="rate"),
    _count("oda_projects", "Chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện",
           "ODA and concessional-loan projects under way", "oda", aggregation="stock"),
    _count("oda_mobilizing_projects", "Dự án ODA đang vận động", "ODA projects being sought", "oda",
           aggregation="stock"),
    _money("oda_disbursed", "Vốn ODA thực hiện, giải ngân", "ODA disbursed", "oda", currency="VND"),
    _count("ngo_projects", "Chương trình, dự án viện trợ PCPNN đang triển khai", "NGO aid projects under way", "ngo",
           aggregation="stock"),
    _count("ngo_new_commitments", "Khoản viện trợ PCPNN mới ký cam kết", "New NGO aid commitments", "ngo"),
    _money("ngo_committed", "Giá trị viện trợ PCPNN cam kết", "NGO aid committed", "ngo"),
    _money("ngo_disbursed", "Giá trị viện trợ PCPNN giải ngân", "NGO aid disbursed", "ngo"),
    _count("ngo_organizations", "Tổ chức phi chính phủ nước ngoài hoạt động", "Foreign NGOs active", "ngo",
           aggregation="stock"),
    _count("intl_organizations", "Tổ chức quốc tế triển khai dự án", "International organisations with projects",
           "ngo", aggregation="stock"),
    _count("agreements_signed", "Thỏa thuận quốc tế ký kết", "International agreements signed", "relations"),
    _count("intl_conferences", "Hội nghị, hội thảo quốc tế tổ chức", "International conferences held", "relations"),
    _count("delegation_exchanges", "Hoạt động trao đổi đoàn", "Delegation exchanges", "relations"),
    _count("investment_promotion_domestic", "Hội nghị, sự kiện xúc tiến đầu tư trong nước",
           "Investment promotion events at home", "promotion"),
    _count("investment_promotion_abroad", "Sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
           "Investment and trade promotion events abroad", "promotion"),
    _count("ngo_promotion_conferences", "Hội nghị vận động viện trợ PCPNN", "NGO aid promotion conferences", "ngo"),
    _count("partner_localities", "Địa phương nước ngoài có quan hệ hợp tác", "Partner localities abroad",
           "relations", aggregation="stock"),
    _count("friendship_associations", "Hội hữu nghị cấp tỉnh", "Provincial friendship associations", "relations",
           aggregation="stock"),
    _count("cultural_events", "Hoạt động văn hóa đối ngoại", "Cultural diplomacy events", "culture"),
    _count("workers_abroad", "Người đi lao động ở nước ngoài", "Workers sent abroad", "labour", unit="people"),
    _money("remittances", "Kiều hối gửi về", "Remittances", "labour"),
)
