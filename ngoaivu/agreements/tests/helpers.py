"""Records for the agreements tests, written straight to the database (the services are what is tested)."""
from datetime import date

from ngoaivu.agreements.choices import AgreementStatus
from ngoaivu.agreements.models import Agreement, AgreementReview
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner


def make_partner(province, name="Tỉnh Hủa Phăn", country="LA"):
    return Partner.objects.create(province=province, name=name, partner_type=PartnerType.LOCALITY,
                                  country_id=country)


def make_agreement(province, *, partners=None, sectors=("economy",), **extra):
    fields = {"title": "Thỏa thuận hợp tác giai đoạn 2021-2025", "vietnamese_party": "UBND tỉnh",
              "status": AgreementStatus.PROPOSED, **extra}
    agreement = Agreement.objects.create(province=province, **fields)
    agreement.partners.set(partners or [make_partner(province)])
    agreement.sectors.set(sectors)
    return agreement


def make_signed(province, signed_on=date(2023, 3, 20), **extra):
    return make_agreement(province, **{"status": AgreementStatus.IN_FORCE, "signed_on": signed_on, **extra})


def make_review(province, year=2023):
    return AgreementReview.objects.create(province=province, agreement=make_signed(province), year=year,
                                          rating="effective", summary="Trao đổi 50 đoàn")
