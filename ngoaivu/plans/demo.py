"""Demo plans: the plans the seed texts measure their figures against.

- Thái Nguyên's Kế hoạch 108/KH-UBND (10/6/2021) and its 2021–2025 targets, as the text
  lists them;
- Thanh Hóa's 2021–2025 aim of 2–3 new partner localities;
- the year's plans behind "đạt 54% kế hoạch năm" (Thừa Thiên Huế, 2022) and "vượt 20% kế
  hoạch" (Hà Tĩnh, 2023): the texts give only the share, so the plan value is worked back
  from it (609,1 / 0,54 ≈ 1.128 triệu USD; 404,3 / 0,622 ≈ 650; 2,4 tỷ / 1,2 = 2 tỷ). The
  numbers of those plans' documents are not in the texts and are left empty.
"""
from datetime import date as D
from decimal import Decimal

from ngoaivu.core.services import child_create, record_create
from ngoaivu.indicators.models import Indicator
from ngoaivu.legal.choices import DocumentType
from ngoaivu.legal.models import LegalDocument
from ngoaivu.plans import services
from ngoaivu.plans.choices import TargetKind, TargetScope
from ngoaivu.plans.models import Plan, Target

BILLION, MILLION = Decimal(10) ** 9, Decimal(10) ** 6
VALUE, RANGE, FLOOR = TargetKind.VALUE, TargetKind.RANGE, TargetKind.FLOOR
TERM, YEAR = TargetScope.TERM, TargetScope.YEAR
WORKED_BACK = "Mức kế hoạch suy ra từ tỷ lệ hoàn thành văn bản nêu; số hiệu văn bản giao kế hoạch chưa xác minh."


def _target(code, kind, value=None, low=None, high=None, scope=TERM, increase=False, note=""):
    return {"indicator": code, "kind": kind, "value": value, "value_min": low, "value_max": high, "scope": scope,
            "counts_increase": increase, "note": note}


PLANS = [
    ("thainguyen", {
        "name": "Kế hoạch triển khai hoạt động đối ngoại và hội nhập quốc tế tỉnh Thái Nguyên giai đoạn 2021-2025",
        "document": ("108/KH-UBND", D(2021, 6, 10)), "start_year": 2021, "end_year": 2025,
    }, [
        _target("partner_localities", VALUE, 5, increase=True,
                note="Ký kết quan hệ hợp tác hữu nghị với 05 địa phương, tổ chức nước ngoài."),
        _target("fdi_registered_capital", RANGE, low=Decimal("3.5") * BILLION, high=4 * BILLION,
                note="Tổng vốn đầu tư đăng ký giai đoạn 2021-2025 đạt khoảng 3,5 - 4 tỷ USD."),
        _target("fdi_implemented_capital", RANGE, low=Decimal("2.5") * BILLION, high=3 * BILLION,
                note="Vốn thực hiện giai đoạn 2021-2025 đạt khoảng 2,5 - 3 tỷ USD."),
        _target("ngo_committed", RANGE, low=Decimal("2.5") * MILLION, high=3 * MILLION, scope=YEAR,
                note="Giá trị cam kết viện trợ trung bình đạt khoảng 2,5 - 3 triệu USD/năm."),
        _target("ngo_disbursed", RANGE, low=2 * MILLION, high=Decimal("2.5") * MILLION, scope=YEAR,
                note="Giá trị giải ngân trung bình đạt khoảng 2 - 2,5 triệu USD/năm."),
        _target("export_growth", FLOOR, 7, scope=YEAR, note="Giá trị xuất khẩu tăng bình quân 7%/năm trở lên."),
        _target("local_export_growth", FLOOR, 11, scope=YEAR,
                note="Xuất khẩu địa phương tăng bình quân từ 11%/năm trở lên."),
        _target("friendship_associations", VALUE, 2, increase=True, note="Thành lập mới 02 Hội hữu nghị cấp tỉnh."),
        _target("investment_promotion_domestic", VALUE, 1,
                note="01 chương trình hội nghị xúc tiến đầu tư của tỉnh ở trong nước."),
        _target("investment_promotion_abroad", VALUE, 3,
                note="03 sự kiện xúc tiến đầu tư, thương mại của tỉnh ở nước ngoài."),
        _target("ngo_promotion_conferences", VALUE, 2,
                note="02 hội nghị xúc tiến, vận động viện trợ phi chính phủ nước ngoài tại tỉnh."),
        _target("cultural_events", FLOOR, 20, note="Trên 20 hoạt động văn hóa đối ngoại ở trong và ngoài nước."),
    ]),
    ("thanhhoa", {
        "name": "Mục tiêu công tác đối ngoại tỉnh Thanh Hóa giai đoạn 2021-2025", "start_year": 2021,
        "end_year": 2025, "notes": "Nêu trong bài tổng kết công tác đối ngoại 2016-2021; số hiệu văn bản chưa rõ.",
    }, [
        _target("partner_localities", RANGE, low=2, high=3, increase=True,
                note="Thiết lập mới quan hệ với 2 - 3 tỉnh/thành phố trên thế giới."),
    ]),
    ("hue", {
        "name": "Kế hoạch phát triển kinh tế - xã hội năm 2022", "start_year": 2022, "end_year": 2022,
        "notes": WORKED_BACK,
    }, [
        _target("export_value", VALUE, 1128 * MILLION, note="609,1 triệu USD đến hết tháng 7 = 54% kế hoạch năm."),
        _target("import_value", VALUE, 650 * MILLION, note="404,3 triệu USD đến hết tháng 7 = 62,2% kế hoạch năm."),
    ]),
    ("hatinh", {
        "name": "Kế hoạch phát triển kinh tế - xã hội năm 2023", "start_year": 2023, "end_year": 2023,
        "notes": WORKED_BACK,
    }, [
        _target("export_value", VALUE, 2 * BILLION, note="Xuất khẩu ước 2,4 tỷ USD, vượt 20% kế hoạch."),
    ]),
]


def load(context) -> None:
    for slug, fields, targets in PLANS:
        actor, province = context.specialist(slug), context.historic[slug]
        fields = dict(fields)
        document = fields.pop("document", None)
        if Plan.objects.filter(province=province, name=fields["name"]).exists():
            continue
        if document is not None:
            fields["legal_document"] = _legal_document(actor, province, *document, title=fields["name"])
        plan = services.plan_create(actor=actor, channel="demo", data={**fields, "province": province})
        for target in targets:
            indicator = Indicator.objects.get(code=target["indicator"])
            child_create(Target, actor=actor, channel="demo", data={
                **target, "plan": plan, "indicator": indicator,
                "currency": indicator.currency if indicator.is_money else ""})


def _legal_document(actor, province, number: str, issued_on, *, title: str) -> LegalDocument:
    """The plan's document in the province's register (the legal app's demo usually has it)."""
    existing = LegalDocument.objects.filter(province=province, number=number).first()
    if existing is not None:
        return existing
    return record_create(LegalDocument, actor=actor, channel="demo", data={
        "province": province, "number": number, "doc_type": DocumentType.PLAN, "title": title,
        "issuer": f"Ủy ban nhân dân tỉnh {province.name}", "issued_on": issued_on})
