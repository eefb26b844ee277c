"""Demo work with overseas Vietnamese and labour abroad, as the seed texts state it.

The texts name no citizen-protection case, so none is invented. Dates a text leaves
open are the date of the report, and the note says so.
"""
import datetime
from decimal import Decimal

from ngoaivu.consular.choices import ActivityStatus, LabourScheme, OverseasActivityKind
from ngoaivu.consular.models import LabourDeployment, OverseasActivity
from ngoaivu.core.services import record_create
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.demo import demo_partner

D = datetime.date
REMITTANCE_NOTE = "Báo cáo ghi khoảng 150–180 triệu USD/năm; nhập mức giữa 165 triệu USD."


def _overseas_activities(context) -> None:
    rows = [
        ("hue", {
            "title": "Chương trình Trại hè năm 2022", "kind": OverseasActivityKind.SUMMER_CAMP,
            "status": ActivityStatus.PLANNED, "held_on": D(2022, 8, 2),
            "coordinator": "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
            "note": "Báo cáo ngày 02/08/2022: tỉnh đang phối hợp chuẩn bị tổ chức; ngày tổ chức chưa cập nhật.",
        }),
        ("hatinh", {
            "title": "Gặp mặt kiều bào nhân dịp Tết Nguyên đán Giáp Thìn 2024", "kind": OverseasActivityKind.MEETING,
            "status": ActivityStatus.PLANNED, "held_on": D(2024, 1, 25),
            "coordinator": "Sở Ngoại vụ tham mưu UBND tỉnh",
            "note": "Hội nghị tổng kết ngày 08/12/2023: trước mắt tham mưu tổ chức gặp mặt kiều bào Tết Nguyên đán "
                    "Giáp Thìn 2024 (tháng 01/2024, ngày minh họa).",
        }),
    ]
    for slug, data in rows:
        record_create(OverseasActivity, actor=context.specialist(slug), channel="demo",
                                          data={**data, "province": context.historic[slug]})


def _labour(context) -> None:
    boeun = demo_partner(context, "tuyenquang", name="Quận Boeun", original="Boeun-gun",
                         partner_type=PartnerType.LOCALITY, country="KR")
    record_create(LabourDeployment, actor=context.specialist("tuyenquang"), channel="demo", data={
        "province": context.historic["tuyenquang"], "period_start": D(2023, 8, 1), "period_end": D(2023, 8, 31),
        "country_id": "KR", "scheme": LabourScheme.SEASONAL, "workers_sent": 49, "partner": boeun,
        "source": "Sở Ngoại vụ Hà Giang",
        "note": "Đưa 49 lao động sang Boeun làm việc thời vụ từ tháng 8/2023, theo thỏa thuận với chính quyền "
                "quận Boeun.",
    })
    actor, province = context.specialist("thanhhoa"), context.historic["thanhhoa"]
    source = "Tỉnh ủy, UBND tỉnh Thanh Hóa, tổng kết công tác đối ngoại 2016-2021"
    record_create(LabourDeployment, actor=actor, channel="demo", data={
        "province": province, "period_start": D(2016, 1, 1), "period_end": D(2020, 12, 31),
        "scheme": LabourScheme.ALL, "workers_sent": 46101, "source": source, "note": "Đạt 92,02% kế hoạch.",
    })
    for year in range(2016, 2021):
        record_create(LabourDeployment, actor=actor, channel="demo", data={
            "province": province, "period_start": D(year, 1, 1), "period_end": D(year, 12, 31),
            "scheme": LabourScheme.ALL, "remittances": Decimal(165_000_000), "currency": "USD",
            "source": source, "note": REMITTANCE_NOTE,
        })


def load(context) -> None:
    _overseas_activities(context)
    _labour(context)
