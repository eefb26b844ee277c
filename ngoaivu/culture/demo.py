"""Demo cultural diplomacy, as the seed texts state it.

Activities a text reports without a date carry the date (or the term) of the report,
and the note says so.
"""
import datetime

from ngoaivu.culture import services
from ngoaivu.culture.choices import CulturalEventKind, Venue
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.demo import demo_partner

D = datetime.date
L, O = PartnerType.LOCALITY, PartnerType.ORGANIZATION
HUE_REPORT = "Theo báo cáo ngày 02/08/2022; ngày cụ thể chưa cập nhật."
# "tiếp tục giữ mối liên lạc … thông qua hoạt động giao lưu thư viện": exchanges carried on
# through 2022 up to the report, dated from the start of the year.
HUE_EXCHANGES = {"start_date": D(2022, 1, 1), "end_date": D(2022, 8, 2)}
THANHHOA_TERM = "Tổng kết công tác đối ngoại 2016-2021 của tỉnh."
TAY_DO = "Thành Nhà Hồ (kinh thành Tây Đô)"

# slug → [(event fields, [(partner name, original name, type, country)])]
EVENTS = {
    "hue": [
        ({"title": "Trao học bổng Tài năng Odon Vallet năm 2022", "kind": CulturalEventKind.EDUCATION,
          "start_date": D(2022, 8, 2), "venue": Venue.IN_PROVINCE, "country_id": "FR",
          "note": f"Phối hợp Trung tâm Khoa học và Giáo dục Gặp gỡ Việt Nam. {HUE_REPORT}"}, []),
        ({"title": "Giao lưu thư viện, quảng bá văn hóa, du lịch với các tỉnh Gifu, Niigata, Nara, Kyoto, Shiga",
          "kind": CulturalEventKind.EXCHANGE, **HUE_EXCHANGES, "venue": Venue.ONLINE, "country_id": "JP",
          "note": f"Hợp tác quảng bá song phương trên các phương tiện truyền thông. {HUE_REPORT}"},
         [("Tỉnh Gifu", "Gifu", L, "JP"), ("Tỉnh Niigata", "Niigata", L, "JP"), ("Tỉnh Nara", "Nara", L, "JP"),
          ("Phủ Kyoto", "Kyoto", L, "JP"), ("Tỉnh Shiga", "Shiga", L, "JP")]),
        ({"title": "Giao lưu thư viện, quảng bá văn hóa, du lịch với chính quyền Thủ đô Băng Cốc",
          "kind": CulturalEventKind.EXCHANGE, **HUE_EXCHANGES, "venue": Venue.ONLINE, "country_id": "TH",
          "note": HUE_REPORT},
         [("Chính quyền Thủ đô Băng Cốc", "Bangkok", L, "TH")]),
    ],
    "thanhhoa": [
        ({"title": "Xây dựng, đề xuất các đề án bảo tồn, quảng bá giá trị Di sản Thành Nhà Hồ",
          "kind": CulturalEventKind.HERITAGE, "heritage_name": "Di sản Thành Nhà Hồ",
          "start_date": D(2016, 1, 1), "end_date": D(2020, 12, 31), "venue": Venue.IN_PROVINCE,
          "note": f"Phối hợp Ủy ban Quốc gia UNESCO Việt Nam và Văn phòng UNESCO Hà Nội. {THANHHOA_TERM}"},
         [("UNESCO", "UNESCO", O, None)]),
        ({"title": "Dự án Tu sửa cấp thiết mái vòm và bảo tồn cổng thành phía Nam, Di sản Thành Nhà Hồ",
          "kind": CulturalEventKind.HERITAGE, "heritage_name": "Di sản Thành Nhà Hồ",
          "start_date": D(2016, 1, 1), "end_date": D(2020, 12, 31), "venue": Venue.IN_PROVINCE,
          "note": THANHHOA_TERM}, []),
        ({"title": "Đề án Nghiên cứu và bảo tồn Minh Văn trên gạch xây dựng kinh thành Tây Đô",
          "kind": CulturalEventKind.HERITAGE, "heritage_name": TAY_DO, "start_date": D(2016, 1, 1),
          "end_date": D(2020, 12, 31), "venue": Venue.IN_PROVINCE, "country_id": "NL",
          "note": f"Tài trợ của Quỹ Prince Claus (Hà Lan). {THANHHOA_TERM}"},
         [("Quỹ Prince Claus", "Prince Claus Fund", O, "NL")]),
    ],
}


def load(context) -> None:
    for slug, events in EVENTS.items():
        actor, province = context.specialist(slug), context.historic[slug]
        for fields, partner_rows in events:
            partners = [demo_partner(context, slug, name=name, original=original, partner_type=kind, country=country)
                        for name, original, kind, country in partner_rows]
            services.cultural_event_create(actor=actor, channel="demo",
                                           data={**fields, "province": province, "partners": partners})
