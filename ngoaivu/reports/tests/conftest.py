import itertools
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.roles import Role

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


RUNNING_UNITS = ("vn63-42", "vn63-38", "vn63-46")  # Hà Tĩnh, Thanh Hóa, Thừa Thiên Huế before 1/7/2025


@pytest.fixture(autouse=True)
def a_project_under_way(request):
    """A report of a period without any record is refused (services.report_create): tests of
    the report workflow get one ODA project running in 2015–2035 in the provinces they use."""
    if "demo" in request.fixturenames or (
            "db" not in request.fixturenames and not request.node.get_closest_marker("django_db")):
        return  # the demo has records of its own; pure tests have no database
    request.getfixturevalue("db")
    from ngoaivu.aid.models import OdaProject
    from ngoaivu.geo.models import Province
    from ngoaivu.partners.models import Partner
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    for unit in Province.objects.filter(key__in=RUNNING_UNITS):
        donor = Partner.objects.create(province=unit, name="Ngân hàng Thế giới", partner_type="organization")
        OdaProject.objects.create(province=unit, iati_identifier=f"VN-TEST-{unit.key}", title="Dự án thử nghiệm",
                                  donor=donor, project_type="investment", actual_start=date(2015, 1, 1),
                                  actual_end=date(2035, 12, 31), committed_amount=Decimal("1000000"))
