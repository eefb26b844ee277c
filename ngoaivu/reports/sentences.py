"""Sentences written from figures, in the style of the provinces' reports.

    Kim ngạch xuất khẩu ước đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ và đạt 54%
    kế hoạch năm
    Tỉnh đã cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD

A figure without a value gives no sentence (None); a figure without a change or a plan
share simply leaves that clause out. Pure Python: no Django, no database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Literal, Union

from ngoaivu.core.vnformat import (
    MoneyScale,
    format_date,
    format_money,
    format_number,
    format_percent,
    format_period,
    round_half_up,
)
from ngoaivu.reports.wording import ON_TERRITORY, WORDING, IndicatorWording

MONEY_UNITS = ("USD", "VND")
COUNT_UNITS = ("count", "people")
SAME_PERIOD = "same_period"
PlanScope = Literal["year", "term", "period"]
_PLAN_WORDS = {"year": "kế hoạch năm", "term": "kế hoạch giai đoạn", "period": "kế hoạch"}


@dataclass(frozen=True)
class Figure:
    indicator_code: str
    value: Decimal | None
    unit: str  # "USD", "VND", "count", "people" or "percent"
    period_start: date | None = None  # None with an end: a stock read at period_end
    period_end: date | None = None
    is_estimate: bool = False  # "ước đạt"
    change_pct: Decimal | None = None  # signed, against change_basis
    change_basis: Union[str, int] = SAME_PERIOD  # SAME_PERIOD or a year: "so với năm 2022"
    plan_pct: Decimal | None = None  # share of the plan reached: 120 reads "vượt 20% kế hoạch"
    plan_scope: PlanScope = "year"
    per_year: bool = False  # a yearly average: "10,85%/năm"
    money_scale: MoneyScale = "auto"  # "million" keeps "14.081,67 triệu USD"
    qualifier: str = ""  # "at_least": "trên 3 triệu USD"; "approx": "khoảng 1.800 triệu USD"
    missing_years: tuple[int, ...] = ()  # a term stated from the years it has: those it lacks
    covered_years: tuple[int, ...] = ()
    # Overrides of the default wording in wording.WORDING.
    label: str | None = None
    count_noun: str | None = None


def figure_sentence(
    fig: Figure,
    *,
    capital: Figure | None = None,
    with_period: bool = False,
    locality: str = "tỉnh",
) -> str | None:
    """One sentence, capitalised, without the final full stop; None when there is no value.

    `capital` joins a money figure to a count ("… 2 dự án FDI với tổng vốn đăng ký 69,7
    triệu USD"). `with_period` opens with the period ("Năm 2023, tỉnh đã …"). `locality`
    is "tỉnh" or, for a centrally-run city, "thành phố".
    """
    wording = _wording(fig.indicator_code)
    if fig.value is None:
        if capital is not None:
            return figure_sentence(capital, with_period=with_period, locality=locality)
        return None
    if fig.unit in COUNT_UNITS:
        body = _count_statement(fig, wording, locality)
        if capital is not None and capital.value is not None:
            # "với tổng vốn đăng ký 69,7 triệu USD": no "đạt" after the phrase.
            body += f" {wording.capital_phrase} {_amount_statement(capital, verb='')}"
    else:
        body = f"{fig.label or wording.label} {_amount_statement(fig)}"
    if with_period:
        body = f"{_period_opening(fig)}, {body}"
    return _capitalise(body)


def figure_sentences(
    figures: Iterable[Figure], *, with_period: bool = False, locality: str = "tỉnh"
) -> list[str]:
    """The sentences of several figures, a count joined to its capital when both are given."""
    figures = list(figures)
    by_code = {fig.indicator_code: fig for fig in figures}
    capitals = {_wording(fig.indicator_code).capital_code for fig in figures} - {None}
    sentences, on_territory, position = [], [], 0
    for fig in figures:
        if fig.indicator_code in capitals and fig.unit not in COUNT_UNITS:
            continue  # said together with its count
        wording = _wording(fig.indicator_code)
        capital = by_code.get(wording.capital_code or "")
        if _plain_stock_on_territory(fig, wording, capital) and not with_period:
            position = position if on_territory else len(sentences)  # where the first one stands
            on_territory.append(f"{_value_text(fig)} {fig.count_noun or wording.count_noun}")
            continue
        sentence = figure_sentence(fig, capital=capital, with_period=with_period, locality=locality)
        if sentence:
            sentences.append(sentence)
    if on_territory:
        # One sentence for the stocks on the territory, not "Trên địa bàn tỉnh có …" three times.
        listed = on_territory[0] if len(on_territory) == 1 else \
            f"{', '.join(on_territory[:-1])} và {on_territory[-1]}"
        sentences.insert(position, _capitalise(f"{ON_TERRITORY.format(locality=locality)} có {listed}"))
    return sentences


def _plain_stock_on_territory(fig: Figure, wording: IndicatorWording, capital: Figure | None) -> bool:
    """A count of what is on the territory, stated bare (no comparison, estimate nor capital)."""
    return (wording.subject == ON_TERRITORY and wording.verb == "có" and wording.is_stock and fig.unit in COUNT_UNITS
            and fig.value is not None and not fig.is_estimate and capital is None
            and not _comparison_clauses(fig))


def years_note(covered: Iterable[int], missing: Iterable[int], *, inner: bool = False) -> str:
    """"các năm 2021-2024 (chưa có số liệu năm 2025)": which years a term's figure adds up;
    `inner` for a note already in brackets: "các năm 2021-2024, chưa có số liệu năm 2025"."""
    covered, missing = sorted(set(covered)), sorted(set(missing))
    if not covered:
        span = "các năm đã có số liệu"
    elif len(covered) == 1:
        span = f"năm {covered[0]}"
    elif covered[-1] - covered[0] == len(covered) - 1:
        span = f"các năm {covered[0]}-{covered[-1]}"
    else:
        span = f"các năm {_listing([str(year) for year in covered])}"
    lacking = f"chưa có số liệu năm {_listing([str(year) for year in missing])}"
    return f"{span}, {lacking}" if inner else f"{span} ({lacking})"


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} và {items[-1]}"


def join_sentences(sentences: Iterable[str | None]) -> str:
    """A paragraph: empty sentences dropped, each capitalised and closed by a full stop."""
    closed = []
    for sentence in sentences:
        sentence = (sentence or "").strip()
        if sentence:
            closed.append(_capitalise(sentence if sentence[-1] in ".!?…" else sentence + "."))
    return " ".join(closed)


def _wording(code: str) -> IndicatorWording:
    try:
        return WORDING[code]
    except KeyError:
        raise ValueError(f"no wording for indicator {code!r}: add it to reports/wording.py") from None


def _amount_statement(fig: Figure, verb: str = "đạt") -> str:
    """"ước đạt 609,1 triệu USD, tăng 17,6% so với cùng kỳ và đạt 54% kế hoạch năm"."""
    if fig.is_estimate:
        verb = "ước đạt"
    return " ".join(word for word in (verb, _value_text(fig)) if word) + _comparison_clauses(fig)


def _count_statement(fig: Figure, wording: IndicatorWording, locality: str) -> str:
    """"tỉnh đã ký kết 8 thỏa thuận quốc tế"; "trên địa bàn tỉnh có 12 dự án ODA …"."""
    aspect = "ước" if fig.is_estimate else ("" if wording.is_stock else "đã")
    words = [
        wording.subject.format(locality=locality),
        aspect,
        wording.verb,
        _value_text(fig),
        fig.count_noun or wording.count_noun,
    ]
    return " ".join(word for word in words if word) + _comparison_clauses(fig)


QUALIFIER_WORDS = {"at_least": "trên", "approx": "khoảng"}


def _value_text(fig: Figure) -> str:
    lead = QUALIFIER_WORDS.get(fig.qualifier)
    return f"{lead} {_bare_value_text(fig)}" if lead else _bare_value_text(fig)


def _bare_value_text(fig: Figure) -> str:
    if fig.unit in MONEY_UNITS:
        text = format_money(fig.value, fig.unit, scale=fig.money_scale)
    elif fig.unit == "percent":
        text = format_percent(fig.value)
    elif fig.unit in COUNT_UNITS:
        text = format_number(fig.value)
    else:
        raise ValueError(f"unknown unit {fig.unit!r} for {fig.indicator_code}")
    return f"{text}/năm" if fig.per_year else text


def _comparison_clauses(fig: Figure) -> str:
    clauses = [clause for clause in (_change_clause(fig), _plan_clause(fig)) if clause]
    return ", " + " và ".join(clauses) if clauses else ""


def _change_clause(fig: Figure) -> str | None:
    if fig.change_pct is None:
        return None
    basis = "cùng kỳ" if fig.change_basis == SAME_PERIOD else f"năm {fig.change_basis}"
    change = round_half_up(fig.change_pct, 2)  # what is printed decides "tương đương"
    if change == 0:
        return f"tương đương {basis}"
    direction = "tăng" if change > 0 else "giảm"
    return f"{direction} {format_percent(abs(change))} so với {basis}"


def _plan_clause(fig: Figure) -> str | None:
    if fig.plan_pct is None:
        return None
    plan = _PLAN_WORDS[fig.plan_scope]
    share = round_half_up(fig.plan_pct, 2)
    if share > 100:
        return f"vượt {format_percent(share - 100)} {plan}"
    if share == 100:
        return f"hoàn thành {plan}"
    return f"đạt {format_percent(share)} {plan}"


def _period_opening(fig: Figure) -> str:
    if fig.period_end is None:
        raise ValueError(f"{fig.indicator_code}: with_period needs the figure's period")
    if fig.period_start is None:
        return f"đến ngày {format_date(fig.period_end)}"
    return format_period(fig.period_start, fig.period_end)


def _capitalise(text: str) -> str:
    # Not str.capitalize(): it would lower-case "FDI" and "ODA".
    return text[:1].upper() + text[1:]

