"""The national compilation as a ReportDocument: a summary per indicator, a table of the
main figures by province, and one ranking table per indicator. Pure Python."""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from decimal import Decimal

from ngoaivu.core.vnformat import format_money, format_number
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.reports.builder.encoding import date_in, decimal_in
from ngoaivu.reports.builder.outline import next_period_label, placeholder
from ngoaivu.reports.rendering.model import Paragraph, ReportDocument, Section, Table
from ngoaivu.reports.sentences import join_sentences
from ngoaivu.reports.wording import WORDING

MILLION = Decimal(10) ** 6
CENT = Decimal("0.01")
COUNT_UNITS = ("count", "people")
# Column headings of the summary table (money columns get their unit added).
SHORT_LABELS = {
    "export_value": "Xuất khẩu",
    "import_value": "Nhập khẩu",
    "fdi_new_projects": "Dự án FDI cấp mới",
    "fdi_new_capital": "Vốn FDI cấp mới",
    "agreements_signed": "Thỏa thuận quốc tế ký kết",
    "intl_conferences": "Hội nghị, hội thảo quốc tế",
    "ngo_disbursed": "Giải ngân viện trợ PCPNN",
}
# The figures by province, in two tables so that each fits the width of an A4 page.
SUMMARY_TABLES = (
    ("Kim ngạch xuất khẩu, nhập khẩu và thu hút FDI theo tỉnh, thành phố",
     ("export_value", "import_value", "fdi_new_projects", "fdi_new_capital")),
    ("Thỏa thuận quốc tế, hội nghị quốc tế và viện trợ PCPNN theo tỉnh, thành phố",
     ("agreements_signed", "intl_conferences", "ngo_disbursed")),
)


def compose_national(data: dict) -> ReportDocument:
    period = Period(date_in(data["period"]["start"]), date_in(data["period"]["end"]))
    units = sorted(data["units"].values(), key=lambda unit: _sort_key(unit["name"]))
    codes = list(data["indicators"])
    tables = [table for caption, group in SUMMARY_TABLES
              if (table := _summary_table(data, units, [code for code in group if code in codes], caption, period))]
    tables += [_ranking_table(data, code, period) for code in codes]
    tables = [replace(table, caption=f"Bảng {number}. {table.caption}") for number, table in enumerate(tables, 1)]
    upcoming = next_period_label(period) or "thời gian tới"
    summaries = [summary for code in codes if (summary := _summary(data, code))]
    return ReportDocument(
        issuer_parent="", issuer="BỘ NGOẠI GIAO", symbol="BC-BNG", place="Hà Nội",
        date=date_in(data["generated_on"]),
        title=f"Tổng hợp kết quả công tác đối ngoại của các địa phương {period.label}",
        sections=[
            Section(f"Kết quả công tác đối ngoại của các địa phương {period.label}", [
                Paragraph(_scope_text(data, len(units)), "national.scope"),
                *(Paragraph(join_sentences([summary])) for summary in summaries),
                *tables,
            ]),
            Section("Đánh giá chung", [Paragraph(placeholder("đánh giá chung về công tác đối ngoại của các địa "
                                                             "phương trong kỳ"), "assessment")]),
            Section(f"Phương hướng, nhiệm vụ {upcoming}",
                    [Paragraph(placeholder(f"phương hướng, nhiệm vụ {upcoming}"), "tasks")]),
        ],
        signer_title="", signer_name="", recipients=["Lãnh đạo Bộ (để b/c)", "Các đơn vị liên quan trong Bộ"],
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


def _summary(data: dict, code: str) -> str | None:
    """"Kim ngạch xuất khẩu: tổng cộng 3,01 tỷ USD (2 tỉnh, thành phố có số liệu), cao nhất là Hà Tĩnh với 2,4 tỷ USD"."""
    values = _values(data, code)
    if not values:
        return None
    unit = data["indicators"][code]["unit"]
    name, highest = max(values, key=lambda item: item[1])
    total = sum((value for _, value in values), Decimal(0))
    most = "nhiều nhất" if unit in COUNT_UNITS else "cao nhất"
    return (f"{WORDING[code].label}: tổng cộng {_amount(total, unit)} ({format_number(len(values))} tỉnh, thành "
            f"phố có số liệu), {most} là {name} với {_amount(highest, unit)}")


def _amount(value: Decimal, unit: str) -> str:
    return format_number(value) if unit in COUNT_UNITS else format_money(value, unit)


def _cell(value: Decimal | None, unit: str):
    """A table cell: money in millions, a count as an integer."""
    if value is None:
        return None
    return int(value) if unit in COUNT_UNITS else (value / MILLION).quantize(CENT)


def _heading(data: dict, code: str) -> str:
    unit = data["indicators"][code]["unit"]
    return SHORT_LABELS[code] if unit in COUNT_UNITS else f"{SHORT_LABELS[code]} (triệu {unit})"


def _summary_table(data: dict, units: list[dict], codes: list[str], caption: str, period: Period) -> Table | None:
    """The provinces with any of these figures, one column each, and their total."""
    units = [unit for unit in units if any(code in unit["values"] for code in codes)]
    if not units:
        return None
    rows = []
    for number, unit in enumerate(units, start=1):
        cells = [_cell(decimal_in(unit["values"][code]["value"]), data["indicators"][code]["unit"])
                 if code in unit["values"] else None for code in codes]
        merged = f" (gồm {', '.join(unit['merged'])})" if unit["merged"] else ""
        rows.append([number, unit["name"] + merged, *cells])
    totals = [sum((row[2 + index] for row in rows if row[2 + index] is not None), 0) for index in range(len(codes))]
    rows.append(["", "Tổng cộng", *totals])
    return Table(f"{caption} {period.label}", ["TT", "Tỉnh, thành phố", *(_heading(data, code) for code in codes)],
                 rows, column_codes=["no", "province", *codes])


def _ranking_table(data: dict, code: str, period: Period) -> Table:
    unit = data["indicators"][code]["unit"]
    entries = sorted(((entry["values"][code], entry["name"]) for entry in data["units"].values()
                      if code in entry["values"]), key=lambda item: (item[0]["rank"] or 0, _sort_key(item[1])))
    whole_year = period.kind == PeriodKind.YEAR
    rows = []
    for values, name in entries:
        value, previous = decimal_in(values["value"]), decimal_in(values["previous"])
        ratio = (value / previous * 100).quantize(CENT) if previous else None
        rows.append([values["rank"], name, _cell(value, unit), _cell(previous, unit), ratio])
    last_year = period.end.year - 1
    return Table(f"{SHORT_LABELS[code]} {period.label} theo tỉnh, thành phố",
                 ["Xếp hạng", "Tỉnh, thành phố", period.label[:1].upper() + period.label[1:],
                  f"Năm {last_year}" if whole_year else f"Cùng kỳ năm {last_year}",
                  f"So với năm {last_year} (%)" if whole_year else "So với cùng kỳ (%)"],
                 rows, column_codes=["rank", "province", "value", "previous_value", "ratio_to_previous_pct"],
                 unit="" if unit in COUNT_UNITS else f"triệu {unit}")


def _sort_key(name: str) -> str:
    """Alphabetical as a Vietnamese reader expects: Đ with D, accents after the letter."""
    plain = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(char for char in plain if not unicodedata.combining(char)).lower()
