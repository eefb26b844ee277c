"""Demo delegations: those the seed texts tell of, carried through their workflow as they went.

Facts (provinces, partners, places, years, purposes) come from the seeds; days, titles of
the heads and document numbers are plausible where the texts are silent. The last few of
Hà Tĩnh are dated from today so the home page shows work awaiting approval and a late
result report.
"""
import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from ngoaivu.core.channels import DEMO_CHANNEL
from ngoaivu.core.choices import FundingSource
from ngoaivu.core.workflow.services import take_step
from ngoaivu.delegations import services
from ngoaivu.delegations.choices import DelegationLevel, DelegationStatus, Direction
from ngoaivu.delegations.models import Delegation
from ngoaivu.geo.models import Country
from ngoaivu.partners.demo import demo_partner

CHANNEL = DEMO_CHANNEL
D = datetime.date
OUT, IN = Direction.OUTBOUND, Direction.INBOUND
LEADERS, DEPARTMENT = DelegationLevel.PROVINCIAL_LEADERS, DelegationLevel.DEPARTMENT


@dataclass
class Trip:
    slug: str                       # seed province
    direction: str
    name: str
    level: str
    head_title: str
    start: datetime.date
    end: datetime.date
    countries: tuple[str, ...]
    places: str
    purpose: str
    partner: tuple | None = None    # (name, country, partner type) found or made in the province
    host_unit: str = ""
    programme: str = ""
    head_name: str = ""
    approval: tuple[str, datetime.date] | None = None
    report: str = ""                # filed this many days after return (report_after) when given
    report_after: int = 10
    stop_at: str = DelegationStatus.REPORTED
    today_unit: bool = False        # recorded under today's unit (after 1/7/2025), not the seed's
    cost: int | None = None
    members: tuple = field(default=())


HOUAPHANH = ("Tỉnh Hủa Phăn", "LA", "locality")
ANNUAL_TALKS = ("Hội đàm đánh giá kết quả thực hiện thỏa thuận hợp tác giữa hai tỉnh trong năm, "
                "thống nhất nội dung hợp tác năm tiếp theo.")


def _from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


TRIPS = [
    # Thanh Hóa – Hủa Phăn (seed 002): talks held yearly in turn in each province; the 2021–2025 agreement.
    Trip("thanhhoa", OUT, "Đoàn đại biểu tỉnh Thanh Hóa hội đàm thường niên với tỉnh Hủa Phăn năm 2016", LEADERS,
         "Phó Chủ tịch UBND tỉnh Thanh Hóa", D(2016, 11, 21), D(2016, 11, 23), ("LA",),
         "Thị xã Sầm Nưa, tỉnh Hủa Phăn (Lào)", ANNUAL_TALKS, HOUAPHANH,
         approval=("3987/QĐ-UBND", D(2016, 11, 4)),
         report="Hai bên đánh giá kết quả hợp tác năm 2016, ký biên bản hội đàm và thống nhất kế hoạch năm 2017."),
    Trip("thanhhoa", IN, "Đoàn đại biểu tỉnh Hủa Phăn hội đàm thường niên tại tỉnh Thanh Hóa năm 2017", LEADERS,
         "Phó Tỉnh trưởng tỉnh Hủa Phăn", D(2017, 12, 11), D(2017, 12, 13), ("LA",), "Thành phố Thanh Hóa",
         ANNUAL_TALKS, HOUAPHANH, host_unit="UBND tỉnh Thanh Hóa", approval=("4512/UBND-NgV", D(2017, 11, 27)),
         report="Đón tiếp chu đáo; hai tỉnh ký biên bản hội đàm năm 2017."),
    Trip("thanhhoa", OUT, "Đoàn đại biểu tỉnh Thanh Hóa hội đàm thường niên với tỉnh Hủa Phăn năm 2018", LEADERS,
         "Phó Chủ tịch UBND tỉnh Thanh Hóa", D(2018, 12, 17), D(2018, 12, 19), ("LA",),
         "Thị xã Sầm Nưa, tỉnh Hủa Phăn (Lào)", ANNUAL_TALKS, HOUAPHANH,
         approval=("4865/QĐ-UBND", D(2018, 11, 30)),
         report="Hai bên ký biên bản hội đàm; thống nhất tăng cường hợp tác giữa các huyện biên giới."),
    Trip("thanhhoa", OUT, "Đoàn Sở Ngoại vụ Thanh Hóa làm việc với các cơ quan của tỉnh Hủa Phăn",
         DEPARTMENT, "Giám đốc Sở Ngoại vụ", D(2019, 6, 10), D(2019, 6, 12), ("LA",),
         "Thị xã Sầm Nưa, tỉnh Hủa Phăn (Lào)",
         "Triển khai nội dung thỏa thuận hợp tác, giải quyết các vấn đề phát sinh giữa hai tỉnh.", HOUAPHANH,
         approval=("2210/QĐ-UBND", D(2019, 5, 28)),
         report="Thống nhất các nội dung triển khai thỏa thuận hợp tác năm 2019."),
    Trip("thanhhoa", IN, "Đoàn đại biểu tỉnh Hủa Phăn hội đàm thường niên tại tỉnh Thanh Hóa năm 2019", LEADERS,
         "Phó Tỉnh trưởng tỉnh Hủa Phăn", D(2019, 12, 16), D(2019, 12, 18), ("LA",), "Thành phố Thanh Hóa",
         ANNUAL_TALKS, HOUAPHANH, host_unit="UBND tỉnh Thanh Hóa", approval=("5120/UBND-NgV", D(2019, 12, 2)),
         report="Hai tỉnh ký biên bản hội đàm năm 2019."),
    Trip("thanhhoa", IN, "Đoàn đại biểu tỉnh Hủa Phăn hội đàm và ký thỏa thuận hợp tác giai đoạn 2021-2025",
         LEADERS, "Lãnh đạo tỉnh Hủa Phăn", D(2021, 4, 8), D(2021, 4, 9), ("LA",), "Thành phố Thanh Hóa",
         "Hội đàm và ký kết thỏa thuận hợp tác kinh tế - xã hội, quốc phòng - an ninh giai đoạn 2021-2025.",
         HOUAPHANH, host_unit="UBND tỉnh Thanh Hóa", approval=("1302/UBND-NgV", D(2021, 3, 25)),
         report="Hai tỉnh ký thỏa thuận hợp tác kinh tế - xã hội, quốc phòng - an ninh giai đoạn 2021-2025."),
    # Hà Giang (seed 001): the provincial delegation's survey in Kunming.
    Trip("tuyenquang", OUT, "Đoàn công tác tỉnh Hà Giang khảo sát tại thành phố Côn Minh (Trung Quốc)", LEADERS,
         "Phó Chủ tịch UBND tỉnh Hà Giang", D(2023, 5, 16), D(2023, 5, 19), ("CN",),
         "Thành phố Côn Minh, tỉnh Vân Nam (Trung Quốc)",
         "Khảo sát tại Công ty Hữu hạn Công nghệ Addictive manufacturing (In 3D) Giai Duy; tìm hiểu thị trường, "
         "xúc tiến hợp tác kinh tế.",
         ("Công ty Hữu hạn Công nghệ Addictive manufacturing (In 3D) Giai Duy", "CN", "company"),
         approval=("812/QĐ-UBND", D(2023, 5, 5)),
         report="Đoàn đã khảo sát dây chuyền in 3D của Công ty Giai Duy và trao đổi khả năng hợp tác."),
    # Thái Nguyên (seed 004): the US Embassy's working delegation received by the Provincial Party Secretary.
    Trip("thainguyen", IN, "Đoàn công tác Đại sứ quán Hoa Kỳ tại Việt Nam làm việc với tỉnh Thái Nguyên",
         DelegationLevel.FOREIGN_MISSION, "Lãnh đạo Đại sứ quán Hoa Kỳ tại Việt Nam", D(2021, 11, 18),
         D(2021, 11, 18), ("US",), "Thành phố Thái Nguyên", "Trao đổi về tăng cường hợp tác giữa tỉnh và Hoa Kỳ.",
         ("Đại sứ quán Hoa Kỳ", "US", "embassy"), host_unit="Tỉnh ủy Thái Nguyên",
         programme="Đồng chí Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu "
                   "Quốc hội tỉnh tiếp và làm việc với Đoàn.",
         approval=("3650/UBND-NgV", D(2021, 11, 10)), report="Tiếp và làm việc với Đoàn theo đúng chương trình."),
    # Hà Tĩnh (seed 003): investment promotion abroad in 2023.
    Trip("hatinh", OUT, "Đoàn xúc tiến đầu tư tỉnh Hà Tĩnh tại Hàn Quốc", LEADERS, "Phó Chủ tịch UBND tỉnh",
         D(2023, 9, 11), D(2023, 9, 16), ("KR",), "Seoul, Busan (Hàn Quốc)",
         "Giới thiệu tiềm năng, lợi thế và các dự án kêu gọi đầu tư của tỉnh Hà Tĩnh.",
         approval=("2051/QĐ-UBND", D(2023, 8, 25)), cost=850_000_000,
         report="Đoàn làm việc với các tập đoàn, doanh nghiệp Hàn Quốc, giới thiệu các dự án kêu gọi đầu tư."),
    Trip("hatinh", OUT, "Đoàn xúc tiến đầu tư, thương mại tỉnh Hà Tĩnh tại Lào và Thái Lan theo tuyến Đường 8",
         LEADERS, "Phó Chủ tịch UBND tỉnh", D(2023, 10, 23), D(2023, 10, 27), ("LA", "TH"),
         "Tỉnh Bô-ly-khăm-xay (Lào); tỉnh Nakhon Phanom (Thái Lan)",
         "Xúc tiến đầu tư, thương mại với các tỉnh sử dụng chung Đường 8 của ba nước Việt Nam - Lào - Thái Lan.",
         approval=("2433/QĐ-UBND", D(2023, 10, 9)), cost=420_000_000,
         report="Đoàn làm việc với chính quyền, doanh nghiệp hai tỉnh; thống nhất kết nối giao thương qua Đường 8."),
    Trip("hatinh", OUT, "Đoàn công tác tỉnh Hà Tĩnh làm việc với tỉnh Bô-ly-khăm-xay (Lào)", LEADERS,
         "Phó Chủ tịch UBND tỉnh", _from_today(-29), _from_today(-25), ("LA",), "Tỉnh Bô-ly-khăm-xay (Lào)",
         "Triển khai các biên bản hợp tác đã ký, trọng tâm hợp tác phát triển kinh tế - xã hội.",
         ("Tỉnh Bô-ly-khăm-xay", "LA", "locality"), approval=("1180/QĐ-UBND", _from_today(-40)),
         stop_at=DelegationStatus.COMPLETED, today_unit=True),
    Trip("hatinh", OUT, "Đoàn Sở Ngoại vụ Hà Tĩnh làm việc với tỉnh Khăm Muồn (Lào)", DEPARTMENT,
         "Giám đốc Sở Ngoại vụ", _from_today(-14), _from_today(-12), ("LA",), "Tỉnh Khăm Muồn (Lào)",
         "Trao đổi hợp tác giữa các địa phương sử dụng chung Đường 12.", ("Tỉnh Khăm Muồn", "LA", "locality"),
         approval=("1402/QĐ-UBND", _from_today(-25)), stop_at=DelegationStatus.COMPLETED, today_unit=True),
    Trip("hatinh", OUT, "Đoàn xúc tiến đầu tư tỉnh Hà Tĩnh tại Nhật Bản", LEADERS, "Phó Chủ tịch UBND tỉnh",
         _from_today(35), _from_today(40), ("JP",), "Tokyo, Osaka (Nhật Bản)",
         "Giới thiệu tiềm năng, các dự án kêu gọi đầu tư; làm việc với các tập đoàn Nhật Bản.",
         stop_at=DelegationStatus.SUBMITTED, today_unit=True, cost=900_000_000,
         members=(("Nguyễn Văn An", "Phó Giám đốc", "Sở Ngoại vụ", "deputy"),
                  ("Trần Thị Bình", "Chuyên viên", "Sở Ngoại vụ", "interpreter"))),
]


def _carry_out(delegation, trip: Trip, context):
    """Take the workflow steps the trip went through, as the province's specialist and approver."""
    specialist, approver = context.specialist(trip.slug), context.approver(trip.slug)
    approval_number, approved_on = trip.approval or ("", None)
    # Submitted ten days before the approval (today for a dossier still waiting).
    submitted_on = approved_on - datetime.timedelta(days=10) if approved_on else None
    steps = [
        lambda d: take_step(d, "submit", actor=specialist, on=submitted_on, channel=CHANNEL),
        lambda d: take_step(d, "approve", actor=approver, on=approved_on, values={"approval_number": approval_number},
                            channel=CHANNEL),
        lambda d: take_step(d, "complete", actor=specialist, channel=CHANNEL),
        lambda d: take_step(d, "report", actor=specialist, values={"report_text": trip.report}, channel=CHANNEL,
                            on=trip.end + datetime.timedelta(days=trip.report_after)),
    ]
    for take in steps:
        if delegation.status == trip.stop_at:
            break
        delegation = take(delegation)
    return delegation


def load(context) -> None:
    for trip in TRIPS:
        province = (context.provinces if trip.today_unit else context.historic)[trip.slug]
        if Delegation.objects.filter(province=province, name=trip.name).exists():
            continue
        actor = context.specialist(trip.slug)
        data = {
            "province": province, "direction": trip.direction, "name": trip.name, "level": trip.level,
            "head_name": trip.head_name, "head_title": trip.head_title, "start_date": trip.start,
            "end_date": trip.end, "countries": list(Country.objects.filter(pk__in=trip.countries)),
            "places": trip.places, "host_unit": trip.host_unit, "purpose": trip.purpose,
            "programme": trip.programme, "funding_source": FundingSource.PROVINCIAL_BUDGET, "cost": trip.cost,
            "partner": _partner(context, trip.slug, trip.partner) if trip.partner else None,
        }
        delegation = services.delegation_create(actor=actor, data=data, channel=CHANNEL)
        for full_name, title, unit, role in trip.members:
            services.member_create(actor=actor, channel=CHANNEL, data={
                "delegation": delegation, "full_name": full_name, "title": title, "unit": unit, "role": role})
        _carry_out(delegation, trip, context)


def _partner(context, slug: str, partner: tuple[str, str, str]):
    name, country, partner_type = partner
    return demo_partner(context, slug, name=name, country=country, partner_type=partner_type)
