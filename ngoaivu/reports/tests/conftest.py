import itertools
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.accounts.roles import Role

YEAR_2023 = {"period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31)}
_makers = itertools.count(1)


@pytest.fixture
def hatinh_before_2025(db):
    """Hà Tĩnh before 1/7/2025: figures of 2023 belong to this unit, shown under today's Hà Tĩnh."""
    from ngoaivu.geo.models import Province

    return Province.objects.get(key="vn63-42")


@pytest.fixture
def trade_figure(hatinh_before_2025):
    from ngoaivu.trade.models import TradeFigure

    def make(flow: str, year: int, value, *, estimate=False, province=None):
        return TradeFigure.objects.create(
            province=province or hatinh_before_2025, flow=flow, period_start=date(year, 1, 1),
            period_end=date(year, 12, 31), value=Decimal(str(value)), currency="USD", is_estimate=estimate,
            source="Sở Công Thương")

    return make


@pytest.fixture
def make_report(db):
    """A generated draft of 2023 in a province, by a specialist of that province."""
    from ngoaivu.accounts.models import User
    from ngoaivu.reports import services

    def make(province, **data):
        maker = User.objects.create_user(username=f"report-maker-{next(_makers)}", role=Role.SPECIALIST,
                                         province=province)
        return services.report_create(actor=maker, data={"province": province, **YEAR_2023, **data})

    return make
