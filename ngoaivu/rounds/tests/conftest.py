import itertools
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.roles import Role

YEAR_2023 = {"period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31)}
_names = itertools.count(1)


@pytest.fixture
def national_admin(make_user):
    return make_user(role=Role.ADMIN, province=None)


@pytest.fixture
def units_2023(db):
    """Units of 2023 (before 1/7/2025): Hà Tĩnh, Thanh Hóa, Nghệ An."""
    from ngoaivu.geo.models import Province

    return {name: Province.objects.get(scheme="vn63", name=name) for name in ("Hà Tĩnh", "Thanh Hóa", "Nghệ An")}


@pytest.fixture
def open_round(national_admin, units_2023):
    from ngoaivu.rounds import services

    def make(due=date(2024, 1, 15), **data):
        return services.round_open(actor=national_admin, data={
            "title": "Báo cáo năm 2023", **YEAR_2023, "due_on": due, "provinces": list(units_2023.values()),
            "indicator_codes": ["export_value"], **data})

    return make


@pytest.fixture
def export_figure(db):
    """A stated export value of 2023 for a unit (an entered observation)."""
    from ngoaivu.indicators.models import Indicator, Observation

    def make(unit, value):
        return Observation.objects.create(
            province=unit, indicator=Indicator.objects.get(code="export_value"), period_start=date(2023, 1, 1),
            period_end=date(2023, 12, 31), value=Decimal(value), currency="USD", source="entered")

    return make


def _with_a_figure(unit):
    """A report needs something to say: a unit without any figure of 2023 gets an import figure (the tests compare exports)."""
    from ngoaivu.trade.models import TradeFigure

    if not TradeFigure.objects.filter(province=unit).exists():
        TradeFigure.objects.create(province=unit, flow="import", period_start=date(2023, 1, 1),
                                   period_end=date(2023, 12, 31), value=Decimal("100000000"), currency="USD",
                                   source="Sở Công Thương")


@pytest.fixture
def final_report(make_user):
    """A locked 2023 report of a unit, written by a specialist of today's province carrying it."""
    from ngoaivu.geo.selectors import current_province
    from ngoaivu.reports import services
    from ngoaivu.reports.selectors import report_text

    def make(unit):
        _with_a_figure(unit)
        province = current_province(unit)
        maker = make_user(role=Role.SPECIALIST, province=province, username=f"maker-{next(_names)}")
        report = services.report_create(actor=maker, data={"province": province, "unit": unit, **YEAR_2023})
        for paragraph in report_text(report).placeholders:
            services.report_edit_paragraph(report, actor=maker, key=paragraph.key, text="")
        services.report_update(report, actor=maker, data={"signer_name": "Nguyễn Văn A"})
        return services.report_finalize(report, actor=maker)

    return make


@pytest.fixture
def approver_of(make_user):
    from ngoaivu.geo.selectors import current_province

    def make(unit):
        return make_user(role=Role.APPROVER, province=current_province(unit), username=f"approver-{next(_names)}")

    return make


@pytest.fixture
def make_report_draft(make_user):
    from ngoaivu.geo.selectors import current_province
    from ngoaivu.reports import services

    def make(unit):
        _with_a_figure(unit)
        province = current_province(unit)
        maker = make_user(role=Role.SPECIALIST, province=province, username=f"drafter-{next(_names)}")
        return services.report_create(actor=maker, data={"province": province, "unit": unit, **YEAR_2023})

    return make
