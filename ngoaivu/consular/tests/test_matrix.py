import pytest

from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.consular.tests.helpers import make_activity, make_case, make_deployment
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db

CASES = [
    RecordCase(
        model=CitizenCase,
        api_basename="citizen-case",
        ui_namespace="consular:case",
        make=make_case,
        api_payload=lambda: {"person_name": "Trần Thị B", "country": "JP", "kind": "lost_documents",
                             "opened_on": "2024-03-01"},
        form_data=lambda: {"person_name": "Lê Văn C", "country": "MY", "kind": "labour_dispute",
                           "opened_on": "01/03/2024"},
        api_patch={"summary": "Cập nhật"},
    ),
    RecordCase(
        model=OverseasActivity,
        api_basename="overseas-activity",
        ui_namespace="consular:overseas",
        make=make_activity,
        api_payload=lambda: {"title": "Trại hè 2024", "kind": "summer_camp", "held_on": "2024-07-15"},
        form_data=lambda: {"title": "Gặp mặt kiều bào", "kind": "meeting", "status": "planned",
                           "held_on": "25/01/2024"},
        api_patch={"participants_count": 120},
    ),
    RecordCase(
        model=LabourDeployment,
        api_basename="labour-deployment",
        ui_namespace="consular:labour",
        make=make_deployment,
        api_payload=lambda: {"period_start": "2023-08-01", "period_end": "2023-08-31", "country": "KR",
                             "scheme": "seasonal", "workers_sent": 49},
        form_data=lambda: {"period_start": "01/01/2016", "period_end": "31/12/2020", "scheme": "all",
                           "workers_sent": "46.101", "currency": "USD"},
        api_patch={"note": "Cập nhật"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model.__name__)
def test_scoping_matrix(case, own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)
