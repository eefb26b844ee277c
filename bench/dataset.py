"""A national data set of realistic shape: every province unit of both schemes, 15 years.

Records (trade figures, FDI projects and their capital, agreements, delegations,
conferences, promotion and cultural events, labour, ODA and NGO aid with their
transactions, partners) from 2016; observations imported for the years before (the
figures of computable indicators, month by month), and month by month or year by year
for the indicators no record gives; plans with targets (`plans`): a 2021–2025 plan of every
unit in force in 2021 and a 2025 plan of every unit in force at the end of 2025. Each row belongs to the unit in force for its
whole month: the 63 units until 30/6/2025, the 34 units after (Huế from 1/1/2025).

Rows are written with bulk_create in batches: the point is volume, not the services'
rules, though every row would pass them. Deterministic (fixed random seed).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.apps import apps
from django.db import transaction

from ngoaivu.geo.models import Province
from ngoaivu.indicators.computations import computation_for
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.periods import Period, month_end

FIRST_YEAR, LAST_YEAR = 2011, 2025
RECORDS_FROM = 2016
BATCH = 5000
COUNTRIES = ("JP", "KR", "CN", "US", "SG", "TW", "TH", "DE", "FR", "LA")
COMMODITIES = ("fresh_fruit", "cassava_starch", "wood", "tea", "textiles", "seafood", "steel", "machinery",
               "packaging", "veneer", "peanuts", "other")
MILLION = Decimal(10) ** 6


@dataclass(frozen=True)
class UnitMonth:
    unit: Province
    year: int
    month: int
    size: float  # how big the province's foreign relations are (1 = average)

    @property
    def period(self) -> Period:
        return Period.month(self.year, self.month)

    def day(self, rng: random.Random) -> date:
        return date(self.year, self.month, rng.randint(1, month_end(self.year, self.month).day))


def unit_months(rng: random.Random) -> list[UnitMonth]:
    """Every (unit, month) the unit existed for the whole month."""
    rows = []
    for unit in Province.objects.order_by("key"):
        size = rng.lognormvariate(0, 0.7)
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for month in range(1, 13):
                period = Period.month(year, month)
                if unit.valid_from and period.start < unit.valid_from or unit.valid_to and period.end > unit.valid_to:
                    continue
                rows.append(UnitMonth(unit, year, month, size))
    return rows


class Writer:
    """Buffers rows per model and writes them in batches."""

    def __init__(self):
        self.buffers: dict[type, list] = {}
        self.counts: dict[str, int] = {}

    def add(self, row) -> None:
        buffer = self.buffers.setdefault(type(row), [])
        buffer.append(row)
        if len(buffer) >= BATCH:
            self.flush(type(row))

    def flush(self, model=None) -> None:
        for current in [model] if model else list(self.buffers):
            rows = self.buffers.pop(current, [])
            if rows:
                current.objects.bulk_create(rows, batch_size=BATCH)
                label = current._meta.label
                self.counts[label] = self.counts.get(label, 0) + len(rows)

    def save_now(self, rows: list) -> list:
        """Write rows whose ids later rows need (projects before their capital)."""
        if rows:
            type(rows[0]).objects.bulk_create(rows, batch_size=BATCH)
            label = rows[0]._meta.label
            self.counts[label] = self.counts.get(label, 0) + len(rows)
        return rows


def model(label: str):
    return apps.get_model(label)


def money(rng: random.Random, size: float, millions: float) -> Decimal:
    return (Decimal(str(round(rng.uniform(0.3, 1.7) * size * millions, 4))) * MILLION).quantize(Decimal("0.01"))


@transaction.atomic
def generate(seed: int = 20251) -> dict[str, int]:
    rng = random.Random(seed)
    writer = Writer()
    months = unit_months(rng)
    _observations(writer, rng, months)
    partners = _partners(writer, rng, months)
    for unit_month in months:
        if unit_month.year >= RECORDS_FROM:
            _records_of_month(writer, rng, unit_month, partners)
    writer.flush()
    _fdi(writer, rng, months)
    _aid(writer, rng, months, partners)
    writer.flush()
    writer.counts.update(plans())
    return writer.counts


# The term plan's targets, as Thái Nguyên's Kế hoạch 108/KH-UBND states them (ngoaivu/plans/demo.py):
# (indicator, kind, low, high, scope, counts_increase); money in millions of USD, the range's top
# set from its bottom. Every kind of target the evaluator tells apart is here.
TERM_TARGETS = (
    ("partner_localities", "value", (2, 6), None, "term", True),
    ("fdi_registered_capital", "range", (1500, 4000), 1.15, "term", False),
    ("fdi_implemented_capital", "range", (800, 2500), 1.2, "term", False),
    ("ngo_committed", "range", (1, 4), 1.2, "year", False),
    ("ngo_disbursed", "range", (1, 3), 1.25, "year", False),
    ("export_growth", "floor", (5, 12), None, "year", False),
    ("local_export_growth", "floor", (8, 14), None, "year", False),
    ("friendship_associations", "value", (1, 3), None, "term", True),
    ("investment_promotion_domestic", "value", (1, 4), None, "term", False),
    ("investment_promotion_abroad", "value", (2, 6), None, "term", False),
    ("export_value", "floor", (3000, 9000), None, "year", False),
    ("cultural_events", "floor", (15, 40), None, "term", False),
)
YEAR_TARGETS = (  # a year's plan: (indicator, kind, low, high)
    ("export_value", "value", (800, 2500), None),
    ("import_value", "value", (500, 1800), None),
    ("fdi_registered_capital", "range", (300, 900), 1.2),
)


def plans(seed: int = 2021) -> dict[str, int]:
    """The bench's plans and targets (some 100 plans, 900 targets): what plan progress reads.
    Deterministic; a data set built before plans were part of it gets them from `python -m bench`."""
    Plan, Target = model("plans.Plan"), model("plans.Target")
    rng = random.Random(seed)
    indicators = {indicator.code: indicator for indicator in Indicator.objects.all()}
    term_start, year_end = date(2021, 1, 1), date(2025, 12, 31)
    units = list(Province.objects.order_by("key"))
    rows = []
    for unit in units:
        if (unit.valid_from or term_start) <= term_start:
            plan = Plan(province=unit, name=f"Kế hoạch đối ngoại tỉnh {unit.name} giai đoạn 2021-2025",
                        start_year=2021, end_year=2025)
            rows.append((plan, [(code, kind, low, high, scope, increase)
                                for code, kind, low, high, scope, increase in TERM_TARGETS]))
        if unit.valid_to is None or unit.valid_to >= year_end:
            plan = Plan(province=unit, name="Kế hoạch phát triển kinh tế - xã hội năm 2025",
                        start_year=2025, end_year=2025)
            rows.append((plan, [(code, kind, low, high, "term", False) for code, kind, low, high in YEAR_TARGETS]))
    Plan.objects.bulk_create([plan for plan, _targets in rows], batch_size=BATCH)
    targets = []
    for plan, specs in rows:
        for code, kind, (low, high), top, scope, increase in specs:
            indicator = indicators[code]
            amount = Decimal(rng.randint(low, high)) * (MILLION if indicator.is_money else 1)
            targets.append(Target(
                province=plan.province, plan=plan, indicator=indicator, kind=kind, scope=scope,
                counts_increase=increase, currency=indicator.currency if indicator.is_money else "",
                value=None if kind == "range" else amount, value_min=amount if kind == "range" else None,
                value_max=(amount * Decimal(str(top))).quantize(Decimal(1)) if kind == "range" else None))
    Target.objects.bulk_create(targets, batch_size=BATCH)
    return {"plans.Plan": len(rows), "plans.Target": len(targets)}


def _observations(writer: Writer, rng: random.Random, months: list[UnitMonth]) -> None:
    indicators = list(Indicator.objects.all())
    computable = [i for i in indicators if computation_for(i.code) is not None]
    entered_only = [i for i in indicators if computation_for(i.code) is None]
    for unit_month in months:
        before_records = unit_month.year < RECORDS_FROM
        for indicator in (computable if before_records else []) + [i for i in entered_only if i.aggregation != "rate"]:
            writer.add(_observation(rng, unit_month, indicator))
        if unit_month.month == 12:
            for indicator in (i for i in entered_only if i.aggregation == "rate"):
                writer.add(Observation(province=unit_month.unit, indicator=indicator, source="imported",
                                       period_start=date(unit_month.year, 1, 1),
                                       period_end=date(unit_month.year, 12, 31),
                                       value=Decimal(str(round(rng.uniform(-5, 20), 2)))))


def _observation(rng, unit_month: UnitMonth, indicator) -> Observation:
    period = unit_month.period
    if indicator.aggregation == "stock":
        period = Period.day(period.end)
        value = Decimal(int(rng.uniform(5, 60) * unit_month.size))
    elif indicator.is_money:
        value = money(rng, unit_month.size, 20)
    else:
        value = Decimal(rng.randint(0, max(1, int(6 * unit_month.size))))
    return Observation(province=unit_month.unit, indicator=indicator, source="imported", period_start=period.start,
                       period_end=period.end, value=value, currency=indicator.currency)


def _partners(writer: Writer, rng: random.Random, months: list[UnitMonth]) -> dict[int, list]:
    Partner = model("partners.Partner")
    partners: dict[int, list] = {}
    units = {unit_month.unit.pk: unit_month.unit for unit_month in months}
    for unit in units.values():
        rows = []
        for index in range(60):
            kind = ("locality", "organization", "ngo", "embassy")[index % 4]
            established = date(rng.randint(1995, 2025), rng.randint(1, 12), 1)
            ended = date(2025, 6, 30) if rng.random() < 0.1 else None
            rows.append(Partner(province=unit, name=f"Đối tác {index} của {unit.name}", partner_type=kind,
                                country_id=rng.choice(COUNTRIES), established_on=established, ended_on=ended,
                                status="lapsed" if ended else "active"))
        partners[unit.pk] = writer.save_now(rows)
    return partners


def _records_of_month(writer: Writer, rng: random.Random, unit_month: UnitMonth, partners) -> None:
    unit, size, period = unit_month.unit, unit_month.size, unit_month.period
    TradeFigure = model("trade.TradeFigure")
    for flow in ("export", "import"):
        writer.add(TradeFigure(province=unit, flow=flow, period_start=period.start, period_end=period.end,
                               value=money(rng, size, 80), currency="USD", source="Cục Hải quan",
                               is_estimate=unit_month.year == LAST_YEAR))
    for commodity in COMMODITIES:
        writer.add(TradeFigure(province=unit, flow="export", period_start=period.start, period_end=period.end,
                               value=money(rng, size, 3), currency="USD", commodity=commodity, source="Cục Hải quan"))
    mine = partners[unit.pk]
    for _ in range(_count(rng, 2 * size)):
        writer.add(model("agreements.Agreement")(province=unit, title="Biên bản ghi nhớ hợp tác", status="in_force",
                                                 signed_on=unit_month.day(rng)))
    for _ in range(_count(rng, 25 * size)):
        day = unit_month.day(rng)
        writer.add(model("delegations.Delegation")(
            province=unit, direction=rng.choice(("outbound", "inbound")), name="Đoàn công tác", level="department",
            head_title="Giám đốc Sở", start_date=day, end_date=day, purpose="Hợp tác", status="reported",
            partner=rng.choice(mine)))
    for _ in range(_count(rng, 1.5 * size)):
        day = unit_month.day(rng)
        writer.add(model("conferences.Conference")(
            province=unit, title="Hội thảo quốc tế", kind="seminar", province_role="organiser", organiser="UBND tỉnh",
            start_date=day, end_date=day, topics="Hợp tác", status="reported"))
    for _ in range(_count(rng, size)):
        writer.add(model("investment.PromotionEvent")(
            province=unit, title="Xúc tiến đầu tư", kind=rng.choice(("investment", "trade", "combined")),
            location_kind=rng.choice(("in_province", "in_country", "abroad")), start_date=unit_month.day(rng)))
    for _ in range(_count(rng, 8 * size)):
        writer.add(model("culture.CulturalEvent")(province=unit, title="Giao lưu văn hóa", kind="exchange",
                                                  start_date=unit_month.day(rng)))
    LabourDeployment = model("consular.LabourDeployment")
    writer.add(LabourDeployment(province=unit, period_start=period.start, period_end=period.end, scheme="all",
                                workers_sent=_count(rng, 300 * size), remittances=money(rng, size, 5),
                                currency="USD"))
    for country in rng.sample(COUNTRIES, 3):
        writer.add(LabourDeployment(province=unit, period_start=period.start, period_end=period.end, scheme="all",
                                    country_id=country, workers_sent=_count(rng, 100 * size), currency="USD"))


def _fdi(writer: Writer, rng: random.Random, months: list[UnitMonth]) -> None:
    FdiProject = model("investment.FdiProject")
    projects = []
    for unit_month in months:
        if unit_month.year >= RECORDS_FROM:
            for _ in range(_count(rng, 5 * unit_month.size)):
                projects.append(FdiProject(
                    province=unit_month.unit, name="Dự án sản xuất", investor_name="Công ty TNHH",
                    investor_country_id=rng.choice(COUNTRIES), certificate_date=unit_month.day(rng),
                    registered_capital=money(rng, 1, 15), capital_currency="USD"))
    for project in writer.save_now(projects):
        year = project.certificate_date.year
        if rng.random() < 0.4:
            writer.add(model("investment.FdiCapitalAdjustment")(
                province=project.province, project=project, currency="USD", added_capital=money(rng, 1, 5),
                adjusted_on=date(min(year + 1, LAST_YEAR), rng.randint(1, 6), 15)))
        for implemented in range(year, LAST_YEAR + 1):
            start = max(project.certificate_date, date(implemented, 1, 1))
            writer.add(model("investment.FdiImplementation")(
                province=project.province, project=project, period_start=start,
                period_end=date(implemented, 12, 31), amount=money(rng, 1, 2), currency="USD"))


def _aid(writer: Writer, rng: random.Random, months: list[UnitMonth], partners) -> None:
    OdaProject, NgoAid = model("aid.OdaProject"), model("aid.NgoAid")
    oda, ngo = [], []
    for unit_month in months:
        if unit_month.year < RECORDS_FROM:
            continue
        mine = partners[unit_month.unit.pk]
        start = unit_month.day(rng)
        if rng.random() < 0.3 * unit_month.size:
            oda.append(OdaProject(province=unit_month.unit, title="Dự án hạ tầng", donor=mine[1],
                                  iati_identifier=f"VN-BENCH-ODA-{len(oda) + 1}",
                                  proposed_on=start, decided_on=start, actual_start=start, stage="implementing",
                                  committed_amount=money(rng, 1, 40), currency="USD"))
        for _ in range(_count(rng, unit_month.size)):
            ngo.append(NgoAid(province=unit_month.unit, title="Dự án hỗ trợ cộng đồng", ngo=mine[2],
                              iati_identifier=f"VN-BENCH-PCPNN-{len(ngo) + 1}",
                              decided_on=start, actual_start=start, status="implementing",
                              committed_amount=money(rng, 1, 0.3), currency="USD"))
    OdaTransaction, NgoAidTransaction = model("aid.OdaTransaction"), model("aid.NgoAidTransaction")
    for project in writer.save_now(oda):
        for year in range(project.actual_start.year, LAST_YEAR + 1):
            for kind in ("commitment", "disbursement"):
                writer.add(OdaTransaction(province=project.province, project=project, transaction_type=kind,
                                          transaction_date=date(year, 6, 30), amount=money(rng, 1, 4),
                                          currency="USD"))
    for aid in writer.save_now(ngo):
        for year in range(aid.actual_start.year, min(aid.actual_start.year + 3, LAST_YEAR + 1)):
            for kind in ("commitment", "disbursement"):
                writer.add(NgoAidTransaction(province=aid.province, aid=aid, transaction_type=kind,
                                             transaction_date=date(year, 6, 30), amount=money(rng, 1, 0.1),
                                             currency="USD"))


def _count(rng: random.Random, mean: float) -> int:
    """A count around `mean` (Poisson-like, cheap)."""
    return max(0, int(rng.gauss(mean, max(1.0, mean) ** 0.5) + 0.5))
