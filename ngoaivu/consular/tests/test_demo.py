import pytest

from ngoaivu.accounts.demo import build_context
from ngoaivu.consular import demo
from ngoaivu.consular.choices import ActivityStatus, LabourScheme
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity

pytestmark = pytest.mark.django_db


@pytest.fixture
def context():
    context = build_context()
    demo.load(context)
    return context


def test_seasonal_workers_sent_to_boeun(context):
    boeun = LabourDeployment.objects.get(province=context.historic["tuyenquang"])
    assert (boeun.workers_sent, boeun.country_id, boeun.scheme) == (49, "KR", LabourScheme.SEASONAL)
    assert boeun.partner.name == "Quận Boeun" and boeun.period_start.month == 8


def test_thanh_hoa_workers_and_yearly_remittances(context):
    rows = LabourDeployment.objects.filter(province=context.historic["thanhhoa"])
    assert [row.workers_sent for row in rows if row.workers_sent] == [46101]
    remittances = rows.filter(remittances__isnull=False)
    assert sorted(row.period_start.year for row in remittances) == [2016, 2017, 2018, 2019, 2020]
    assert all(row.remittances == 165_000_000 and "150–180" in row.note for row in remittances)


def test_planned_meetings_and_no_invented_cases(context):
    assert set(OverseasActivity.objects.values_list("status", flat=True)) == {ActivityStatus.PLANNED}
    assert OverseasActivity.objects.filter(title__contains="Giáp Thìn 2024").exists()
    assert not CitizenCase.objects.exists()
