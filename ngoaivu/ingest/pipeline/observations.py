"""Figures in a text -> observations and targets of SCHEMA's indicators.

Each sentence is read left to right. For every figure the indicator comes from its
wording (`indicators`), the period from the nearest period mention (its own words
first, then its sentence, its paragraph, the text so far), and change, plan share and
qualifier from what is written around it (`attributes`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date

from .attributes import Attribute, find_attributes, is_per_year, qualifier
from .geography import country_name
from .goals import Goals
from .indicators import (
    INDICATORS,
    PEOPLE_HEAD,
    FigureContext,
    indicator_for,
    names_fdi,
    topic_mentions,
    topic_of_indicator,
)
from .numbers import Quantity, clean_number, find_quantities
from .partners import Partner
from .periods import Period, PeriodMention, ResolvedPeriod, Timeline, period_for, resolve
from .scope import Scope, is_part, is_restated, is_trade_part
from .segments import Layout, Sentence

_BASE_BEFORE = re.compile(
    r"so\s+với\s+(?:cùng\s+kỳ\s*)?(?:(?:\d{1,2}\s+tháng(?:\s+đầu)?|quý\s+[ivx\d]+)\s*)?(?:năm\s*)?/?\s*(?P<y>trước|ngoái|\d{4})?"
    r"\s*\(\s*(?:đạt|là|với)?\s*$"
)
_LEVEL_BEFORE = re.compile(r"(?:mức|con\s+số)\s+$")
_BASE_AFTER = re.compile(r"^\s*(?:của\s+)?cùng\s+kỳ(?:\s+năm\s+(?P<y>trước|ngoái|\d{4}))?")
_TRADE_CODES = frozenset({"export_value", "import_value", "trade_value"})
# The figure right after another in its clause describes the same thing ("292 dự án với tổng vốn ...").
_LINKED = re.compile(
    r"^[^;:]{0,40}?(?:(?<!\w)với|(?<!\w)và|(?<!\w)có|,)?\s*(?:tổng\s+)?(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|trị\s+giá)"
    r"|^\s*(?:(?:lượt\s+)?dự\s+án(?:\s+f[dđ]i)?\s*,?\s*)?với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "ngoài khu công nghiệp 4 dự án, tăng 89 triệu USD": the capital the projects just counted added
_ADDED_AFTER_COUNT = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s*,\s*(?:vốn\s+)?tăng(?:\s+thêm)?\s*")
_BREAKDOWN = re.compile(r"trong\s+đó")
_RAISED_TOTAL = re.compile(r"(?<!\w)nâng\s+(?:tổng\s+)?số\s[^;]*?(?<!\w)lên\s+(?:con\s+số\s+)?$")
_THIS_FIGURE = re.compile(
    r"(?:con\s+số|số\s+liệu|mức)\s+(?:này|đó|tương\s+ứng)\s+"
    r"(?:là|đạt|lên\s+tới|chỉ|(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+(?:mức|tới|còn))?|còn)?\s*(?:khoảng|hơn|gần|trên)?\s*$"
)
_BRACKET_RESTATED = re.compile(r"\s*\(\s*(?:khoảng|tương\s+đương|gần|hơn|trên|~)?\s*")
_REVOKED = re.compile(r"^\s*(?:lượt\s+)?dự\s+án(?:\s+\w+){0,3}?\s+(?:bị\s+)?(?:thu\s+hồi|chấm\s+dứt|giải\s+thể|rút\s+giấy\s+phép)")
_REVOKED_BEFORE = re.compile(r"(?:thu\s+hồi|chấm\s+dứt\s+hoạt\s+động\s+(?:của\s+)?|giải\s+thể)\s*(?:giấy\s+phép\s+(?:của\s+)?)?$")
_SENTENCE_LEAD = re.compile(r"\W*(?:(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|năm\s+\d{4}|trong\s+đó)\s*,?\s*)?")
_RANKED_WITH = re.compile(r"(?:(?:đứng|dẫn)\s+đầu|(?:đứng|xếp)\s+thứ\s+\w+)(?:\s+\w+){0,4}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "... đạt 2 tỷ USD. Dự kiến năm 2027 đạt 2,3 tỷ USD.": a clause that is only a period (and a cue)
# repeats the paragraph's last money measure
_PERIOD_ONLY = re.compile(
    r"^[\s,;]*(?:(?:dự\s+kiến|phấn\s+đấu|ước\s+tính|ước|riêng|còn)\s+)?(?:trong\s+|cả\s+)?"
    r"(?:năm\s+(?:\d{4}|nay|tới|sau)|\d+\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|quý\s+[ivx\d]+(?:\s*/\s*\d{4})?|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?)"
    r"\s*,?\s*(?:sẽ\s+)?(?:ước\s+)?(?:đạt|là|lên)\s*(?:khoảng|trên|hơn|gần)?\s*$"
)
_FUTURE = re.compile(r"(?<!\w)sẽ\s+(?:[^\W\d_]+\s+){0,5}$")
_STANDING = ("fdi_rank", "fdi_active_projects", "fdi_total_capital")
_FDI_COUNTS = ("fdi_new_projects", "fdi_adjusted_projects", "fdi_active_projects")
_HEADLINE_MAX = 200
_COUNTRY_NEAR = 60
_EVIDENCE_LEFT = 140  # characters of left context quoted at most
_HEAD_PHRASE = re.compile(r"[^,;:()]{0,60}?(?=[,;:()]|$)")


@dataclass(frozen=True)
class Observation:
    kind: str  # "observation" or "target"
    indicator: str
    low: float
    high: float | None
    unit: str
    period: Period | None
    qualifier: str | None
    change_pct: float | None
    plan_pct: float | None
    per: str
    counterpart: str | None
    start: int
    end: int

    def to_fact_fields(self) -> dict:
        fields: dict = {"indicator": self.indicator}
        if self.high is None:
            fields["value"] = clean_number(self.low)
        else:
            fields["value_min"], fields["value_max"] = clean_number(self.low), clean_number(self.high)
        fields.update(
            unit=self.unit,
            period=self.period.to_json() if self.period else None,
            qualifier=self.qualifier,
            change_pct=self.change_pct,
            plan_pct=self.plan_pct,
            per=self.per,
            counterpart=self.counterpart,
        )
        return fields

    @property
    def key(self) -> tuple:
        return self.kind, self.indicator, self.low, self.high, self.period


@dataclass(frozen=True)
class _Base:
    """An earlier period's figure quoted as the base of a comparison."""

    compared: Observation
    year: int | None  # the base's year when the text names it, else the year before

    def restated(self, quantity: Quantity, start: int) -> Observation:
        period = self.compared.period
        shift = (self.year - _period_year(period)) if self.year else -1
        return replace(
            self.compared, low=quantity.low, high=quantity.high, period=_shifted(period, shift),
            qualifier=None, change_pct=None, plan_pct=None, counterpart=self.compared.counterpart,
            start=start, end=quantity.end,
        )


_ROUNDED = 0.05  # a headline rounds: "gần 1,6 tỷ" repeats 1,57 tỷ


_ROUNDED_BOUND = 0.25  # "trên 3 triệu USD" in a headline stands for 3,29 triệu in the body


def _repeats(headline: Observation, body: Observation) -> bool:
    if (headline.kind, headline.indicator) != (body.kind, body.indicator):
        return False
    values = [v for v in (body.low, body.high) if v is not None]
    heads = [v for v in (headline.low, headline.high) if v is not None]
    if any(abs(h - v) <= _ROUNDED * max(abs(h), abs(v)) for h in heads for v in values):
        return True
    # a headline's bound rounds further: "trên/hơn X" for a little more than X, "gần X" for a little less
    if headline.qualifier == "at_least":
        return any(h <= v <= h * (1 + _ROUNDED_BOUND) for h in heads for v in values)
    if headline.qualifier == "approx":
        return any(h * (1 - _ROUNDED_BOUND) <= v <= h for h in heads for v in values)
    return False


def _period_year(period: Period) -> int:
    return (period.as_of or period.end).year


def _shifted(period: Period, years: int) -> Period:
    def move(day: date | None) -> date | None:
        if day is None:
            return None
        return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)

    return Period(start=move(period.start), end=move(period.end), as_of=move(period.as_of))


@dataclass(frozen=True)
class _Figure:
    quantity: Quantity
    indicator: str
    elsewhere: bool = False  # a part, a restatement, the nation's or another province's figure


class ObservationFinder:
    """Wording rules run on `folded` (the case-folded text); names are read from `text`."""

    def __init__(
        self,
        text: str,
        folded: str,
        layout: Layout,
        periods: list[PeriodMention],
        timeline: Timeline,
        protected: list[tuple[int, int]],
        partners: list[Partner],
        scope: Scope | None = None,
    ) -> None:
        self.text, self.folded, self.layout, self.timeline = text, folded, layout, timeline
        self.periods = periods
        self._period_starts = [p.start for p in periods]
        self.protected = sorted(protected + [(p.start, p.end) for p in periods])
        self.localities = [p for p in partners if p.partner_type == "locality"]
        self.scope = scope
        # scanned once for the whole text, then read sentence by sentence
        self.quantities = [q for q in find_quantities(folded) if not self._is_protected(q)]
        self._quantity_starts = [q.start for q in self.quantities]
        self.goals = Goals(text, folded, layout, self._has_figure)
        self._topics = topic_mentions(folded)  # (end, topic), in order
        self._topic_ends = [end for end, _ in self._topics]
        self.attributes = find_attributes(folded, 0, len(folded))
        self._attribute_starts = [a.start for a in self.attributes]

    def find(self) -> list[Observation]:
        found: dict[tuple, Observation] = {}
        paragraph, topic = -1, None
        headline = self._headline_end() or 0
        for sentence in self.layout.sentences:
            if sentence.paragraph != paragraph:
                paragraph, topic, self._paragraph_found, self._paragraph_money = sentence.paragraph, None, [], None
            for observation in self._read_sentence(sentence, topic):
                self._paragraph_found.append(observation)
                known = found.get(observation.key)
                if known is None or known.start < headline <= observation.start:
                    found[observation.key] = observation  # the body's wording (change, plan share) over the headline's
                topic = topic_of_indicator(observation.indicator) or topic
        return self._without_headline_repeats(list(found.values()))

    def _without_headline_repeats(self, observations: list[Observation]) -> list[Observation]:
        """A headline repeats the body's figures, often rounded ("gần 1,6 tỷ USD" for 1,57):
        its figure is dropped when the body reports about the same value of the indicator."""
        headline = self._headline_end()
        if headline is None:
            return observations
        body = [o for o in observations if o.start >= headline]
        return [o for o in observations if o.start >= headline or not any(_repeats(o, b) for b in body)]

    def _headline_end(self) -> int | None:
        paragraphs = self.layout.paragraphs
        if len(paragraphs) < 2:
            return None
        first = self.text[paragraphs[0].start : paragraphs[0].end].strip()
        return paragraphs[0].end if len(first) <= _HEADLINE_MAX and not first.endswith((".", ":", ";")) else None

    # --- one sentence ---------------------------------------------------------------

    def _read_sentence(self, sentence: Sentence, paragraph_topic: str | None = None) -> list[Observation]:
        text = self.folded
        attributes = _between(self.attributes, self._attribute_starts, sentence.start, sentence.end)
        quantities = [
            q
            for q in _between(self.quantities, self._quantity_starts, sentence.start, sentence.end)
            if not any(a.start <= q.start < a.end for a in attributes)
        ]
        found: list[Observation] = []
        recent_topic = self._recent_topic(sentence.start)
        previous: _Figure | None = None
        breakdown_of: set[str] = set()
        breakdown_topic: str | None = None
        for i, quantity in enumerate(quantities):
            clause_start = self.layout.clause_start(sentence, quantity.start)
            left_start = max(clause_start, previous.quantity.end if previous else sentence.start)
            next_start = quantities[i + 1].start if i + 1 < len(quantities) else sentence.end
            right_end = min(next_start, self.layout.clause_end(sentence, quantity.end), _colon(text, quantity.end, next_start))
            same_clause = previous is not None and previous.quantity.end >= clause_start
            if previous is not None and _BREAKDOWN.search(text, previous.quantity.end, quantity.start):
                breakdown_of.add(previous.indicator)
                breakdown_topic = topic_of_indicator(previous.indicator) or breakdown_topic
            context = FigureContext(
                kind=quantity.kind,
                scaled=quantity.scaled,
                per_year=quantity.per_year,
                left=text[left_start : quantity.start],
                right=text[quantity.end : right_end],
                sentence_left=text[sentence.start : quantity.start],
                previous_indicator=previous.indicator if same_clause else None,
                breakdown_topic=breakdown_topic,
                sentence_previous=previous.indicator if previous is not None else None,
                paragraph_topic=paragraph_topic,
                recent_topic=recent_topic,
                out_of=quantity.out_of,
                abroad=self._abroad(quantity, left_start, right_end),
                foreign_investor=self._foreign_investor(quantity, left_start, right_end),
                currency=quantity.unit if quantity.kind == "money" else None,
            )
            base = self._comparison_base(context, previous, found)
            if base is not None:
                found.append(base.restated(quantity, self._evidence_start(left_start, quantity.start)))
                continue
            if previous is not None and previous.quantity.kind == "money" and quantity.kind == "money" \
                    and previous.quantity.unit != quantity.unit and _BRACKET_RESTATED.fullmatch(text, previous.quantity.end, quantity.start):
                continue  # "1.000 tỷ đồng (khoảng 42 triệu USD)": the same amount in another currency
            if _REVOKED.search(context.right[:40]) or _REVOKED_BEFORE.search(context.left):
                previous = _Figure(quantity, "fdi_new_projects", elsewhere=True)  # its capital goes with it
                continue  # projects revoked or ended are no indicator
            if _FUTURE.search(context.left) and not self._is_target(sentence, quantity.start):
                continue  # "trong 5 năm tới tổ chức sẽ thực hiện 5 chương trình": neither done nor the province's goal
            code = self._same_figure_again(context) or indicator_for(context)
            if code is None and quantity.kind == "money" and (_RANKED_WITH.search(context.left) or _PERIOD_ONLY.match(context.left)):
                # "..., toàn vùng xuất khẩu 2,3 tỷ USD. Tỉnh A tiếp tục đứng đầu với 659 triệu USD"
                code = getattr(self, "_paragraph_money", None)
            if code is None:
                if quantity.unit == "VND" and previous is not None and same_clause and previous.indicator in _FDI_COUNTS \
                        and found and found[-1].indicator == previous.indicator and found[-1].end <= quantity.start \
                        and _LINKED.match(context.left) and not names_fdi(context.sentence_left):
                    found.pop()  # "trao chứng nhận cho 8 dự án với tổng vốn 3.500 tỷ đồng": not FDI projects
                continue
            if INDICATORS[code].unit == "money":
                self._paragraph_money = code
            if self._not_the_province_s(code, context, left_start, quantity.start, previous, same_clause):
                previous = _Figure(quantity, code, elsewhere=True)
                continue
            counterpart = self._counterpart(left_start, right_end, quantity)
            if counterpart is None and found and same_clause and previous.indicator == found[-1].indicator \
                    and _LINKED.match(context.left):
                counterpart = found[-1].counterpart  # "các nhà đầu tư Hàn Quốc có 6 dự án, tổng vốn ...": theirs too
            if not (code in breakdown_of and counterpart is None):
                # a figure "trong đó" of the same kind is a part of the one before
                found.append(
                    self._observation(sentence, quantity, code, context, left_start, right_end, next_start, attributes, counterpart)
                )
            previous = _Figure(quantity, code)
        return _without_ever_licensed(found, self.folded)

    def _observation(
        self,
        sentence: Sentence,
        quantity: Quantity,
        code: str,
        context: FigureContext,
        left_start: int,
        right_end: int,
        next_start: int,
        attributes: list[Attribute],
        counterpart: str | None,
    ) -> Observation:
        indicator = INDICATORS[code]
        target = self._is_target(sentence, quantity.start)
        attribute_end = min(next_start, self.layout.clause_end(sentence, quantity.end))
        own = [a for a in attributes if quantity.end <= a.start < attribute_end]
        period = self._period(quantity, sentence, left_start, right_end, stock=indicator.stock, target=target,
                              counted=indicator.unit in ("count", "people"))
        if period is not None and indicator.stock and not target and period.as_of is None and _RAISED_TOTAL.search(context.left):
            # "nâng tổng số ... lên 26": the total reached at the period's end, not a flow over it
            ref = self.timeline.reference_date
            period = Period(as_of=min(period.end, ref) if ref and ref.year == period.end.year else period.end)
        ref = self.timeline.reference_date
        if not target and period is not None and ref is not None and self.timeline.dated and (period.as_of or period.start) > ref:
            # a figure for a time after the text's own is a plan or a forecast
            target = True
            period = Period(start=period.start, end=period.end) if period.as_of is None else period
        if code in _STANDING and not target and period is not None and period.as_of is None:
            # a rank, the projects in force and their capital are a standing at the period's end
            period = Period(as_of=min(period.end, ref) if ref is not None and ref.year == period.end.year else period.end)
        change = next((a for a in own if a.name == "change_pct"), None)
        if change is not None and change.base_year is not None and not _is_year_before(change.base_year, period):
            change = None  # "tăng so với năm 2010" is not a change on the same period last year
        plan = next((a for a in own if a.name == "plan_pct"), None)
        end = max([quantity.end, *(a.end for a in own)])
        if indicator.unit in ("count", "people"):
            head = _HEAD_PHRASE.match(self.text, quantity.end, right_end)
            end = max(end, head.end() if head else quantity.end)
        return Observation(
            kind="target" if target else "observation",
            indicator=code,
            low=quantity.low,
            high=quantity.high,
            unit=_unit(indicator.unit, quantity),
            period=period,
            qualifier=qualifier(context.left, self.folded[quantity.end : quantity.end + 30]),
            change_pct=None if target or change is None else change.value,
            plan_pct=None if target or plan is None else plan.value,
            per="year" if is_per_year(context.left, quantity.per_year) else "period",
            counterpart=counterpart,
            start=self._evidence_start(left_start, quantity.start),
            end=end,
        )

    # --- context ----------------------------------------------------------------------

    def _is_protected(self, quantity: Quantity) -> bool:
        i = bisect_left(self.protected, (quantity.end,))
        return any(start < quantity.end and quantity.start < end for start, end in self.protected[max(0, i - 8) : i])

    def _is_target(self, sentence: Sentence, pos: int) -> bool:
        return self.goals.is_target(sentence, pos)

    def _abroad(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """People counted "đang làm việc tại Hàn Quốc", "chương trình của Hàn Quốc có 900 lao động":
        a foreign country is named around them."""
        if quantity.kind != "number" or self.scope is None or not PEOPLE_HEAD.search(self.folded[quantity.end : right_end]):
            return False
        return self.scope.names_a_country(left_start, right_end)

    def _foreign_investor(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """Projects a foreign country's investors hold in the province are foreign investment
        even when the words "FDI", "nước ngoài" are not written ("Nhật Bản có 130 dự án đầu tư")."""
        if quantity.kind != "number" or self.scope is None:
            return False
        near = self.folded[left_start:right_end]
        if "đầu tư" not in near and "nhà đầu tư" not in near:
            return False
        return self.scope.country(max(left_start, quantity.start - _COUNTRY_NEAR), quantity.start) is not None \
            or self._country_subject(left_start, quantity.start) or self._sentence_country(quantity.start) is not None

    def _sentence_country(self, pos: int) -> str | None:
        """A foreign country opening the sentence as its subject ("Hiện Nhật Bản đứng thứ 4 trong số các
        nhà đầu tư, với 130 dự án"), in a sentence about investment."""
        sentence = self.layout.sentence_at(pos)
        lead = _SENTENCE_LEAD.match(self.folded, sentence.start, pos)
        start = lead.end() if lead else sentence.start
        if "đầu tư" not in self.folded[sentence.start:pos]:
            return None
        return self.scope.named_country(start, min(pos, start + 25)) if self.scope is not None else None

    def _country_subject(self, start: int, end: int) -> bool:
        """A foreign country as the clause's subject right before the count: "Nhật Bản có 130 dự án"."""
        return self.scope is not None and self.scope.names_a_country(max(start, end - _COUNTRY_NEAR), end) \
            and re.search(r"(?<!\w)có\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$", self.folded[start:end]) is not None

    def _recent_topic(self, start: int) -> str | None:
        i = bisect_left(self._topic_ends, start + 1) - 1  # the last topic word ending before `start`
        return self._topics[i][1] if i >= 0 and self._topics[i][0] > start - _RECENT else None

    def _has_figure(self, start: int, end: int) -> bool:
        """Whether a line holds a figure; its numbering ("2.", "3)") is none."""
        return any(
            not (self.folded[start : q.start].strip() == "" and self.folded[q.end : q.end + 1] in (".", ")"))
            for q in _between(self.quantities, self._quantity_starts, start, end)
        )

    def _comparison_base(self, context: FigureContext, previous: _Figure | None, found: list[Observation]) -> _Base | None:
        """"tăng 60% so với cùng kỳ năm trước (37,4 triệu USD)", "gấp nhiều lần mức 35 triệu USD
        của cùng kỳ năm 2023": the figure of the earlier period the figure before it is compared with."""
        if previous is None or not found or found[-1].indicator != previous.indicator or found[-1].period is None:
            return None
        before = _BASE_BEFORE.search(context.left)
        after = _BASE_AFTER.match(context.right) if before is None and _LEVEL_BEFORE.search(context.left) else None
        if before is None and after is None:
            return None
        if context.kind != previous.quantity.kind and not (context.scaled and previous.quantity.kind == "money"):
            return None
        year = (before or after)["y"]
        return _Base(found[-1], int(year) if year and year.isdigit() else None)

    def _same_bracket(self, previous: Quantity, pos: int) -> bool:
        """Whether `previous` and the figure at `pos` stand inside one pair of brackets."""
        opened = self.folded.rfind("(", max(0, previous.start - 80), previous.start)
        return opened >= 0 and ")" not in self.folded[opened:previous.start] and not any(
            c in self.folded[previous.end:pos] for c in ")(;")

    def _same_figure_again(self, context: FigureContext) -> str | None:
        """"Giai đoạn trước, con số này là 352 chương trình": the indicator of the paragraph's
        last figure of the same kind (a count for a count, money for money)."""
        if not _THIS_FIGURE.search(context.left):
            return None
        money = context.kind == "money" or context.scaled
        earlier = [o for o in getattr(self, "_paragraph_found", []) if (INDICATORS[o.indicator].unit == "money") == money]
        return earlier[-1].indicator if earlier else None

    def _not_the_province_s(self, code: str, context: FigureContext, left_start: int, pos: int,
                            previous: _Figure | None, same_clause: bool) -> bool:
        if is_restated(context.left):
            return True
        if previous is not None and previous.elsewhere and (
            (same_clause and _LINKED.match(context.left))
            or _ADDED_AFTER_COUNT.fullmatch(self.folded, previous.quantity.end, pos)
        ):
            return True  # "các khu công nghiệp thu hút 292 dự án với tổng vốn ...": the same part
        if previous is not None and previous.elsewhere and self._same_bracket(previous.quantity, pos):
            return True  # "so với tỉnh B (25 dự án, 1,2 tỷ USD)": B's figures, both
        if code not in _TRADE_CODES and is_part(context.left, context.right):
            return True
        if code in _TRADE_CODES and is_trade_part(context.left):
            return True
        if self.scope is None:
            return False
        paragraph = self.layout.paragraphs[self.layout.sentence_at(pos).paragraph]
        return self.scope.elsewhere(left_start, pos) or self.scope.still_national(paragraph.start, pos)

    def _counterpart(self, start: int, end: int, quantity: Quantity) -> str | None:
        window = self.text[start:end]
        named = [p for p in self.localities if p.name in window]
        if len(named) == 1:
            return named[0].name
        countries = {p.country for p in named}
        if len(countries) == 1:
            return country_name(countries.pop())
        if self.scope is None or named:
            return None
        # a country is read only close to the figure: "nhà đầu tư Hàn Quốc có 31 dự án"
        country = self.scope.country(max(start, quantity.start - _COUNTRY_NEAR), min(end, quantity.end + _COUNTRY_NEAR))
        if country is None and self._country_subject(start, quantity.start):
            country = self.scope.named_country(max(start, quantity.start - _COUNTRY_NEAR), quantity.start)
        return country or self._sentence_country(quantity.start)

    def _evidence_start(self, left_start: int, figure_start: int) -> int:
        start = max(left_start, figure_start - _EVIDENCE_LEFT)
        while start < figure_start and not self.text[start].isalnum():
            start += 1
        if start > left_start:
            space = self.text.find(" ", start, figure_start)
            start = space + 1 if 0 <= space < figure_start and self.text[start - 1].isalnum() else start
        return start

    # --- periods ------------------------------------------------------------------------

    def _period(self, quantity: Quantity, sentence: Sentence, left_start: int, right_end: int, *, stock: bool, target: bool,
                counted: bool = False) -> Period | None:
        mention, stated = self._period_mention(quantity, sentence, left_start, right_end, stock=stock)
        if mention is not None and mention.anaphoric:
            mention = self._named_year(mention)
        if target and mention is not None and mention.relative and mention.year_offset < 0:
            # "nối đà của năm trước, tỉnh phấn đấu ...": a goal is not for a past year, but for the
            # year the text last named ("Kế hoạch năm 2026"), else the reporting year
            named = [p for p in self._periods_between(0, quantity.start) if p.explicit and p.first_year == p.last_year]
            mention = named[-1] if named else None
        resolved = resolve(mention, self.timeline) if mention is not None else self._reporting_year()
        if target and not stated and resolved is not None and self.timeline.reporting_year is not None \
                and resolved.end.year < self.timeline.reporting_year:
            resolved = self._reporting_year()  # a plan's goals under its own year, not the results' year before
        if resolved is None:
            return None
        running = mention is not None and mention.running
        return period_for(resolved, stock=stock, stated=stated, target=target, timeline=self.timeline, running=running,
                          counted=counted)

    def _named_year(self, mention: PeriodMention) -> PeriodMention:
        """"Cũng trong năm, ..." after "Năm 2024, ...": the year the text last named."""
        named = [p for p in self._periods_between(0, mention.start) if p.explicit and p.first_year == p.last_year and p.votes]
        if not named:
            return mention
        year = named[-1].first_year
        return replace(mention, first_year=year, last_year=year, anaphoric=False)

    def _reporting_year(self) -> ResolvedPeriod | None:
        year = self.timeline.reporting_year
        if year is None:
            return None
        return ResolvedPeriod("span", date(year, 1, 1), date(year, 12, 31), now=False)

    def _period_mention(
        self, quantity: Quantity, sentence: Sentence, left_start: int, right_end: int, *, stock: bool
    ) -> tuple[PeriodMention | None, bool]:
        """The period mention a figure belongs to, and whether its own sentence states it."""
        in_sentence = self._periods_between(sentence.start, sentence.end)
        before = [p for p in in_sentence if p.end <= quantity.start]
        near = [p for p in before if p.start >= left_start]
        if near or before:
            chosen = (near or before)[-1]
            if chosen.now and not chosen.running:
                # "Tính đến tháng 6/2024, tỉnh hiện có ...": the date written wins over "hiện"
                dated = [p for p in before if p.mode != "span" and not p.now and p.first_year is not None]
                chosen = dated[-1] if dated else chosen
            return chosen, True
        clause_end = self.layout.clause_end(sentence, quantity.end)
        after = [p for p in in_sentence if quantity.end <= p.start < max(right_end, clause_end)]
        if after:
            return after[0], True
        # Not stated in its sentence: the paragraph's period before it, then the text's
        # period so far, then a period the paragraph states later. A stock's date
        # ("lũy kế đến ...") is no period for a flow.
        inheritable = _inheritable_by_stock if stock else _inheritable_by_flow
        paragraph = self.layout.paragraphs[sentence.paragraph]
        earlier = [p for p in self._periods_between(paragraph.start, sentence.start) if inheritable(p)]
        if earlier:
            return earlier[-1], False
        later = [p for p in self._periods_between(sentence.end, paragraph.end) if p.mode == "span" and inheritable(p)]
        if later and not stock:
            return later[0], False
        previous = [p for p in self._periods_between(0, paragraph.start) if inheritable(p)]
        if previous:
            return previous[-1], False
        return (later[0], False) if later else (None, False)

    def _periods_between(self, start: int, end: int) -> list[PeriodMention]:
        return self.periods[bisect_left(self._period_starts, start) : bisect_left(self._period_starts, end)]


_RECENT = 400  # characters before a sentence whose topic word it inherits


_IN_FORCE_WORDS = re.compile(r"hiệu\s+lực")
_STOCK_PAIR = ("fdi_active_projects", "fdi_total_capital")
_LICENSED = re.compile(r"cấp\s+phép|cấp\s+giấy|thu\s+hút")


def _without_ever_licensed(found: list[Observation], folded: str) -> list[Observation]:
    """"Lũy kế, tỉnh đã cấp phép 500 dự án, 10 tỷ USD; trong đó còn hiệu lực 420 dự án, 8 tỷ USD":
    the stock is what is in force; the projects ever licensed (revoked ones too) are no indicator."""
    stocks = [o for o in found if o.indicator in _STOCK_PAIR]
    in_force = [o for o in stocks if _IN_FORCE_WORDS.search(folded, max(0, o.start - 60), o.end + 30)]
    if not in_force or len(in_force) == len(stocks):
        return found

    def ever_licensed(o: Observation) -> bool:
        return o not in in_force and _LICENSED.search(folded, max(0, o.start - 120), o.end) is not None and any(
            later.indicator == o.indicator and later.start > o.start for later in in_force)

    return [o for o in found if not ever_licensed(o)]


def _between(items: list, starts: list[int], start: int, end: int) -> list:
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def _inheritable_by_stock(mention: PeriodMention) -> bool:
    """A single day (an event) does not set the period of the figures that follow."""
    return mention.day is None or mention.mode != "span"


def _inheritable_by_flow(mention: PeriodMention) -> bool:
    return _inheritable_by_stock(mention) and mention.mode != "as_of"


def _colon(text: str, start: int, end: int) -> int:
    cut = text.find(":", start, end)
    return end if cut < 0 else cut


def _unit(kind: str, quantity: Quantity) -> str:
    if kind == "money":
        return quantity.unit if quantity.kind == "money" and quantity.unit else "USD"  # "25 triệu" in an FDI context
    return {"count": "count", "people": "people", "percent": "percent"}[kind]


def _is_year_before(base_year: int, period: Period | None) -> bool:
    if period is None:
        return False
    year = (period.as_of or period.start).year
    return base_year == year - 1
