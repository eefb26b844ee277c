"""Demo conferences: Hà Tĩnh's 11 international conferences and seminars of 2023 (seed 003),
Thừa Thiên Huế at the online mid-term Vietnam–France decentralised cooperation conference
and preparing for the XIIth one in December 2022 (seed 000), Hà Giang at the Vietnam–Hong Kong
business-connection seminar (seed 001).

The seeds give the count, the events and the year; titles, days and figures of Hà Tĩnh's
eleven are plausible inventions (the text names none of them). One conference of today's
Hà Tĩnh is dated from today so the home page shows a dossier coming due.
"""
import datetime
from dataclasses import dataclass

from django.utils import timezone

from ngoaivu.conferences.choices import ConferenceFormat, ConferenceKind, ConferenceStatus, ProvinceRole
from ngoaivu.conferences.models import Conference
from ngoaivu.core.channels import DEMO_CHANNEL as CHANNEL
from ngoaivu.core.workflow.services import take_step, workflow_create
from ngoaivu.geo.models import Country
from ngoaivu.partners.demo import demo_partner

D = datetime.date
SEMINAR, CONFERENCE, FORUM, ROUNDTABLE = (ConferenceKind.SEMINAR, ConferenceKind.CONFERENCE, ConferenceKind.FORUM,
                                          ConferenceKind.ROUNDTABLE)
IN_PERSON, ONLINE, HYBRID = ConferenceFormat.IN_PERSON, ConferenceFormat.ONLINE, ConferenceFormat.HYBRID


@dataclass
class Event:
    slug: str
    title: str
    kind: str
    organiser: str
    start: datetime.date
    end: datetime.date
    place: str
    topics: str
    participants: int | None
    foreign: int | None
    countries: tuple[str, ...]
    format: str = IN_PERSON
    role: str = ProvinceRole.ORGANISER
    partners: tuple = ()            # (name, country, partner type) found or made in the province
    filed_days_before: int = 35     # the dossier reached the authority this many days before opening
    approval_number: str = ""
    stop_at: str = ConferenceStatus.REPORTED
    today_unit: bool = False


def _hatinh_2023(title, kind, organiser, start, end, place, topics, participants, foreign, countries, number,
                 **extra) -> Event:
    return Event("hatinh", title, kind, organiser, start, end, place, topics, participants, foreign, countries,
                 approval_number=number, **extra)


ADB = ("ADB", None, "organization")
WB = ("WB", None, "organization")
AFD = ("AFD", "FR", "organization")

EVENTS = [
    _hatinh_2023("Hội nghị xúc tiến đầu tư Hà Tĩnh – Hàn Quốc", CONFERENCE, "Sở Kế hoạch và Đầu tư",
                 D(2023, 3, 23), D(2023, 3, 23), "Thành phố Hà Tĩnh",
                 "Giới thiệu tiềm năng, các dự án kêu gọi đầu tư với doanh nghiệp Hàn Quốc.", 150, 35, ("KR",),
                 "812/UBND-NV"),
    _hatinh_2023("Hội thảo quốc tế “Hợp tác phát triển hành lang kinh tế Đường 8 Việt Nam – Lào – Thái Lan”",
                 SEMINAR, "Sở Ngoại vụ", D(2023, 4, 20), D(2023, 4, 21), "Huyện Hương Sơn",
                 "Kết nối giao thông, thương mại, du lịch giữa các tỉnh sử dụng chung Đường 8.", 120, 30,
                 ("LA", "TH"), "1205/UBND-NV", format=HYBRID),
    _hatinh_2023("Hội thảo tham vấn dự án Hạ tầng ưu tiên và phát triển đô thị thích ứng với biến đổi khí hậu "
                 "thành phố Hà Tĩnh", SEMINAR, "UBND thành phố Hà Tĩnh", D(2023, 5, 11), D(2023, 5, 11),
                 "Thành phố Hà Tĩnh", "Tham vấn chuẩn bị dự án vay vốn Ngân hàng Phát triển châu Á (ADB).", 80, 10,
                 (), "1530/UBND-NV", partners=(ADB,)),
    _hatinh_2023("Hội thảo đánh giá tình hình thực hiện các dự án ODA do WB, AFD tài trợ", SEMINAR,
                 "Sở Kế hoạch và Đầu tư", D(2023, 6, 8), D(2023, 6, 8), "Thành phố Hà Tĩnh",
                 "Đẩy nhanh tiến độ thi công, giải ngân các dự án ODA trên địa bàn tỉnh.", 70, 8, ("FR",),
                 "1901/UBND-NV", partners=(WB, AFD)),
    _hatinh_2023("Tọa đàm hợp tác đào tạo nguồn nhân lực với các tỉnh của Lào", ROUNDTABLE, "Trường Đại học Hà Tĩnh",
                 D(2023, 6, 22), D(2023, 6, 22), "Thành phố Hà Tĩnh",
                 "Đào tạo lưu học sinh Lào, trao đổi giảng viên.", 60, 15, ("LA",), "2044/UBND-NV"),
    _hatinh_2023("Hội thảo khoa học quốc tế về bảo tồn và phát huy giá trị di sản văn hóa Hà Tĩnh", SEMINAR,
                 "Sở Văn hóa, Thể thao và Du lịch", D(2023, 8, 17), D(2023, 8, 17), "Thành phố Hà Tĩnh",
                 "Bảo tồn, phát huy giá trị di sản văn hóa gắn với phát triển du lịch.", 150, 12, ("FR", "JP"),
                 "2760/UBND-NV"),
    _hatinh_2023("Hội nghị vận động viện trợ phi chính phủ nước ngoài tỉnh Hà Tĩnh năm 2023", CONFERENCE,
                 "Sở Ngoại vụ", D(2023, 9, 14), D(2023, 9, 14), "Thành phố Hà Tĩnh",
                 "Giới thiệu nhu cầu viện trợ, danh mục chương trình, dự án vận động tài trợ.", 100, 25,
                 ("US", "KR", "AU"), "3102/UBND-NV"),
    _hatinh_2023("Diễn đàn hợp tác du lịch Hà Tĩnh – Bô-ly-khăm-xay – Khăm Muồn", FORUM,
                 "Sở Văn hóa, Thể thao và Du lịch", D(2023, 9, 28), D(2023, 9, 29), "Khu du lịch Thiên Cầm",
                 "Liên kết tour, tuyến du lịch qua Đường 8 và Đường 12.", 90, 20, ("LA", "TH"), "3250/UBND-NV"),
    _hatinh_2023("Hội thảo thúc đẩy hợp tác đầu tư năng lượng tái tạo", SEMINAR, "Sở Công Thương",
                 D(2023, 10, 12), D(2023, 10, 12), "Thành phố Hà Tĩnh",
                 "Cơ hội đầu tư điện gió, điện mặt trời; kinh nghiệm của các nhà đầu tư nước ngoài.", 100, 20,
                 ("JP", "KR"), "3488/UBND-NV"),
    _hatinh_2023("Hội thảo quốc tế về nông nghiệp thông minh thích ứng với biến đổi khí hậu", SEMINAR,
                 "Sở Nông nghiệp và Phát triển nông thôn", D(2023, 11, 2), D(2023, 11, 2), "Thành phố Hà Tĩnh",
                 "Ứng dụng công nghệ trong sản xuất nông nghiệp thích ứng với biến đổi khí hậu.", 90, 10,
                 ("KR", "AU"), "3725/UBND-NV", format=HYBRID, filed_days_before=25),
    _hatinh_2023("Hội nghị kết nối giao thương doanh nghiệp Hà Tĩnh với doanh nghiệp Lào, Thái Lan", CONFERENCE,
                 "Sở Công Thương", D(2023, 11, 23), D(2023, 11, 23), "Thành phố Hà Tĩnh",
                 "Kết nối cung cầu, xúc tiến xuất khẩu hàng hóa qua cửa khẩu quốc tế Cầu Treo.", 120, 30,
                 ("LA", "TH"), "3960/UBND-NV"),
    Event("hue", "Hội nghị trực tuyến giữa kỳ về hợp tác giữa các địa phương Việt Nam – Pháp", CONFERENCE,
          "Bộ Ngoại giao Việt Nam và Hiệp hội các địa phương Pháp", D(2022, 6, 9), D(2022, 6, 9), "",
          "Đánh giá giữa kỳ hợp tác giữa các địa phương hai nước; chuẩn bị Hội nghị hợp tác giữa các địa phương "
          "Việt Nam – Pháp lần thứ XII.", None, None, ("FR",), format=ONLINE, role=ProvinceRole.PARTICIPANT,
          partners=(("Hiệp hội các địa phương Pháp", "FR", "organization"),), approval_number="2650/UBND-NV"),
    # "chuẩn bị kế hoạch tham dự Hội nghị … lần thứ XII dự kiến … vào tháng 12 năm 2022 tại Hà Nội" (day invented).
    Event("hue", "Hội nghị hợp tác giữa các địa phương Việt Nam – Pháp lần thứ XII", CONFERENCE,
          "Bộ Ngoại giao Việt Nam và Hiệp hội các địa phương Pháp", D(2022, 12, 14), D(2022, 12, 15), "Hà Nội",
          "Hợp tác giữa các địa phương hai nước; tỉnh chuẩn bị kế hoạch tham dự.", None, None, ("FR",),
          role=ProvinceRole.PARTICIPANT, partners=(("Hiệp hội các địa phương Pháp", "FR", "organization"),),
          stop_at=ConferenceStatus.DRAFT, filed_days_before=0),
    Event("tuyenquang", "Hội thảo kết nối doanh nghiệp Việt Nam và Hồng Kông", SEMINAR,
          "Chưa rõ (nguồn không nêu đơn vị tổ chức)", D(2023, 4, 14), D(2023, 4, 14), "",
          "Kết nối doanh nghiệp; tỉnh Hà Giang cung cấp thông tin, tài liệu, ấn phẩm xúc tiến đầu tư.", None, None,
          ("HK",), format=ONLINE, role=ProvinceRole.PARTICIPANT, approval_number="1066/UBND-KTTH"),
    Event("hatinh", "Hội thảo xúc tiến đầu tư Hà Tĩnh – Nhật Bản", SEMINAR, "Sở Tài chính",
          timezone.localdate() + datetime.timedelta(days=36), timezone.localdate() + datetime.timedelta(days=36),
          "Thành phố Hà Tĩnh", "Giới thiệu các dự án kêu gọi đầu tư với doanh nghiệp Nhật Bản.", 120, 30, ("JP",),
          stop_at=ConferenceStatus.DRAFT, today_unit=True, filed_days_before=0),
]


def _carry_out(conference, event: Event, context):
    """Take the workflow steps the event went through, as the province's specialist and approver."""
    specialist, approver = context.specialist(event.slug), context.approver(event.slug)
    approved_on = event.start - datetime.timedelta(days=event.filed_days_before - 12)
    # Demo dates never lie ahead: a step cannot be dated in the future.
    today = timezone.localdate()
    filed = min(event.start - datetime.timedelta(days=event.filed_days_before), today)
    approved_on = min(approved_on, today)
    steps = [
        lambda c: take_step(c, "submit", actor=specialist, on=filed, channel=CHANNEL),
        lambda c: take_step(c, "approve", actor=approver, on=approved_on, channel=CHANNEL,
                            values={"approval_number": event.approval_number}),
        lambda c: take_step(c, "complete", actor=specialist, channel=CHANNEL),
        lambda c: take_step(
            c, "report", actor=specialist, channel=CHANNEL, on=event.end + datetime.timedelta(days=10),
            values={"report_text": "Hội nghị diễn ra đúng chương trình, bảo đảm an ninh, an toàn; "
                                      "báo cáo theo Mẫu 02."}),
    ]
    for take in steps:
        if conference.status == event.stop_at:
            break
        conference = take(conference)
    return conference


def load(context) -> None:
    for event in EVENTS:
        province = (context.provinces if event.today_unit else context.historic)[event.slug]
        if Conference.objects.filter(province=province, title=event.title).exists():
            continue
        data = {
            "province": province, "title": event.title, "kind": event.kind, "province_role": event.role,
            "organiser": event.organiser, "start_date": event.start, "end_date": event.end, "place": event.place,
            "format": event.format, "topics": event.topics, "participants": event.participants,
            "foreign_participants": event.foreign,
            "countries": list(Country.objects.filter(pk__in=event.countries)),
            "co_organisers": [demo_partner(context, event.slug, name=name, country=country, partner_type=kind)
                              for name, country, kind in event.partners],
        }
        conference = workflow_create(Conference, actor=context.specialist(event.slug), data=data, channel=CHANNEL)
        _carry_out(conference, event, context)
