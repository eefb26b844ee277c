from datetime import date

import pytest

from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix
from ngoaivu.trade.models import BorderGate, TradeFigure
from ngoaivu.trade.tests.helpers import make_figure, make_gate, unique_year

pytestmark = pytest.mark.django_db


def _figure(province):
    year = unique_year()
    return make_figure(province, start=date(year, 1, 1), end=date(year, 12, 31))


def _figure_payload():
    year = unique_year()
    return {"flow": "import", "period_start": f"{year}-01-01", "period_end": f"{year}-12-31", "value": "2700000000",
            "currency": "USD", "source": "Cục Hải quan"}


def _figure_form():
    year = unique_year()
    return {"flow": "export", "period_start": f"01/01/{year}", "period_end": f"31/12/{year}", "value": "2.400.000.000",
            "currency": "USD", "is_estimate": "on", "source": "Sở Công Thương"}


CASES = [
    RecordCase(
        model=BorderGate,
        api_basename="border-gate",
        ui_namespace="trade:gate",
        make=make_gate,
        api_payload=lambda: {"name_vn": f"Cầu Treo {unique_year()}", "name_foreign": "Nậm Phao", "country": "LA",
                             "gate_class": "international"},
        form_data=lambda: {"name_vn": f"Hồng Vân {unique_year()}", "name_foreign": "Cô Tài", "country": "LA",
                           "gate_class": "main"},
        api_patch={"notes": "Cập nhật"},
    ),
    RecordCase(
        model=TradeFigure,
        api_basename="trade-figure",
        ui_namespace="trade:figure",
        make=_figure,
        api_payload=_figure_payload,
        form_data=_figure_form,
        api_patch={"note": "Cập nhật"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model.__name__)
def test_scoping_matrix(case, own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)
