"""A province report as a ReportDocument, from a figures snapshot and a person's edits.

`compose` writes the generated text: the same snapshot always gives the same document,
so a stored version renders again exactly as it was. `apply_edits` puts the reworded
paragraphs in (an emptied paragraph leaves the report, with a heading left bare).
Pure Python: the snapshot is plain JSON collected by `collect`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from ngoaivu.core.vnformat import format_number
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.reports.builder import assessment
from ngoaivu.reports.builder.encoding import (
    cell_in,
    chart_in,
    date_in,
    decimal_in,
    figure_in,
    table_out,
    upgraded_facts,
)
from ngoaivu.reports.builder.outline import (
    OUTLINE,
    STATED_UNLESS,
    Field,
    default_title,
    next_period_label,
    placeholder,
    tasks_heading,
)
from ngoaivu.reports.builder.precision import DERIVED_MARK, derived_value, millions, percent
from ngoaivu.reports.builder.record_sentences import PLACED_AFTER, lower_first, record_sentences
from ngoaivu.reports.rendering.model import (
    NO_FIGURE,
    Block,
    Chart,
    Heading,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    with_paragraph_overrides,
)
from ngoaivu.reports.sentences import Figure, figure_sentences, join_sentences, years_note
from ngoaivu.reports.wording import WORDING

TRADE_CODES = (Code.EXPORT_VALUE, Code.IMPORT_VALUE, Code.TRADE_VALUE)
LIMITATIONS_PROMPT = "những tồn tại, hạn chế trong kỳ và nguyên nhân"
RECOMMENDATIONS_PROMPT = "kiến nghị, đề xuất với Trung ương, UBND tỉnh"
OTHER_FIELDS_KEY = "results.other"


@dataclass(frozen=True)
class Particulars:
    """What a person fills in on the document; blanks take the snapshot's defaults."""

    number: str = ""
    symbol: str = ""  # "BC-SNgV"; blank takes the issuer's
    title: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    issued_on: date | None = None


def compose(snapshot: dict, particulars: Particulars = Particulars(), kept: frozenset[str] = frozenset()) -> ReportDocument:
    """The generated document. `kept`: keys of paragraphs a person wrote, which stay in the
    document even where the data now says nothing (a field without records is otherwise
    listed under one "other fields" placeholder)."""
    period = Period(date_in(snapshot["period"]["start"]), date_in(snapshot["period"]["end"]))
    header = snapshot["header"]
    title = particulars.title or default_title(period)
    closing = f"Trên đây là báo cáo {title[:1].lower()}{title[1:]} của {header['body']}./."
    writer = _ResultsWriter(snapshot, period, kept)
    outlook = snapshot.get("outlook", {})
    upcoming = next_period_label(period) or "thời gian tới"
    locality = header["locality"]
    sections = [
        Section(f"Kết quả thực hiện công tác đối ngoại {period.label}", writer.blocks()),
        Section("Tồn tại, hạn chế và nguyên nhân", [drafted(
            assessment.limitations(period, locality, writer.facts, writer.figures, outlook),
            LIMITATIONS_PROMPT, "limitations")]),
        Section(tasks_heading(period), [drafted(
            assessment.tasks(period, upcoming, locality, writer.facts, outlook),
            f"phương hướng, nhiệm vụ trọng tâm {upcoming}", "tasks")]),
        Section("Kiến nghị, đề xuất", [
            drafted(assessment.recommendations(locality, writer.facts, writer.figures, outlook),
                     RECOMMENDATIONS_PROMPT, "recommendations"),
            Paragraph(closing, "closing"),
        ]),
    ]
    return ReportDocument(
        issuer_parent=header["issuer_parent"], issuer=header["issuer"],
        symbol=particulars.symbol or header["symbol"],
        place=header["place"], date=particulars.issued_on or date_in(snapshot["generated_on"]), title=title,
        sections=sections, signer_title=particulars.signer_title or header["signer_title"],
        signer_name=particulars.signer_name, number=particulars.number,
        signer_authority=particulars.signer_authority,
        recipients=list(particulars.recipients or header["recipients"]), archive=header["archive"],
        period_start=period.start, period_end=period.end,
    )


def drafted(items: list[str], prompt: str, key: str) -> Paragraph:
    """Items drafted from the data, one per line ("- …"), or the placeholder when there are none
    (the national compilation drafts its judgement parts the same way)."""
    if not items:
        return Paragraph(placeholder(prompt), key)
    closed = [join_sentences([item]) for item in items]
    return Paragraph(closed[0] if len(closed) == 1 else "\n".join(f"- {item}" for item in closed), key)


def apply_edits(doc: ReportDocument, edits: dict[str, dict]) -> ReportDocument:
    """`edits` maps a paragraph key to {"text": …, "generated": the text it replaced}."""
    doc = with_paragraph_overrides(doc, {key: edit["text"] for key, edit in edits.items()})
    return replace(doc, sections=[replace(section, blocks=without_empty(section.blocks))
                                  for section in doc.sections])


def without_empty(blocks: list[Block]) -> list[Block]:
    """Blocks without emptied paragraphs, nor the headings that have nothing left under them."""
    kept: list[Block] = []
    content_below = {1: False, 2: False}
    for block in reversed(blocks):
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        if isinstance(block, Heading):
            if content_below[block.level]:
                kept.append(block)
            content_below[2] = False
            if block.level == 1:
                content_below[1] = False
            continue
        kept.append(block)
        content_below = {1: True, 2: True}
    return kept[::-1]


class _ResultsWriter:
    """Section I: the opening, one heading per field of work, its sentences, tables and
    charts; for a term, its plan's targets; the fields without data under one placeholder."""

    def __init__(self, snapshot: dict, period: Period, kept: frozenset[str] = frozenset()):
        self.period = period
        self.kept = kept
        self.locality = snapshot["header"]["locality"]
        self.facts = upgraded_facts(snapshot)
        self.outlook = snapshot.get("outlook", {})
        self.figures = {code: figure_in(data) for code, data in snapshot["figures"].items()}
        self.previous = {code: decimal_in(data.get("previous")) for code, data in snapshot["figures"].items()}
        self.derived = {code: data["previous_derived"] for code, data in snapshot["figures"].items()
                        if data.get("previous_derived")}
        self.years = {code: data["years"] for code, data in snapshot["figures"].items() if data.get("years")}
        self.tables = dict(snapshot.get("tables", {}))
        self.charts = snapshot.get("charts", {})
        trade = self._trade_table()
        if trade is not None:
            self.tables["trade"] = trade
        self.table_count = 0
        self.silent: list[Field] = []

    def blocks(self) -> list[Block]:
        opening = assessment.opening(self.period, self.locality, self.facts, self.figures, self.outlook)
        overview = Paragraph(join_sentences(opening) if opening else
                             f"Kết quả công tác đối ngoại {self.period.label} trên các lĩnh vực như sau:",
                             "results.overview")
        fields = [block for field in OUTLINE for block in self._field(field, level=1)]
        blocks: list[Block] = [Heading("Tình hình chung", 1), overview, *without_empty(fields)]
        blocks += self._term_targets()
        if self.silent:
            blocks += [Heading("Các lĩnh vực công tác khác", 1), Paragraph(placeholder(
                "; ".join(field.prompt for field in self.silent) + " (chưa có hồ sơ, số liệu trong kỳ)"),
                OTHER_FIELDS_KEY)]
        return blocks

    def _field(self, field: Field, level: int) -> list[Block]:
        blocks: list[Block] = [Heading(field.heading, level)]
        if field.children:
            return blocks + [block for child in field.children for block in self._field(child, 2)]
        text = join_sentences(self._sentences(field))
        tables = [key for key in field.tables if key in self.tables]
        charts = [key for key in field.charts if key in self.charts]
        if not (text or tables or charts) and field.paragraph_key not in self.kept:
            self.silent.append(field)
            return blocks
        blocks.append(Paragraph(text or placeholder(field.prompt), field.paragraph_key))
        blocks += [self._table(key) for key in tables]
        blocks += [self._chart(key) for key in charts]
        note = self._derived_note(tables, charts)
        return blocks + ([note] if note else [])

    def _derived_note(self, tables: list[str], charts: list[str]) -> Paragraph | None:
        """Under the table and chart that print "≈", once for both: what the mark means and
        the records' notes on those values."""
        marked = ("trade" in tables and self.derived) or any(self.charts[key].get("approximate") for key in charts)
        if not marked:
            return None
        notes = [item["note"] for item in self.derived.values()] if "trade" in tables else []
        notes += [note for key in charts for note in self.charts[key].get("notes", ())]
        return Paragraph(" ".join([f"{DERIVED_MARK}: số suy ra, không phải số liệu thống kê.",
                                   *dict.fromkeys(notes)]))

    def _term_targets(self) -> list[Block]:
        if self.period.kind != PeriodKind.TERM:
            return []
        sentences, table = assessment.term_targets(self.outlook)
        if table is None:
            return []
        self.tables["targets"] = table
        text = join_sentences(sentences) or f"Kết quả thực hiện các mục tiêu {self.period.label} như sau:"
        return [Heading("Thực hiện các mục tiêu của kế hoạch", 1), Paragraph(text, "results.targets"),
                self._table("targets")]

    def _sentences(self, field: Field) -> list[str]:
        stated = [self.figures[code] for code in field.codes if code in self.figures and self._stated(code)]
        anchor = PLACED_AFTER.get(field.key)
        split = next((i + 1 for i, fig in enumerate(stated) if fig.indicator_code == anchor), len(stated))
        records = record_sentences(field.key, self.facts, self.locality, self.figures)
        return [*self._say(stated[:split]), *records, *self._say(stated[split:])]

    def _say(self, figures: list[Figure]) -> list[str]:
        # A stock read before the period's end says when ("Đến ngày 31/12/2024, …").
        early = [fig for fig in figures if fig.period_start is None and fig.period_end
                 and fig.period_end < self.period.end]
        figures = [fig for fig in figures if fig not in early]
        # A term's figures that lack some years: one sentence per set of years, opened by
        # the note, so that it qualifies every figure it concerns, not just the first one.
        groups: dict[tuple, list[Figure]] = {}
        for fig in figures:
            key = (fig.covered_years, fig.missing_years) if fig.missing_years else ()
            groups.setdefault(key, []).append(fig)
        sentences = []
        for key, group in groups.items():
            said = figure_sentences(group, locality=self.locality)
            if key and said:
                said = [f"Tính trong {years_note(*key)}, {_clauses(said)}"]
            sentences += said
        return sentences + figure_sentences(early, with_period=True, locality=self.locality)

    def _stated(self, code: str) -> bool:
        return not any(part in self.figures for part in STATED_UNLESS.get(code, ()))

    def _table(self, key: str) -> Table:
        self.table_count += 1
        data = self.tables[key]
        return Table(f"Bảng {self.table_count}. {data['caption']}", data["columns"],
                     [[cell_in(cell) for cell in row] for row in data["rows"]],
                     column_codes=data.get("column_codes"), unit=data.get("unit", ""))

    def _chart(self, key: str) -> Chart:
        return chart_in(self.charts[key])

    def _trade_table(self) -> dict | None:
        """Exports and imports beside the same period a year earlier and the plan, in millions.
        A value a year earlier worked back from a stated change is printed marked "≈"."""
        codes = [code for code in TRADE_CODES if code in self.figures and self._stated(code)]
        if not codes:
            return None
        if all(code in self.years for code in codes):
            return self._trade_by_year(codes)
        whole_year = self.period.kind == PeriodKind.YEAR
        last_year = self.period.end.year - 1
        columns = ["Chỉ tiêu", f"Năm {last_year}" if whole_year else f"Cùng kỳ năm {last_year}",
                   _capitalised(self.period.label),
                   f"So với năm {last_year} (%)" if whole_year else "So với cùng kỳ (%)", "So với kế hoạch (%)"]
        rows = []
        for code in codes:
            figure = self.figures[code]
            previous, derived = self.previous[code], self.derived.get(code)
            if derived is not None:
                previous = decimal_in(derived["value"])
                shown_previous = f"{DERIVED_MARK} {format_number(millions(derived_value(previous)))}"
                ratio = 100 + figure.change_pct if figure.change_pct is not None else None
            else:
                shown_previous = millions(previous)
                ratio = figure.value / previous * 100 if previous else None
            label = _capitalised(WORDING[code].label) + (" (ước)" if figure.is_estimate else "")
            rows.append([label, shown_previous, millions(figure.value), percent(ratio), percent(figure.plan_pct)])
        unit = "triệu " + ("đồng" if self.figures[codes[0]].unit == "VND" else self.figures[codes[0]].unit)
        caption = f"Kim ngạch xuất khẩu, nhập khẩu {self.period.label}"
        return table_out(caption, columns, ["indicator", "previous_value", "value", "ratio_to_previous_pct",
                                            "plan_pct"], rows, unit)

    def _trade_by_year(self, codes: list[str]) -> dict:
        """A term: each year's value, "—" where a year has none."""
        years = sorted({year for code in codes for year in self.years[code]})
        rows = [[_capitalised(WORDING[code].label),
                 *(millions(decimal_in(self.years[code].get(year))) if self.years[code].get(year) else NO_FIGURE
                   for year in years)] for code in codes]
        unit = "triệu " + ("đồng" if self.figures[codes[0]].unit == "VND" else self.figures[codes[0]].unit)
        return table_out(f"Kim ngạch xuất khẩu, nhập khẩu từng năm {self.period.label}", ["Chỉ tiêu", *(
            f"Năm {year}" for year in years)], ["indicator", *(f"year_{year}" for year in years)], rows, unit)



def _clauses(sentences: list[str]) -> str:
    """Sentences as the clauses of one: "tỉnh đã tổ chức 1 hội nghị …; 2 sự kiện …" (a
    subject and verb the previous clause has just said are not repeated)."""
    clauses, previous_lead = [], None
    for sentence in sentences:
        clause = lower_first(sentence)
        match = _LEAD.match(clause)
        lead = match.group(1) if match else None
        clauses.append(clause[len(lead):] if lead and lead == previous_lead else clause)
        previous_lead = lead
    return "; ".join(clauses)


_LEAD = re.compile(r"^(\D+? )\d")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
