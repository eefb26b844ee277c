import pytest

from ngoaivu.conferences.models import Conference
from ngoaivu.conferences.tests.helpers import conference_form, conference_payload, make_conference
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db

CASE = RecordCase(
    model=Conference,
    api_basename="conference",
    ui_namespace="conferences:conference",
    make=make_conference,
    api_payload=conference_payload,
    form_data=conference_form,
    api_patch={"topics": "Đầu tư, thương mại"},
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)
