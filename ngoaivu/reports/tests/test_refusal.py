"""A province and period with no record and no figure gets no report: the service, the
page and the command refuse it in Vietnamese and write nothing."""
import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.reports import services
from ngoaivu.reports.models import Report

pytestmark = pytest.mark.django_db
EMPTY_YEAR = {"period_start": date(2010, 1, 1), "period_end": date(2010, 12, 31)}
REFUSAL = "Không có hồ sơ hay số liệu nào của tỉnh, thành phố trong kỳ này"


def test_the_service_refuses_a_period_without_data(users, own_province):
    with pytest.raises(ValidationError, match=REFUSAL):
        services.report_create(actor=users[Role.SPECIALIST], data={"province": own_province, **EMPTY_YEAR})
    assert not Report.objects.exists()


def test_a_period_with_records_is_accepted(users, own_province):
    # The ODA project of conftest runs in 2023: one record is enough.
    report = services.report_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31)})
    assert report.pk is not None


def test_the_page_shows_the_refusal_as_a_form_error(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_add"), {"preset": "year", "year": "2010"})
    assert page.status_code == 400 and REFUSAL in page.content.decode()
    assert not Report.objects.exists()


def test_the_command_exits_non_zero_and_writes_nothing(tmp_path, other_province):
    output = tmp_path / "x.docx"
    with pytest.raises(CommandError, match=f"Thanh Hóa, năm 2010: {REFUSAL}"):
        call_command("report", "--province", "Thanh Hóa", "--from", "2010-01-01", "--to", "2010-12-31",
                     "--output", str(output), stdout=io.StringIO())
    assert not output.exists()


def test_the_api_answers_400_with_the_reason(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("report-list"), {"period_start": "2010-01-01", "period_end": "2010-12-31"}, format="json")
    assert response.status_code == 400 and REFUSAL in response.content.decode()
    assert not Report.objects.exists()
