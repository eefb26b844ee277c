"""The national compilation as a ReportDocument: a summary per indicator, tables of the
main figures by province, one ranking table per indicator, a closing and the signature.
Pure Python.

The precision rule of a province report (builder.precision): amounts in millions of their
currency to 2 decimals, a column aligned on its values; percentages to 1 decimal; counts
as integers; sentences scale the same amounts ("5,95 triệu USD" above a table's "5,95").
A column with no value in any row is left out rather than printed empty. The general
assessment and the tasks are drafted from the figures (national_assessment).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ngoaivu.core.vnformat import format_money, format_number
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.reports.builder import national_assessment
from ngoaivu.reports.builder.compose import drafted
from ngoaivu.reports.builder.encoding import date_in, decimal_in
from ngoaivu.reports.builder.outline import next_period_label
from ngoaivu.reports.builder.precision import DERIVED_MARK, derived_value, millions, percent
from ngoaivu.reports.rendering.model import Cell, Paragraph, ReportDocument, Section, Table
from ngoaivu.reports.sentences import join_sentences
from ngoaivu.reports.wording import WORDING

COUNT_UNITS = ("count", "people")
# A row of the 63 units' tables: records of the period filed under a unit of today (ADR 0020).
FILED_LATER = "ghi dưới đơn vị mới"
PERCENT_DECIMALS = 1  # a ratio column: "96,0" under "133,0"
# Column headings of the summary tables (money columns get their unit added).
SHORT_LABELS = {
    Code.EXPORT_VALUE: "Xuất khẩu",
    Code.IMPORT_VALUE: "Nhập khẩu",
    Code.FDI_NEW_PROJECTS: "Dự án FDI cấp mới",
    Code.FDI_NEW_CAPITAL: "Vốn FDI cấp mới",
    Code.AGREEMENTS_SIGNED: "Thỏa thuận quốc tế ký kết",
    Code.INTL_CONFERENCES: "Hội nghị, hội thảo quốc tế",
    Code.ODA_DISBURSED: "Giải ngân vốn ODA",
    Code.NGO_COMMITTED: "Viện trợ PCPNN cam kết",
    Code.NGO_DISBURSED: "Giải ngân viện trợ PCPNN",
}
# The figures by province, in tables narrow enough for the width of an A4 page.
SUMMARY_TABLES = (
    ("Kim ngạch xuất khẩu, nhập khẩu và thu hút FDI theo tỉnh, thành phố",
     (Code.EXPORT_VALUE, Code.IMPORT_VALUE, Code.FDI_NEW_PROJECTS, Code.FDI_NEW_CAPITAL)),
    ("Thỏa thuận quốc tế, hội nghị quốc tế theo tỉnh, thành phố", (Code.AGREEMENTS_SIGNED, Code.INTL_CONFERENCES)),
    ("Vốn ODA và viện trợ phi chính phủ nước ngoài theo tỉnh, thành phố",
     (Code.ODA_DISBURSED, Code.NGO_COMMITTED, Code.NGO_DISBURSED)),
)
RECIPIENTS = ["Lãnh đạo Bộ (để b/c)", "Các đơn vị liên quan trong Bộ", "UBND các tỉnh, thành phố"]


@dataclass(frozen=True)
class NationalSigning:
    """The particulars of the compilation: number, date and who signs on the Minister's behalf."""

    number: str = ""
    issued_on: date | None = None  # None: the day it is compiled
    signer_authority: str = "TL. BỘ TRƯỞNG"
    signer_title: str = "VỤ TRƯỞNG VỤ ĐỊA PHƯƠNG"
    signer_name: str = ""


def compose_national(data: dict, signing: NationalSigning = NationalSigning()) -> ReportDocument:
    period = Period(date_in(data["period"]["start"]), date_in(data["period"]["end"]))
    units = sorted(data["units"].values(), key=lambda unit: _sort_key(unit["name"]))
    codes = list(data["indicators"])
    tables = [table for caption, group in SUMMARY_TABLES
              if (table := _summary_table(data, units, [code for code in group if code in codes], caption, period))]
    tables += [_ranking_table(data, code, period) for code in codes if _values(data, code)]
    tables = [replace(table, caption=f"Bảng {number}. {table.caption}") for number, table in enumerate(tables, 1)]
    derived = any(values.get("previous_derived") for unit in units for values in unit["values"].values())
    notes = [Paragraph(f"{DERIVED_MARK}: số suy ra từ mức tăng, giảm do tỉnh báo cáo, không phải số liệu thống kê.")
             ] if derived else []
    if data.get("filed_under_new_units"):
        notes.append(Paragraph(f"{FILED_LATER}: hồ sơ của kỳ ghi dưới tỉnh, thành phố từ ngày 01/7/2025, không tách "
                               "được cho từng đơn vị cũ; được cộng vào tổng một lần."))
    upcoming = next_period_label(period) or "thời gian tới"
    summaries = [summary for code in codes if (summary := _summary(data, code))]
    title = f"Tổng hợp kết quả công tác đối ngoại của các địa phương {period.label}"
    closing = f"Trên đây là báo cáo {title[:1].lower()}{title[1:]} của Bộ Ngoại giao./."
    return ReportDocument(
        issuer_parent="", issuer="BỘ NGOẠI GIAO", symbol="BC-BNG", place="Hà Nội",
        date=signing.issued_on or date_in(data["generated_on"]), number=signing.number, title=title,
        sections=[
            Section(f"Kết quả công tác đối ngoại của các địa phương {period.label}", [
                Paragraph(_scope_text(data, len(units)), "national.scope"),
                *(Paragraph(join_sentences([summary])) for summary in summaries),
                *tables,
                *notes,
            ]),
            Section("Đánh giá chung", [drafted(national_assessment.overview(data, period),
                                               "đánh giá chung về công tác đối ngoại của các địa phương trong kỳ",
                                               "assessment")]),
            Section(f"Phương hướng, nhiệm vụ {upcoming}",
                    [drafted(national_assessment.tasks(data, period, upcoming), f"phương hướng, nhiệm vụ {upcoming}",
                             "tasks"),
                     Paragraph(closing, "closing")]),
        ],
        signer_authority=signing.signer_authority, signer_title=signing.signer_title,
        signer_name=signing.signer_name, recipients=list(RECIPIENTS),
        period_start=period.start, period_end=period.end,
    )


def _scope_text(data: dict, reporting: int) -> str:
    units = (f"{data['unit_count']} tỉnh, thành phố trước ngày 01/7/2025" if data["historic"] else
             f"{data['unit_count']} tỉnh, thành phố từ ngày 01/7/2025; số liệu của các đơn vị hành chính trước "
             f"ngày 01/7/2025 được cộng vào tỉnh, thành phố kế thừa")
    return (f"Số liệu tổng hợp từ hệ thống thông tin công tác đối ngoại, theo {units}. "
            f"Có {format_number(reporting)} tỉnh, thành phố có số liệu trong kỳ.")


def _values(data: dict, code: str) -> list[tuple[str, Decimal]]:
    return [(unit["name"], decimal_in(unit["values"][code]["value"])) for unit in data["units"].values()
            if code in unit["values"]]


def _filed_later(data: dict, code: str) -> list[tuple[str, Decimal]]:
    """The records of a period before 1/7/2025 filed under a unit of today (historic rows only)."""
    return [(f"{entry['name']} ({FILED_LATER})", decimal_in(entry["values"][code]))
            for entry in data.get("filed_under_new_units", {}).values() if code in entry["values"]]


def _summary(data: dict, code: str) -> str | None:
    """"Kim ngạch xuất khẩu: tổng cộng 3,01 tỷ USD (2 tỉnh, thành phố có số liệu), cao nhất là Hà Tĩnh với 2,4 tỷ USD"."""
    values = _values(data, code)
    if not values:
        return None
    unit = data["indicators"][code]["unit"]
    name, highest = max(values, key=lambda item: item[1])
    total = sum((value for _, value in values + _filed_later(data, code)), Decimal(0))
    most = "nhiều nhất" if unit in COUNT_UNITS else "cao nhất"
    return (f"{WORDING[code].label}: tổng cộng {_amount(total, unit)} ({format_number(len(values))} tỉnh, thành "
            f"phố có số liệu), {most} là {name} với {_amount(highest, unit)}")


def _amount(value: Decimal, unit: str) -> str:
    return format_number(value) if unit in COUNT_UNITS else format_money(value, unit)


def _cell(value: Decimal | None, unit: str) -> Cell:
    """A table cell: money in millions, a count as an integer."""
    if value is None:
        return None
    return int(value) if unit in COUNT_UNITS else millions(value)


def _heading(data: dict, code: str) -> str:
    unit = data["indicators"][code]["unit"]
    return SHORT_LABELS[code] if unit in COUNT_UNITS else f"{SHORT_LABELS[code]} ({_millions_of(unit)})"


def _millions_of(currency: str) -> str:
    """"triệu USD", "triệu đồng": the Vietnamese name of the đồng, a currency code otherwise."""
    return f"triệu {'đồng' if currency == 'VND' else currency}"


def _summary_table(data: dict, units: list[dict], codes: list[str], caption: str, period: Period) -> Table | None:
    """The provinces with any of these figures, one column each, and their total."""
    codes = [code for code in codes if any(code in unit["values"] for unit in units)]
    units = [unit for unit in units if any(code in unit["values"] for code in codes)]
    if not units:
        return None
    rows = []
    for number, unit in enumerate(units, start=1):
        cells = [_cell(decimal_in(unit["values"][code]["value"]), data["indicators"][code]["unit"])
                 if code in unit["values"] else None for code in codes]
        merged = f" (gồm {', '.join(unit['merged'])})" if unit["merged"] else ""
        rows.append([number, unit["name"] + merged, *cells])
    later = {}
    for index, code in enumerate(codes):
        for name, value in _filed_later(data, code):
            later.setdefault(name, [None] * len(codes))[index] = _cell(value, data["indicators"][code]["unit"])
    rows += [["", name, *cells] for name, cells in later.items()]
    totals = [sum((row[2 + index] for row in rows if row[2 + index] is not None),
                  0 if data["indicators"][code]["unit"] in COUNT_UNITS else Decimal(0))
              for index, code in enumerate(codes)]
    rows.append(["", "Tổng cộng", *totals])
    return Table(f"{caption} {period.label}", ["TT", "Tỉnh, thành phố", *(_heading(data, code) for code in codes)],
                 rows, column_codes=["no", "province", *codes])


def _ranking_table(data: dict, code: str, period: Period) -> Table:
    """The provinces by rank; the year before and the ratio only where some province has them."""
    unit = data["indicators"][code]["unit"]
    entries = sorted(((entry["values"][code], entry["name"]) for entry in data["units"].values()
                      if code in entry["values"]), key=lambda item: (item[0]["rank"] or 0, _sort_key(item[1])))
    rows = []
    for values, name in entries:
        value, previous = decimal_in(values["value"]), decimal_in(values["previous"])
        ratio = percent(value / previous * 100) if previous else None
        shown = _cell(previous, unit)
        if values.get("previous_derived") and previous is not None:  # as a province's report prints it
            shown = f"{DERIVED_MARK} {format_number(_cell(derived_value(previous), unit))}"
        rows.append([values["rank"], name, _cell(value, unit), shown, ratio])
    # The year and the year before are one quantity: printed with the same decimals.
    amounts = max((-value.normalize().as_tuple().exponent for row in rows for value in row[2:4]
                   if isinstance(value, Decimal)), default=0)
    amounts = max(amounts, 0)
    last_year = period.end.year - 1
    whole_year = period.kind == PeriodKind.YEAR
    columns = ["Xếp hạng", "Tỉnh, thành phố", period.label[:1].upper() + period.label[1:],
               f"Năm {last_year}" if whole_year else f"Cùng kỳ năm {last_year}",
               f"So với năm {last_year} (%)" if whole_year else "So với cùng kỳ (%)"]
    kept = [index for index in range(len(columns)) if index < 3 or any(row[index] is not None for row in rows)]
    codes = ["rank", "province", "value", "previous_value", "ratio_to_previous_pct"]
    return Table(f"{SHORT_LABELS[code]} {period.label} theo tỉnh, thành phố",
                 [columns[index] for index in kept], [[row[index] for index in kept] for row in rows],
                 column_codes=[codes[index] for index in kept],
                 column_decimals=[[None, None, amounts, amounts, PERCENT_DECIMALS][index] for index in kept],
                 unit="" if unit in COUNT_UNITS else _millions_of(unit))


def _sort_key(name: str) -> str:
    """Alphabetical as a Vietnamese reader expects: Đ with D, accents after the letter."""
    plain = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(char for char in plain if not unicodedata.combining(char)).lower()
