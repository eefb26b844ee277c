"""The outline of a province's foreign-affairs report: its title, its fields of work, and
the placeholders a specialist replaces.

Section I states results field by field (the fields of the seed reports and of Thông tư
09/2025/TT-BNG); sections II–IV are drafted from the data by `assessment`. Where the data
supports no sentence a visible placeholder remains. Pure Python: no Django, no database.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.periods import Period, PeriodKind

PLACEHOLDER_LEAD = "Chuyên viên bổ sung"
_PLACEHOLDER = re.compile(r"\[" + PLACEHOLDER_LEAD + r":[^\]]*\]")


def placeholder(prompt: str) -> str:
    """"[Chuyên viên bổ sung: …]": a prompt that stays visible until someone replaces it."""
    return f"[{PLACEHOLDER_LEAD}: {prompt}]"


def has_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER.search(text))


# --- titles ---------------------------------------------------------------------------

def next_period_label(period: Period) -> str | None:
    """The period the tasks are set for: "năm 2024" after "năm 2023"; None for other spans."""
    year = period.end.year
    kind = period.kind
    if kind == PeriodKind.YEAR:
        return f"năm {year + 1}"
    if kind == PeriodKind.HALF:
        return f"6 tháng cuối năm {year}"
    if kind == PeriodKind.NINE_MONTHS:
        return f"3 tháng cuối năm {year}"
    if kind == PeriodKind.TERM:
        length = year - period.start.year
        return f"giai đoạn {year + 1}-{year + 1 + length}"
    if kind == PeriodKind.YEAR_TO_MONTH and period.start.month == 1 and period.end.month < 12:
        return f"{12 - period.end.month} tháng cuối năm {year}"
    return None


def default_title(period: Period) -> str:
    """"Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"."""
    title = f"Kết quả công tác đối ngoại {period.label}"
    upcoming = next_period_label(period)
    return f"{title} và phương hướng, nhiệm vụ {upcoming}" if upcoming else title


def tasks_heading(period: Period) -> str:
    return f"Phương hướng, nhiệm vụ {next_period_label(period) or 'thời gian tới'}"


# --- fields of section I ----------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    key: str                            # the paragraph's editable key is "results.<key>"
    heading: str
    prompt: str = ""                    # the placeholder when neither figures nor records say anything
    codes: tuple[str, ...] = ()         # indicators stated, in this order
    tables: tuple[str, ...] = ()        # tables of the snapshot placed under the paragraph
    charts: tuple[str, ...] = ()
    children: tuple[Field, ...] = ()

    @property
    def paragraph_key(self) -> str:
        return f"results.{self.key}"


OUTLINE: tuple[Field, ...] = (
    Field("political", "Ngoại giao chính trị, quan hệ với các đối tác nước ngoài",
          "hoạt động đối ngoại Đảng, ngoại giao chính quyền, quan hệ với các địa phương, đối tác nước ngoài",
          codes=(Code.PARTNER_LOCALITIES, Code.FRIENDSHIP_ASSOCIATIONS)),
    Field("economic", "Ngoại giao kinh tế", children=(
        Field("trade", "Xuất khẩu, nhập khẩu", "kết quả xuất khẩu, nhập khẩu",
              codes=(Code.EXPORT_VALUE, Code.IMPORT_VALUE, Code.TRADE_VALUE, Code.EXPORT_GROWTH, Code.IMPORT_GROWTH,
                     Code.LOCAL_EXPORT_GROWTH),
              tables=("trade",), charts=("trade",)),
        Field("fdi", "Thu hút đầu tư trực tiếp nước ngoài", "kết quả thu hút đầu tư trực tiếp nước ngoài",
              codes=(Code.FDI_NEW_PROJECTS, Code.FDI_NEW_CAPITAL, Code.FDI_ADJUSTED_PROJECTS, Code.FDI_ADDED_CAPITAL,
                     Code.FDI_REGISTERED_CAPITAL, Code.FDI_ACTIVE_PROJECTS, Code.FDI_TOTAL_CAPITAL,
                     Code.FDI_IMPLEMENTED_CAPITAL, Code.FDI_RANK),
              tables=("fdi_projects",)),
        Field("oda", "Vận động, quản lý nguồn vốn ODA và vốn vay ưu đãi", "kết quả vận động, quản lý vốn ODA",
              codes=(Code.ODA_PROJECTS, Code.ODA_MOBILIZING_PROJECTS, Code.ODA_DISBURSED), tables=("oda_projects",)),
        Field("ngo", "Vận động, quản lý viện trợ phi chính phủ nước ngoài",
              "kết quả vận động, quản lý viện trợ phi chính phủ nước ngoài",
              codes=(Code.NGO_ORGANIZATIONS, Code.INTL_ORGANIZATIONS, Code.NGO_PROJECTS, Code.NGO_NEW_COMMITMENTS,
                     Code.NGO_COMMITTED, Code.NGO_DISBURSED),
              tables=("ngo_aid",)),
        Field("promotion", "Xúc tiến đầu tư, thương mại", "hoạt động xúc tiến đầu tư, thương mại",
              codes=(Code.INVESTMENT_PROMOTION_DOMESTIC, Code.INVESTMENT_PROMOTION_ABROAD,
                     Code.NGO_PROMOTION_CONFERENCES)),
    )),
    Field("culture", "Văn hóa đối ngoại và thông tin đối ngoại",
          "hoạt động văn hóa đối ngoại, thông tin đối ngoại", codes=(Code.CULTURAL_EVENTS,)),
    Field("overseas", "Công tác người Việt Nam ở nước ngoài",
          "công tác đối với người Việt Nam ở nước ngoài", codes=(Code.WORKERS_ABROAD, Code.REMITTANCES)),
    Field("consular", "Công tác lãnh sự, bảo hộ công dân", "công tác lãnh sự, bảo hộ công dân"),
    Field("border", "Công tác biên giới lãnh thổ", "công tác quản lý biên giới, cửa khẩu"),
    Field("delegations", "Quản lý đoàn ra, đoàn vào", "công tác quản lý đoàn ra, đoàn vào",
          tables=("delegations",)),
    Field("agreements", "Ký kết và thực hiện thỏa thuận quốc tế", "công tác ký kết, thực hiện thỏa thuận quốc tế",
          codes=(Code.AGREEMENTS_SIGNED,), tables=("agreements",)),
    Field("conferences", "Tổ chức, quản lý hội nghị, hội thảo quốc tế",
          "công tác tổ chức, quản lý hội nghị, hội thảo quốc tế", codes=(Code.INTL_CONFERENCES,),
          tables=("conferences",)),
)

# A total stated only when its parts are not: exports and imports say more than their sum.
STATED_UNLESS = {
    Code.TRADE_VALUE: (Code.EXPORT_VALUE, Code.IMPORT_VALUE),
    Code.FDI_REGISTERED_CAPITAL: (Code.FDI_NEW_CAPITAL, Code.FDI_ADDED_CAPITAL),
}
# Average yearly rates read "10,85%/năm".
PER_YEAR_CODES = frozenset({Code.EXPORT_GROWTH, Code.IMPORT_GROWTH, Code.LOCAL_EXPORT_GROWTH})


def leaf_fields(fields: tuple[Field, ...] = OUTLINE) -> list[Field]:
    return [leaf for field in fields for leaf in (leaf_fields(field.children) if field.children else [field])]


def reported_codes() -> list[str]:
    return [code for field in leaf_fields() for code in field.codes]
