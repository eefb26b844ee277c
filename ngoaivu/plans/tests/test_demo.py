"""With the demo data, the API and the dashboard state what the seed texts state."""
import pytest
from django.db import transaction
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.plans.choices import ProgressStatus
from ngoaivu.plans.models import Plan

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The whole demo, loaded once for this module and rolled back after it."""
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    with django_db_blocker.unblock(), transaction.atomic():
        ensure_geography()  # a transactional test before it in this worker may have flushed them
        yield load_demo()
        transaction.set_rollback(True)


def figures(api, **query):
    data = api.get(reverse("figures"), query).json()
    plan = data["plan"]["pct"] if data["plan"] else None
    return (data["display"], round(data["change_pct"], 1), plan and round(plan, 1))


def test_seed_statements_through_the_api(demo, api_client_for):
    hue = api_client_for(demo.users[("hue", Role.VIEWER)])
    july = {"start": "2022-01-01", "end": "2022-07-31"}
    assert figures(hue, indicator="export_value", **july) == ("609,1 triệu USD", 17.6, 54.0)
    assert figures(hue, indicator="import_value", **july) == ("404,3 triệu USD", 16.6, 62.2)
    hatinh = api_client_for(demo.users[("hatinh", Role.VIEWER)])
    year = {"start": "2023-01-01", "end": "2023-12-31"}
    assert figures(hatinh, indicator="export_value", **year) == ("2,4 tỷ USD", 33.0, 120.0)
    assert figures(hatinh, indicator="import_value", **year) == ("2,7 tỷ USD", -4.0, None)


def test_thai_nguyen_2021_2025_targets_and_their_progress(demo, api_client_for):
    plan = Plan.objects.get(legal_document__number="108/KH-UBND")
    api = api_client_for(demo.users[("thainguyen", Role.VIEWER)])
    rows = {row["indicator"]: row for row in api.get(reverse("plan-progress", args=[plan.pk]),
                                                     {"as_of": "2025-01-15"}).json()["targets"]}
    assert {code: row["wording"] for code, row in rows.items()} == {
        "export_growth": "từ 7%/năm trở lên",
        "local_export_growth": "từ 11%/năm trở lên",
        "fdi_registered_capital": "khoảng 3,5 tỷ USD – 4 tỷ USD",
        "fdi_implemented_capital": "khoảng 2,5 tỷ USD – 3 tỷ USD",
        "ngo_committed": "khoảng 2,5 triệu USD – 3 triệu USD/năm",
        "ngo_disbursed": "khoảng 2 triệu USD – 2,5 triệu USD/năm",
        "investment_promotion_domestic": "1",
        "investment_promotion_abroad": "3",
        "ngo_promotion_conferences": "2",
        "partner_localities": "5",
        "friendship_associations": "2",
        "cultural_events": "từ 20 trở lên",
    }
    assert rows["fdi_registered_capital"]["display"] == "3,21 tỷ USD"
    assert round(rows["fdi_registered_capital"]["pct"], 1) == 91.7
    assert round(rows["export_growth"]["value"], 2) == 4.75
    assert {row["status"] for row in rows.values()} == {ProgressStatus.REACHED, ProgressStatus.ON_TRACK,
                                                        ProgressStatus.AT_RISK, ProgressStatus.BEHIND}


def test_the_dashboard_states_hues_figures(demo, client_for):
    web = client_for(demo.users[("hue", Role.VIEWER)])
    body = web.get(reverse("plans:dashboard"), {"shape": "to_month", "year": 2022, "month": 7}).content.decode()
    for text in ("ước 609,1 triệu USD", "+17,6%", "54%", "404,3 triệu USD", "+16,6%", "62,2%"):
        assert text in body, text
