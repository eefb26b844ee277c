"""Records made straight in the database, for tests that exercise something else."""
import datetime
import itertools
from decimal import Decimal

from ngoaivu.aid.iati import activity_identifier
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.partners.models import Partner

_codes = itertools.count(1)


def _saved(model, data):
    """Created and read back, so values compare as the database returns them."""
    obj = model.objects.create(**data)
    obj.refresh_from_db()
    return obj


def make_partner(province, name="ADB", partner_type="organization", **extra) -> Partner:
    return _saved(Partner, {"province": province, "name": name, "partner_type": partner_type, **extra})


def _identity(province) -> dict:
    code = f"T-{next(_codes):04d}"
    return {"local_code": code, "iati_identifier": activity_identifier(province, code)}


def make_oda(province, **extra) -> OdaProject:
    donor = extra.pop("donor", None) or make_partner(province)
    data = {"province": province, **_identity(province), "title": "Hạ tầng đô thị thích ứng biến đổi khí hậu",
            "donor": donor, "stage": "implementing", "project_type": "investment",
            "actual_start": datetime.date(2020, 3, 1), "committed_amount": Decimal("50000000"), **extra}
    return _saved(OdaProject, data)


def make_ngo_aid(province, **extra) -> NgoAid:
    ngo = extra.pop("ngo", None) or make_partner(province, "Tầm nhìn Thế giới", "ngo")
    data = {"province": province, **_identity(province), "title": "Chương trình phát triển vùng Cẩm Xuyên",
            "ngo": ngo, "kind": "programme", **extra}
    return _saved(NgoAid, data)


def make_implementing_ngo_aid(province, started_on=datetime.date(2022, 3, 1), **extra) -> NgoAid:
    """A programme approved and under way since `started_on` (or further on, with `status`)."""
    return make_ngo_aid(province, **{
        "status": "implementing", "appraisal_started_on": started_on - datetime.timedelta(40),
        "decision_number": "123/QĐ-UBND", "decided_on": started_on - datetime.timedelta(20),
        "approval_authority": "province_chair", "actual_start": started_on, **extra})


def make_oda_transaction(project, **extra) -> OdaTransaction:
    data = {"province": project.province, "project": project, "transaction_type": "disbursement",
            "transaction_date": datetime.date(2023, 5, 10), "amount": Decimal("1200000"), "currency": "USD", **extra}
    return _saved(OdaTransaction, data)


def make_ngo_transaction(aid, **extra) -> NgoAidTransaction:
    data = {"province": aid.province, "aid": aid, "transaction_type": "disbursement",
            "transaction_date": datetime.date(2023, 5, 10), "amount": Decimal("50000"), "currency": "USD", **extra}
    return _saved(NgoAidTransaction, data)
