"""Demo FDI projects and promotion events, faithful to the seed texts.

The figures the texts state hold on these records (Huế: 1 project certified in the first
half of 2022 for 25 million USD; Hà Giang: 4 active projects, 3,69 million USD; Hà Tĩnh:
2 projects approved in 2023, 69,7 million USD; Thái Nguyên: 1 promotion event in the
province and 12 abroad in 2016–2020). Thanh Hóa and Thái Nguyên get a representative
sample only: their five-year totals (79 and 91 projects) are entered as observations.
Project and investor names are invented where the texts name none.
"""
from datetime import date
from decimal import Decimal

from ngoaivu.core.services import record_create
from ngoaivu.investment import services
from ngoaivu.investment.choices import CertificateKind
from ngoaivu.investment.models import FdiProject, PromotionEvent

CHANNEL = "demo"
POLICY = CertificateKind.POLICY_APPROVAL

# slug → [(project, investor, country, certificate date, capital USD, location, VSIC section,
#          [(adjusted on, added capital)], [(period start or None, period end, implemented)], kind)]
PROJECTS = {
    "hue": [
        ("Nhà máy sản xuất nguyên phụ liệu dệt may Phú Bài", "Công ty TNHH Phụ liệu dệt may Hoa Phong", "TW",
         date(2022, 4, 19), "25000000", "Khu công nghiệp Phú Bài, thị xã Hương Thủy", "C", [], [], None),
    ],
    "tuyenquang": [
        ("Nhà máy chế biến chè Shan tuyết xuất khẩu", "Công ty TNHH Chè Vân Sơn", "CN", date(2012, 8, 14),
         "1200000", "Xã Cao Bồ, huyện Vị Xuyên", "C", [], [], None),
        ("Nhà máy sản xuất ván bóc, gỗ ép", "Công ty TNHH Lâm sản Quảng Tây Hưng Thịnh", "CN", date(2016, 5, 10),
         "950000", "Xã Việt Vinh, huyện Bắc Quang", "C", [], [], None),
        ("Khu du lịch sinh thái cộng đồng Cao nguyên đá", "Công ty TNHH Du lịch Hautes Terres", "FR",
         date(2019, 11, 20), "890000", "Huyện Đồng Văn", "I", [], [], None),
        ("Xưởng may mặc xuất khẩu Bắc Quang", "Công ty TNHH May mặc Hanil Vina", "KR", date(2021, 3, 2), "500000",
         "Thị trấn Việt Quang, huyện Bắc Quang", "C", [(date(2022, 9, 15), "150000")], [], None),
    ],
    "thanhhoa": [
        ("Nhà máy sản xuất giày da xuất khẩu Hoằng Hóa", "Công ty TNHH Giày Chí Hùng", "TW", date(2017, 3, 15),
         "60000000", "Huyện Hoằng Hóa", "C", [(date(2020, 7, 1), "25000000")],
         [(None, date(2019, 12, 31), "52000000"), (date(2020, 1, 1), date(2020, 12, 31), "18000000")], None),
        ("Nhà máy may mặc Yên Định", "Công ty TNHH Sungjin Apparel", "KR", date(2018, 6, 20), "12000000",
         "Khu công nghiệp Thiệu Yên, huyện Yên Định", "C", [], [], None),
        ("Nhà máy chế biến gỗ xuất khẩu Lam Sơn", "Công ty TNHH Gỗ Phúc Long", "CN", date(2016, 11, 4), "8500000",
         "Khu công nghiệp Lam Sơn – Sao Vàng", "C", [], [], None),
        ("Nhà máy linh kiện điện tử Nghi Sơn", "Công ty TNHH Điện tử Kitaura Việt Nam", "JP", date(2019, 9, 10),
         "45000000", "Khu kinh tế Nghi Sơn", "C", [], [], None),
        ("Nhà máy sản xuất phụ tùng ô tô Hoàng Long", "Công ty TNHH Phụ tùng Daiwa Motors", "JP",
         date(2020, 8, 12), "30000000", "Khu công nghiệp Hoàng Long, thành phố Thanh Hóa", "C", [], [], None),
    ],
    "hatinh": [
        ("Nhà máy sản xuất sợi và vải kỹ thuật Vũng Áng", "Công ty TNHH Sợi Phương Đông", "TW", date(2023, 5, 16),
         "44700000", "Khu kinh tế Vũng Áng, thị xã Kỳ Anh", "C", [], [], POLICY),
        ("Nhà máy sản xuất bao bì công nghiệp Gia Lách", "Công ty TNHH Bao bì Hanpack", "KR", date(2023, 10, 9),
         "25000000", "Khu công nghiệp Gia Lách, huyện Nghi Xuân", "C", [], [], POLICY),
    ],
    "thainguyen": [
        ("Nhà máy sản xuất linh kiện điện thoại Yên Bình", "Công ty TNHH Hanwoo Electronics Vina", "KR",
         date(2016, 4, 12), "120000000", "Khu công nghiệp Yên Bình, thị xã Phổ Yên", "C",
         [(date(2018, 7, 3), "60000000")],
         [(None, date(2018, 12, 31), "110000000"), (date(2019, 1, 1), date(2019, 12, 31), "40000000"),
          (date(2020, 1, 1), date(2020, 12, 31), "20000000")], None),
        ("Nhà máy sản xuất vỏ điện thoại Điềm Thụy", "Công ty TNHH Seoul Precision Vina", "KR", date(2017, 9, 5),
         "85000000", "Khu công nghiệp Điềm Thụy, huyện Phú Bình", "C", [(date(2019, 10, 21), "27870000")],
         [(None, date(2020, 12, 31), "96500000")], None),
        ("Nhà máy sản xuất bao bì, khay nhựa Sông Công", "Công ty TNHH Nhựa Thắng Lợi Quảng Đông", "CN",
         date(2018, 3, 21), "15430000", "Khu công nghiệp Sông Công I", "C", [], [], None),
        ("Nhà máy sản xuất camera module Yên Bình", "Công ty TNHH Optics Vision Vina", "KR", date(2019, 6, 18),
         "50000000", "Khu công nghiệp Yên Bình, thị xã Phổ Yên", "C", [], [], None),
        ("Nhà máy dệt nhuộm Nam Phổ Yên", "Công ty TNHH Dệt Takahashi Việt Nam", "JP", date(2020, 2, 10),
         "20000000", "Khu công nghiệp Nam Phổ Yên", "C", [], [], None),
    ],
}

# slug → [(title, kind, location kind, country, venue, start, end, organiser, outcomes, MoUs signed)]
EVENTS = {
    "tuyenquang": [
        ("Hội chợ thương mại du lịch quốc tế Việt – Trung và Lễ kỷ niệm 30 năm khôi phục mở cửa khẩu Thanh Thủy – "
         "Thiên Bảo", "combined", "abroad", "CN", "Huyện Malipo, tỉnh Vân Nam", date(2023, 5, 26), date(2023, 5, 28),
         "Sở Công Thương tỉnh Hà Giang", "Quảng bá sản phẩm nông sản, du lịch của tỉnh.", 0),
        ("Hội thảo kết nối doanh nghiệp Việt Nam và Hồng Kông", "trade", "in_country", None, "Hà Nội",
         date(2023, 4, 14), None, "Sở Kế hoạch và Đầu tư tỉnh Hà Giang",
         "Cung cấp thông tin, ấn phẩm xúc tiến đầu tư của tỉnh.", 0),
    ],
    "thainguyen": [
        ("Hội nghị xúc tiến đầu tư tỉnh Thái Nguyên năm 2018", "investment", "in_province", None,
         "Thành phố Thái Nguyên", date(2018, 9, 12), None, "UBND tỉnh Thái Nguyên",
         "Trao quyết định chủ trương đầu tư, ký biên bản ghi nhớ với các nhà đầu tư.", 12),
        ("Hội nghị xúc tiến đầu tư tỉnh Thái Nguyên tại Seoul", "investment", "abroad", "KR", "Seoul",
         date(2016, 10, 18), date(2016, 10, 19), "UBND tỉnh Thái Nguyên", "", 3),
        ("Xúc tiến đầu tư, thương mại tại Nhật Bản", "combined", "abroad", "JP", "Tokyo", date(2017, 3, 7),
         date(2017, 3, 10), "UBND tỉnh Thái Nguyên", "", 2),
        ("Hội nghị xúc tiến đầu tư tại thành phố Busan", "investment", "abroad", "KR", "Busan", date(2017, 11, 2),
         None, "Sở Kế hoạch và Đầu tư", "", 1),
        ("Tham gia Hội chợ Trà quốc tế Quảng Châu", "trade", "abroad", "CN", "Quảng Châu", date(2018, 5, 10),
         date(2018, 5, 13), "Sở Công Thương", "Giới thiệu chè Thái Nguyên.", 0),
        ("Xúc tiến thương mại, quảng bá chè Thái Nguyên tại Hoa Kỳ", "trade", "abroad", "US", "San Francisco",
         date(2018, 8, 20), date(2018, 8, 24), "Sở Công Thương", "", 0),
        ("Hội nghị xúc tiến đầu tư tại Đài Loan", "investment", "abroad", "TW", "Đài Bắc", date(2018, 11, 27), None,
         "Sở Kế hoạch và Đầu tư", "", 2),
        ("Xúc tiến du lịch, thương mại tại Pháp", "combined", "abroad", "FR", "Paris", date(2019, 3, 18),
         date(2019, 3, 21), "Sở Văn hóa, Thể thao và Du lịch", "", 0),
        ("Xúc tiến hợp tác đầu tư tại Phần Lan", "investment", "abroad", "FI", "Helsinki", date(2019, 5, 14), None,
         "UBND tỉnh Thái Nguyên", "", 1),
        ("Xúc tiến hợp tác đầu tư tại Thụy Điển", "investment", "abroad", "SE", "Stockholm", date(2019, 5, 16), None,
         "UBND tỉnh Thái Nguyên", "", 1),
        ("Xúc tiến thương mại tại Lào", "trade", "abroad", "LA", "Viêng Chăn", date(2019, 7, 8), date(2019, 7, 10),
         "Sở Công Thương", "", 0),
        ("Hội nghị xúc tiến đầu tư tại tỉnh Gyeonggi", "investment", "abroad", "KR", "Suwon", date(2019, 9, 24), None,
         "UBND tỉnh Thái Nguyên", "", 2),
        ("Hội nghị xúc tiến đầu tư tại Tokyo", "investment", "abroad", "JP", "Tokyo", date(2019, 11, 5), None,
         "UBND tỉnh Thái Nguyên", "", 2),
    ],
}


def _load_project(actor, province, row) -> None:
    name, investor, country, certified, capital, location, sector, adjustments, implemented, kind = row
    project = record_create(FdiProject, actor=actor, channel=CHANNEL, data={
        "province": province, "name": name, "investor_name": investor, "investor_country_id": country,
        "certificate_kind": kind or CertificateKind.REGISTRATION, "certificate_date": certified,
        "registered_capital": Decimal(capital), "location": location, "sector": sector})
    for adjusted_on, added in adjustments:
        services.fdi_adjustment_create(actor=actor, channel=CHANNEL, data={
            "project": project, "adjusted_on": adjusted_on, "added_capital": Decimal(added)})
    for start, end, amount in implemented:
        services.fdi_implementation_create(actor=actor, channel=CHANNEL, data={
            "project": project, "period_start": start, "period_end": end, "amount": Decimal(amount)})


def load(context) -> None:
    for slug, rows in PROJECTS.items():
        province, actor = context.historic[slug], context.specialist(slug)
        for row in rows:
            if not FdiProject.objects.filter(province=province, name=row[0]).exists():
                _load_project(actor, province, row)
    for slug, rows in EVENTS.items():
        province, actor = context.historic[slug], context.specialist(slug)
        for title, kind, where, country, venue, start, end, organiser, outcomes, signed in rows:
            if PromotionEvent.objects.filter(province=province, title=title).exists():
                continue
            record_create(PromotionEvent, actor=actor, channel=CHANNEL, data={
                "province": province, "title": title, "kind": kind, "location_kind": where, "country_id": country,
                "venue": venue, "start_date": start, "end_date": end, "organiser": organiser, "outcomes": outcomes,
                "agreements_signed": signed})
