"""Every role × every endpoint × own and other province, for reports and their actions."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_version
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(make_report):
    return RecordCase(
        model=Report,
        api_basename="report",
        ui_namespace="reports:report",
        make=make_report,
        api_payload=lambda: {"period_start": "2024-01-01", "period_end": "2024-06-30"},
        form_data=lambda: {"preset": "half", "year": "2024"},
        api_patch={"signer_name": "Nguyễn Văn A"},
    )


def test_scoping_matrix(case, own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


@pytest.mark.parametrize("role", list(Role))
def test_workflow_routes_of_another_province_are_not_found(role, make_user, own_province, other_province,
                                                         make_report, api_client_for, client_for):
    user = make_user(role=role, province=own_province)
    other = make_report(other_province)
    api, web = api_client_for(user), client_for(user)
    for name in ("report-regenerate", "report-finalize", "report-paragraphs"):
        assert api.post(reverse(name, args=[other.pk]), {"key": "tasks", "text": "x"}, format="json").status_code \
            in (403, 404), name
    assert api.get(reverse("report-download", args=[other.pk, "docx"])).status_code in (403, 404)
    for name in ("reports:report_regenerate", "reports:report_finalize"):
        assert web.post(reverse(name, args=[other.pk])).status_code in (403, 404), name
    assert web.post(reverse("reports:report_paragraph", args=[other.pk, "tasks"]), {"text": "x"}).status_code \
        in (403, 404)
    assert web.get(reverse("reports:report_download", args=[other.pk, "docx"])).status_code in (403, 404)
    assert report_version(other).number == 1


def test_a_national_user_reads_every_report_and_changes_none(national_user, make_report, own_province,
                                                            api_client_for):
    report = make_report(own_province)
    api = api_client_for(national_user)
    assert api.get(reverse("report-document", args=[report.pk])).status_code == 200
    assert api.post(reverse("report-regenerate", args=[report.pk])).status_code == 403
    assert report_version(report).number == 1
