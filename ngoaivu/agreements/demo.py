"""Demo agreements: those the seed texts name or count, with plausible detail where they are silent.

- Thanh Hóa: Hủa Phăn 2021–2025 (kinh tế - xã hội, quốc phòng - an ninh), Seongnam,
  Mittelsachsen, Farwaniyah (hữu nghị hợp tác); the dates are invented.
- Hà Giang: the 11 agreements signed in the first half of 2023, among them Boeun and
  the seasonal-labour agreement between Hadong and UBND huyện Bắc Quang.
- Hà Tĩnh: exactly the 8 international agreements signed in 2023; Lao partners under the
  one Vietnamese name the delegations and conferences use too (Bô-ly-khăm-xay, Khăm Muồn).

Agreements signed since Law 70 took effect go through the procedure steps, so their
history shows the opinions, the decision, the signing and the report; older ones are
registered as they stand. One Hà Tĩnh agreement is left unreported, so the home page
shows an overdue report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.utils import timezone

from ngoaivu.agreements import deadlines, services
from ngoaivu.agreements.choices import AgreementKind, AgreementLevel, AgreementStatus, StepName
from ngoaivu.agreements.models import Agreement, AgreementReview
from ngoaivu.core.services import child_create
from ngoaivu.core.workflow.services import take_step
from ngoaivu.legal.selectors import legal_document_find
from ngoaivu.partners.choices import PartnerType, RelationType
from ngoaivu.partners.selectors import partner_find_match
from ngoaivu.partners.services import partner_create

K, L = AgreementKind, AgreementLevel
LOCALITY, ORGANIZATION = PartnerType.LOCALITY, PartnerType.ORGANIZATION
LAW70 = ("70/2020/QH14", date(2020, 11, 13))


@dataclass(frozen=True)
class DemoAgreement:
    title: str
    partner: tuple[str, str, str, str]  # Vietnamese name, original name, partner type, country
    signed_on: date
    party: str
    sectors: tuple[str, ...]
    kind: str = K.COOPERATION
    level: str = L.PROVINCE_COMMITTEE
    place: str = ""
    term: tuple[date | None, date | None] = (None, None)
    reported: bool = True
    inherited_from_district: bool = False
    notes: str = ""
    reviews: tuple[tuple[int, str, str, str], ...] = field(default=())  # year, rating, summary, next steps


THANH_HOA = [
    DemoAgreement(
        "Thỏa thuận hợp tác kinh tế - xã hội, quốc phòng - an ninh giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn "
        "giai đoạn 2021-2025", ("Tỉnh Hủa Phăn", "Houaphanh", LOCALITY, "LA"), date(2021, 3, 26),
        "UBND tỉnh Thanh Hóa", ("economy", "defence_security"), place="Thành phố Thanh Hóa",
        term=(date(2021, 1, 1), date(2025, 12, 31)),
        notes="Hằng năm lãnh đạo hai tỉnh luân phiên hội đàm đánh giá kết quả thực hiện thỏa thuận.",
        reviews=tuple(
            (year, "effective", f"Hội đàm thường niên đánh giá kết quả thực hiện thỏa thuận năm {year}.",
             f"Thống nhất nội dung hợp tác năm {year + 1}.") for year in (2021, 2022, 2023, 2024)),
    ),
    DemoAgreement("Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và thành phố Seongnam",
                  ("Thành phố Seongnam", "Seongnam", LOCALITY, "KR"), date(2016, 10, 20), "UBND tỉnh Thanh Hóa",
                  ("economy", "culture", "education")),
    DemoAgreement("Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Mittelsachsen",
                  ("Tỉnh Mittelsachsen", "Landkreis Mittelsachsen", LOCALITY, "DE"), date(2018, 5, 17),
                  "UBND tỉnh Thanh Hóa", ("economy", "education", "labour")),
    DemoAgreement("Thỏa thuận hữu nghị hợp tác giữa tỉnh Thanh Hóa và tỉnh Farwaniyah",
                  ("Tỉnh Farwaniyah", "Al Farwaniyah", LOCALITY, "KW"), date(2019, 11, 5), "UBND tỉnh Thanh Hóa",
                  ("economy", "culture", "labour")),
]

HA_GIANG = [
    DemoAgreement("Thỏa thuận hợp tác giữa tỉnh Hà Giang và châu Văn Sơn năm 2023",
                  ("Châu tự trị dân tộc Choang, Miêu Văn Sơn", "Wenshan Zhuang and Miao Autonomous Prefecture",
                   LOCALITY, "CN"), date(2023, 2, 16), "UBND tỉnh Hà Giang", ("economy", "trade", "tourism")),
    DemoAgreement("Biên bản ghi nhớ hợp tác thương mại, nông nghiệp với châu Hồng Hà",
                  ("Châu tự trị dân tộc Cáp Nhì, Di Hồng Hà", "Honghe Hani and Yi Autonomous Prefecture",
                   LOCALITY, "CN"), date(2023, 2, 24), "UBND tỉnh Hà Giang", ("trade", "agriculture"),
                  kind=K.MEMORANDUM),
    DemoAgreement("Biên bản ghi nhớ hợp tác đào tạo với Trường Đại học Quốc gia Chungbuk",
                  ("Trường Đại học Quốc gia Chungbuk", "Chungbuk National University", ORGANIZATION, "KR"),
                  date(2023, 3, 9), "Sở Giáo dục và Đào tạo tỉnh Hà Giang", ("education",), kind=K.MEMORANDUM,
                  level=L.DEPARTMENT),
    DemoAgreement("Thỏa thuận hợp tác lao động thời vụ giữa tỉnh Hà Giang và quận Boeun",
                  ("Quận Boeun", "Boeun-gun", LOCALITY, "KR"), date(2023, 3, 15), "UBND tỉnh Hà Giang",
                  ("labour", "agriculture"),
                  notes="49 lao động của tỉnh sang Boeun làm việc thời vụ từ tháng 8/2023.",
                  reviews=((2023, "effective", "Đưa 49 lao động của tỉnh sang Boeun làm việc thời vụ từ tháng 8.",
                            "Tiếp tục tuyển chọn lao động thời vụ năm 2024."),)),
    DemoAgreement("Thỏa thuận hợp tác lao động thời vụ giữa tỉnh Hà Giang và huyện Goesan",
                  ("Huyện Goesan", "Goesan-gun", LOCALITY, "KR"), date(2023, 3, 29), "UBND tỉnh Hà Giang",
                  ("labour", "agriculture")),
    DemoAgreement("Thỏa thuận hợp tác lao động thời vụ giữa huyện Hadong và UBND huyện Bắc Quang",
                  ("Huyện Hadong", "Hadong-gun", LOCALITY, "KR"), date(2023, 4, 20), "UBND huyện Bắc Quang",
                  ("labour",), inherited_from_district=True,
                  notes="Do UBND huyện Bắc Quang ký; UBND tỉnh kế thừa từ ngày 01/07/2025."),
    DemoAgreement("Biên bản ghi nhớ hợp tác văn hóa, du lịch với Sở Văn hóa và Du lịch tỉnh Vân Nam",
                  ("Sở Văn hóa và Du lịch tỉnh Vân Nam", "Yunnan Provincial Department of Culture and Tourism",
                   ORGANIZATION, "CN"), date(2023, 5, 4), "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang",
                  ("culture", "tourism"), kind=K.MEMORANDUM, level=L.DEPARTMENT),
    DemoAgreement("Thỏa thuận hợp tác quản lý biên giới và giao thương giữa xã Thanh Thủy và trấn Thiên Bảo",
                  ("Trấn Thiên Bảo, huyện Ma Lật Pha", "Tianbao, Malipo", LOCALITY, "CN"), date(2023, 5, 18),
                  "UBND xã Thanh Thủy, huyện Vị Xuyên", ("trade", "defence_security"), level=L.BORDER_COMMUNE,
                  place="Cửa khẩu Thanh Thủy"),
    DemoAgreement("Biên bản ghi nhớ hợp tác xúc tiến đầu tư với KOTRA",
                  ("Cơ quan xúc tiến Thương mại và Đầu tư Hàn Quốc", "KOTRA", ORGANIZATION, "KR"), date(2023, 5, 25),
                  "Sở Kế hoạch và Đầu tư tỉnh Hà Giang", ("investment", "trade"), kind=K.MEMORANDUM,
                  level=L.DEPARTMENT),
    DemoAgreement("Biên bản ghi nhớ kết nối doanh nghiệp với Hội đồng Phát triển Thương mại Hồng Kông",
                  ("Hội đồng Phát triển Thương mại Hồng Kông", "Hong Kong Trade Development Council", ORGANIZATION,
                   "HK"), date(2023, 6, 8), "Sở Công Thương tỉnh Hà Giang", ("trade",), kind=K.MEMORANDUM,
                  level=L.DEPARTMENT),
    DemoAgreement("Thỏa thuận hợp tác lao động thời vụ giữa tỉnh Hà Giang và huyện Okcheon",
                  ("Huyện Okcheon", "Okcheon-gun", LOCALITY, "KR"), date(2023, 6, 22), "UBND tỉnh Hà Giang",
                  ("labour", "agriculture")),
]

HA_TINH = [
    DemoAgreement("Biên bản thỏa thuận hợp tác năm 2023 giữa tỉnh Hà Tĩnh và tỉnh Bô-ly-khăm-xay",
                  ("Tỉnh Bô-ly-khăm-xay", "Bolikhamxay", LOCALITY, "LA"), date(2023, 1, 12), "UBND tỉnh Hà Tĩnh",
                  ("economy", "trade", "education", "defence_security"), place="Thành phố Hà Tĩnh"),
    DemoAgreement("Biên bản thỏa thuận hợp tác giữa tỉnh Hà Tĩnh và tỉnh Khăm Muồn",
                  ("Tỉnh Khăm Muồn", "Khammouane", LOCALITY, "LA"), date(2023, 2, 23), "UBND tỉnh Hà Tĩnh",
                  ("economy", "agriculture", "education")),
    DemoAgreement("Biên bản ghi nhớ hợp tác thương mại, du lịch trên tuyến đường 12 với tỉnh Nakhon Phanom",
                  ("Tỉnh Nakhon Phanom", "Nakhon Phanom", LOCALITY, "TH"), date(2023, 3, 16), "UBND tỉnh Hà Tĩnh",
                  ("trade", "tourism", "investment"), kind=K.MEMORANDUM),
    DemoAgreement("Biên bản ghi nhớ hợp tác thương mại, du lịch trên tuyến đường 8 với tỉnh Bueng Kan",
                  ("Tỉnh Bueng Kan", "Bueng Kan", LOCALITY, "TH"), date(2023, 4, 20), "UBND tỉnh Hà Tĩnh",
                  ("trade", "tourism"), kind=K.MEMORANDUM),
    DemoAgreement("Thỏa thuận hợp tác lao động thời vụ giữa tỉnh Hà Tĩnh và huyện Hapcheon",
                  ("Huyện Hapcheon", "Hapcheon-gun", LOCALITY, "KR"), date(2023, 5, 25), "UBND tỉnh Hà Tĩnh",
                  ("labour", "agriculture")),
    DemoAgreement("Biên bản ghi nhớ hợp tác xúc tiến đầu tư với JETRO",
                  ("Tổ chức Xúc tiến Thương mại Nhật Bản", "JETRO", ORGANIZATION, "JP"), date(2023, 7, 13),
                  "Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh", ("investment", "trade"), kind=K.MEMORANDUM,
                  level=L.DEPARTMENT),
    DemoAgreement("Biên bản ghi nhớ hợp tác y tế giữa Sở Y tế Hà Tĩnh và Sở Y tế tỉnh Bô-ly-khăm-xay",
                  ("Tỉnh Bô-ly-khăm-xay", "Bolikhamxay", LOCALITY, "LA"), date(2023, 9, 21), "Sở Y tế tỉnh Hà Tĩnh",
                  ("health",), kind=K.MEMORANDUM, level=L.DEPARTMENT),
    DemoAgreement("Biên bản ghi nhớ hợp tác kinh tế, đầu tư giữa tỉnh Hà Tĩnh và thành phố Gwangyang",
                  ("Thành phố Gwangyang", "Gwangyang", LOCALITY, "KR"), date(2023, 11, 9), "UBND tỉnh Hà Tĩnh",
                  ("economy", "investment"), kind=K.MEMORANDUM, reported=False),
]

SEED_AGREEMENTS = {"thanhhoa": THANH_HOA, "tuyenquang": HA_GIANG, "hatinh": HA_TINH}


def load(context) -> None:
    for slug, agreements in SEED_AGREEMENTS.items():
        for spec in agreements:
            if not Agreement.objects.filter(province=context.historic[slug], title=spec.title).exists():
                _load_one(context, slug, spec)


def _load_one(context, slug: str, spec: DemoAgreement) -> None:
    specialist, province = context.specialist(slug), context.historic[slug]
    under_law_70 = spec.signed_on >= deadlines.REPORT_RULE_FROM
    data = {
        "province": province, "title": spec.title, "kind": spec.kind, "level": spec.level,
        "vietnamese_party": spec.party, "partners": [_partner(specialist, province, spec.partner)],
        "sectors": list(spec.sectors), "notes": spec.notes,
        "legal_basis": legal_document_find(user=specialist, number=LAW70[0], issued_on=LAW70[1]) if under_law_70
        else None,
    }
    if under_law_70 and not spec.inherited_from_district:
        proposal = services.agreement_create(actor=specialist, channel="demo", data=data,
                                             proposed_on=spec.signed_on - timedelta(days=30))
        agreement = _through_the_procedure(context, slug, proposal, spec)
    else:
        # Signed before Law 70, or by a district whose procedure is not on record: registered as they stand.
        # Registering an agreement past its proposal skips the approver's steps: the approver does it.
        agreement = services.agreement_create(actor=context.approver(slug), channel="demo", data={
            **data, "status": AgreementStatus.IN_FORCE, "signed_on": spec.signed_on, "signed_place": spec.place,
            "term_start": spec.term[0], "term_end": spec.term[1],
            "inherited_from_district": spec.inherited_from_district,
            "reported_on": spec.signed_on + timedelta(days=10) if under_law_70 else None,
        })
    for year, rating, summary, next_steps in spec.reviews:
        child_create(AgreementReview, actor=specialist, channel="demo", data={
            "agreement": agreement, "year": year, "rating": rating, "summary": summary, "next_steps": next_steps})


def _through_the_procedure(context, slug: str, agreement, spec: DemoAgreement):
    """Proposed a month before signing: opinions, submission, the chairman's permission, signing, effect, report."""
    specialist, approver, signed_on = context.specialist(slug), context.approver(slug), spec.signed_on
    effect_on = min(max(spec.term[0] or signed_on, signed_on), timezone.localdate())
    steps = [
        (specialist, StepName.REQUEST_OPINIONS, signed_on - timedelta(days=23), {}),
        (specialist, StepName.SUBMIT, signed_on - timedelta(days=12), {}),
        (approver, StepName.PERMIT, signed_on - timedelta(days=6), {}),
        (specialist, StepName.SIGN, signed_on, {"signed_place": spec.place} if spec.place else {}),
        (specialist, StepName.TAKE_EFFECT, effect_on, {"term_end": spec.term[1]}),
    ]
    if spec.reported:
        steps.append((specialist, StepName.REPORT, signed_on + timedelta(days=10), {}))
    # Steps cannot be dated before the previous one: taken in the order of their dates.
    for actor, step, on, details in sorted(steps, key=lambda row: row[2]):
        agreement = take_step(agreement, step, actor=actor, on=on, values=details, channel="demo")
    return agreement


def _partner(actor, province, partner: tuple[str, str, str, str]):
    name, original, partner_type, country = partner
    found = partner_find_match(user=actor, name=name, country_code=country) or \
        partner_find_match(user=actor, name=original, country_code=country)
    if found:
        return found
    return partner_create(actor=actor, channel="demo", data={
        "province": province, "name": name, "name_original": original, "partner_type": partner_type,
        "country_id": country, "relation_type": RelationType.COOPERATION,
    })
