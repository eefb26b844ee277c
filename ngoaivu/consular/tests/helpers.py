"""Records for the consular tests, written straight to the database (the services are what is tested)."""
from datetime import date
from decimal import Decimal

from ngoaivu.consular.choices import CaseKind, CaseStatus, LabourScheme, OverseasActivityKind
from ngoaivu.consular.models import CitizenCase, CitizenCaseStatusChange, LabourDeployment, OverseasActivity


def make_case(province, opened_on=date(2024, 1, 5), status=CaseStatus.RECEIVED, **extra):
    fields = {"person_name": "Nguyễn Văn A", "country_id": "KR", "kind": CaseKind.DETAINED, **extra}
    case = CitizenCase.objects.create(province=province, opened_on=opened_on, status=status, **fields)
    CitizenCaseStatusChange.objects.create(province=province, case=case, step="create", to_state=CaseStatus.RECEIVED,
                                           happened_on=opened_on)
    return case


def make_activity(province, **extra):
    fields = {"title": "Gặp mặt kiều bào Tết Giáp Thìn", "kind": OverseasActivityKind.MEETING,
              "held_on": date(2024, 1, 25), **extra}
    return OverseasActivity.objects.create(province=province, **fields)


def make_deployment(province, **extra):
    fields = {"period_start": date(2023, 8, 1), "period_end": date(2023, 8, 31), "country_id": "KR",
              "scheme": LabourScheme.SEASONAL, "workers_sent": 49, **extra}
    deployment = LabourDeployment.objects.create(province=province, **fields)
    return LabourDeployment.objects.get(pk=deployment.pk)


def remittance_row(province, year, amount="165000000"):
    return make_deployment(province, period_start=date(year, 1, 1), period_end=date(year, 12, 31), country_id=None,
                           scheme=LabourScheme.ALL, workers_sent=None, remittances=Decimal(amount))
