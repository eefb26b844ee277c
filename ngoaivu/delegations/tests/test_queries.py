"""Lists of delegations read their rows' report deadlines in one go: the query count does
not grow with the rows that owe a result report (it was two more queries a row)."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.delegations.choices import DelegationStatus as S
from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import make_in_status
from ngoaivu.geo.models import Province

pytestmark = pytest.mark.django_db
RETURNED = datetime.date(2023, 5, 11)


@pytest.fixture
def owing(own_province):
    """Completed trips of Hà Tĩnh (N = 10) and of Hà Giang before 2025, whose N is that of
    Tuyên Quang, the unit carrying its records today (N = 20)."""
    hagiang = Province.objects.get(name="Hà Giang", valid_to__isnull=False)
    tuyenquang = Province.objects.get(name="Tuyên Quang", valid_to__isnull=True)
    ProvinceSettings.objects.create(province=own_province, delegation_report_days=10)
    ProvinceSettings.objects.create(province=tuyenquang, delegation_report_days=20)

    def make(count: int) -> None:
        for number in range(count):
            make_in_status(own_province if number % 2 else hagiang, S.COMPLETED, name=f"Đoàn {number}")

    return make


def _queries(client, url: str, rows: int) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"page_size": rows})
    assert response.status_code == 200
    return len(queries)


def test_the_api_list_reads_every_rows_deadline_at_once(owing, national_user, api_client_for):
    client, url = api_client_for(national_user), reverse("delegation-list")
    owing(10)
    _queries(client, url, 10)  # caches warmed
    ten = _queries(client, url, 10)
    owing(30)
    assert _queries(client, url, 40) == ten
    due = {row["province"]: row["report_due_on"] for row in client.get(url, {"page_size": 40}).json()["results"]}
    hagiang = Province.objects.get(name="Hà Giang", valid_to__isnull=False)
    assert due[hagiang.pk] == str(RETURNED + datetime.timedelta(days=20))
    assert len(set(due.values())) == 2


def test_a_row_read_alone_still_finds_its_deadline(owing, own_province):
    owing(2)
    row = Delegation.objects.filter(province=own_province).get()
    assert row.report_due_on == RETURNED + datetime.timedelta(days=10)
    # Fields left out of the query are not loaded a row at a time to read the deadline.
    with CaptureQueriesContext(connection) as queries:
        list(Delegation.objects.only("pk", "name"))
    assert len(queries) == 1


def test_the_html_list_does_not_grow_with_the_rows(owing, national_user, client_for):
    client, url = client_for(national_user), reverse("delegations:delegation_list")
    owing(10)
    _queries(client, url, 25)
    ten = _queries(client, url, 25)
    owing(15)
    assert _queries(client, url, 25) <= ten


def test_overdue_reports_read_every_units_deadline_at_once(owing, other_province):
    from ngoaivu.delegations.selectors import report_overdue

    owing(4)  # two units
    today = RETURNED + datetime.timedelta(days=30)
    with CaptureQueriesContext(connection) as two:
        assert len(report_overdue(Delegation.objects.all(), today=today)) == 4
    for province in (other_province, Province.objects.get(name="Bắc Kạn", valid_to__isnull=False)):
        make_in_status(province, S.COMPLETED)
    with CaptureQueriesContext(connection) as four:
        assert len(report_overdue(Delegation.objects.all(), today=today)) == 6
    assert len(four) == len(two)
