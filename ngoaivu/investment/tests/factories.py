"""Records made straight in the database, for tests that exercise something else."""
import datetime
from decimal import Decimal

from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent


def _saved(model, data):
    """Created and read back, so values compare as the database returns them (25000000.00)."""
    obj = model.objects.create(**data)
    obj.refresh_from_db()
    return obj


def make_project(province, **extra) -> FdiProject:
    data = {"province": province, "name": "Nhà máy may mặc Vũng Áng", "investor_name": "Công ty TNHH Dệt Minh Phát",
            "investor_country_id": "KR", "certificate_date": datetime.date(2023, 3, 15),
            "registered_capital": Decimal("25000000"), **extra}
    return _saved(FdiProject, data)


def make_adjustment(project, **extra) -> FdiCapitalAdjustment:
    data = {"province": project.province, "project": project, "adjusted_on": datetime.date(2023, 9, 1),
            "added_capital": Decimal("5000000"), "currency": project.capital_currency, **extra}
    return _saved(FdiCapitalAdjustment, data)


def make_implementation(project, **extra) -> FdiImplementation:
    data = {"province": project.province, "project": project, "period_start": datetime.date(2023, 3, 15),
            "period_end": datetime.date(2023, 12, 31), "amount": Decimal("4000000"),
            "currency": project.capital_currency, **extra}
    return _saved(FdiImplementation, data)


def make_promotion(province, **extra) -> PromotionEvent:
    data = {"province": province, "title": "Hội nghị xúc tiến đầu tư tại Seoul", "location_kind": "abroad",
            "country_id": "KR", "start_date": datetime.date(2019, 5, 20), **extra}
    return _saved(PromotionEvent, data)
