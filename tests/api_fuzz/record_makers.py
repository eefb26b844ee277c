"""A row of every declared record type with an API, for the tests that run over all of them
(query counts, stale writes): the apps' module-level scoping-matrix cases
(ngoaivu.testing.matrix.RecordCase), else the app's own test helper in `_makers()`."""
import importlib
import itertools
import pkgutil
from datetime import date

from ngoaivu.core.registry import record_types
from ngoaivu.core.roles import Role
from ngoaivu.partners.models import Partner, PartnerType
from ngoaivu.testing.matrix import RecordCase

COUNTRIES = ["LA", "KH", "KR", "JP", "TH", "CN", "US", "FR", "DE", "AU", "IN", "SG", "MY", "ID", "PH", "GB",
             "IT", "RU", "CA", "NZ", "BE", "NL", "CZ", "PL", "HU"]


def with_partners(row, serial: int):
    """Link the row to a partner of its own country wherever it can link one: a partner's name
    reads its country, and a row without partners would hide a query per partner."""
    if row is None:
        return
    fields = [field for field in type(row)._meta.get_fields()
              if (field.many_to_one or field.many_to_many) and field.concrete and field.related_model is Partner]
    for field in fields:
        partner = Partner.objects.create(province=row.province, name=f"Đối tác số {serial}",
                                         partner_type=PartnerType.LOCALITY,
                                         country_id=COUNTRIES[serial % len(COUNTRIES)])
        if field.many_to_many:
            getattr(row, field.name).add(partner)
        else:
            type(row)._base_manager.filter(pk=row.pk).update(**{field.name: partner})


def _record_cases() -> list[RecordCase]:
    import ngoaivu

    cases = {}
    for app in pkgutil.iter_modules(ngoaivu.__path__):
        try:
            tests = importlib.import_module(f"ngoaivu.{app.name}.tests")
        except ModuleNotFoundError:
            continue
        for module in pkgutil.iter_modules(tests.__path__):
            loaded = importlib.import_module(f"{tests.__name__}.{module.name}")
            for value in vars(loaded).values():
                for case in value if isinstance(value, (list, tuple)) else [value]:
                    if isinstance(case, RecordCase):
                        cases[case.api_basename] = case
    return cases


def _report(province):
    from ngoaivu.accounts.models import User
    from ngoaivu.aid.models import OdaProject
    from ngoaivu.aid.tests.factories import make_oda
    from ngoaivu.reports import services

    # A report needs work of its period to write about: an ODA project running through 2023.
    if not OdaProject.objects.filter(province=province).exists():
        make_oda(province, actual_start=date(2015, 1, 1), actual_end=date(2035, 12, 31))
    maker = User.objects.create_user(username=f"report-maker-{next(_serial)}", role=Role.SPECIALIST,
                                     province=province)
    return services.report_create(actor=maker, data={"province": province, "period_start": date(2023, 1, 1),
                                                     "period_end": date(2023, 12, 31)})


def _agreement_document(province):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ngoaivu.agreements.models import AgreementDocument
    from ngoaivu.agreements.tests.helpers import make_signed
    from ngoaivu.testing.files import pdf_bytes

    return AgreementDocument.objects.create(province=province, agreement=make_signed(province), kind="report",
                                            file=SimpleUploadedFile("bao-cao.pdf", pdf_bytes()))


def _makers() -> dict:
    """Makers of the types whose matrix case is built inside a test function (it needs fixtures)."""
    from ngoaivu.agreements.tests.helpers import make_agreement, make_review
    from ngoaivu.aid.tests import factories as aid
    from ngoaivu.investment.tests import factories as investment
    from ngoaivu.legal.tests.test_legal import make_document
    from ngoaivu.plans.tests.test_plans import make_target

    return {
        "legal-document": make_document,
        "agreement": make_agreement,
        "agreement-review": make_review,
        "agreement-document": _agreement_document,
        "oda-project": aid.make_oda,
        "ngo-aid": aid.make_ngo_aid,
        "oda-transaction": lambda province: aid.make_oda_transaction(aid.make_oda(province)),
        "ngo-aid-transaction": lambda province: aid.make_ngo_transaction(aid.make_ngo_aid(province)),
        "fdi-project": investment.make_project,
        "promotion-event": investment.make_promotion,
        "fdi-capital-adjustment": lambda province: investment.make_adjustment(investment.make_project(province)),
        "fdi-implementation": lambda province: investment.make_implementation(investment.make_project(province)),
        "target": make_target,
        "report": _report,
    }


_serial = itertools.count()
CASES = _record_cases()
MAKERS = {**_makers(), **{basename: case.make for basename, case in CASES.items()}}
TYPES = sorted((record_type for record_type in record_types() if record_type.api_basename),
               key=lambda record_type: record_type.api_basename)
