"""Demo partners: the foreign partners the seed texts name, with the status they state."""
import datetime

from ngoaivu.core.channels import DEMO_CHANNEL
from ngoaivu.partners import services
from ngoaivu.partners.choices import PartnerStatus, PartnerType, RelationType
from ngoaivu.partners.models import Partner
from ngoaivu.partners.selectors import partner_find_match

L, O, E = PartnerType.LOCALITY, PartnerType.ORGANIZATION, PartnerType.EMBASSY
ACTIVE, PLANNED = PartnerStatus.ACTIVE, PartnerStatus.PLANNED

# slug → [(Vietnamese name, original name, type, country, status, relation, established, note)]
SEED_PARTNERS = {
    "hue": [
        ("Tỉnh Gifu", "Gifu", L, "JP", ACTIVE, RelationType.COOPERATION, None, "Giao lưu thư viện, quảng bá văn hóa, du lịch"),
        ("Tỉnh Niigata", "Niigata", L, "JP", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Tỉnh Nara", "Nara", L, "JP", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Phủ Kyoto", "Kyoto", L, "JP", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Tỉnh Shiga", "Shiga", L, "JP", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Chính quyền Thủ đô Băng Cốc", "Bangkok", L, "TH", ACTIVE, RelationType.COOPERATION, None, ""),
        ("UNESCO", "UNESCO", O, None, PLANNED, RelationType.DONOR, None, "Vận động bảo tồn Quần thể di tích Cố đô Huế"),
    ],
    "tuyenquang": [
        ("Quận Boeun", "Boeun-gun", L, "KR", ACTIVE, RelationType.COOPERATION, datetime.date(2023, 3, 15), "Lao động thời vụ"),
        ("Huyện Hadong", "Hadong-gun", L, "KR", ACTIVE, RelationType.COOPERATION, datetime.date(2023, 4, 20),
         "Thỏa thuận lao động thời vụ với UBND huyện Bắc Quang"),
        ("Cơ quan xúc tiến Thương mại và Đầu tư Hàn Quốc", "KOTRA", O, "KR", ACTIVE, RelationType.COOPERATION, None, ""),
        ("JICA", "Japan International Cooperation Agency", O, "JP", PLANNED, RelationType.DONOR, None, "Vận động vốn vay ODA mới"),
        ("ADB", "Asian Development Bank", O, None, PLANNED, RelationType.DONOR, None, "Vận động vốn vay ODA mới"),
        ("WB", "World Bank", O, None, PLANNED, RelationType.DONOR, None, "Vận động vốn vay ODA mới"),
    ],
    "thanhhoa": [
        ("Tỉnh Hủa Phăn", "Houaphanh", L, "LA", ACTIVE, RelationType.SPECIAL, None, "Quan hệ truyền thống đặc biệt"),
        ("Tỉnh Xiêng Khoảng", "Xiangkhouang", L, "LA", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Tỉnh Luông Pha Băng", "Luang Prabang", L, "LA", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Thành phố Seongnam", "Seongnam", L, "KR", ACTIVE, RelationType.FRIENDSHIP, None, ""),
        ("Tỉnh Mittelsachsen", "Landkreis Mittelsachsen", L, "DE", ACTIVE, RelationType.FRIENDSHIP, None, ""),
        ("Tỉnh Farwaniyah", "Al Farwaniyah", L, "KW", ACTIVE, RelationType.FRIENDSHIP, None, ""),
        ("Tỉnh Tula", "Tula Oblast", L, "RU", PLANNED, RelationType.FRIENDSHIP, None, "Đang xúc tiến thiết lập quan hệ"),
        ("WB", "World Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("ADB", "Asian Development Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("KEXIMBANK", "Export-Import Bank of Korea", O, "KR", ACTIVE, RelationType.DONOR, None, ""),
        ("JICA", "Japan International Cooperation Agency", O, "JP", PLANNED, RelationType.DONOR, None, ""),
        ("KOICA", "Korea International Cooperation Agency", O, "KR", PLANNED, RelationType.DONOR, None, ""),
        ("USAID", "United States Agency for International Development", O, "US", PLANNED, RelationType.DONOR, None, ""),
        ("UNESCO", "UNESCO", O, None, ACTIVE, RelationType.COOPERATION, None, "Bảo tồn, quảng bá Di sản Thành Nhà Hồ"),
        ("Quỹ Prince Claus", "Prince Claus Fund", O, "NL", ACTIVE, RelationType.DONOR, None, "Bảo tồn Minh Văn trên gạch"),
        ("Tổ chức Tầm nhìn Thế giới", "World Vision", PartnerType.NGO, None, ACTIVE, RelationType.DONOR, None, "Nghề dệt thổ cẩm"),
        ("Tổ chức CARE", "CARE International", PartnerType.NGO, None, ACTIVE, RelationType.DONOR, None, "Nghề dệt thổ cẩm"),
        ("Đại sứ quán Hoa Kỳ", "Embassy of the United States", E, "US", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Hungary", "Embassy of Hungary", E, "HU", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Đan Mạch", "Embassy of Denmark", E, "DK", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Ireland", "Embassy of Ireland", E, "IE", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Ấn Độ", "Embassy of India", E, "IN", ACTIVE, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Nhật Bản", "Embassy of Japan", E, "JP", PLANNED, RelationType.COOPERATION, None, ""),
        ("Đại sứ quán Úc", "Embassy of Australia", E, "AU", PLANNED, RelationType.COOPERATION, None, ""),
    ],
    "hatinh": [
        ("WB", "World Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("ADB", "Asian Development Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("AFD", "Agence française de développement", O, "FR", ACTIVE, RelationType.DONOR, None, ""),
    ],
    "thainguyen": [
        ("WB", "World Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("ADB", "Asian Development Bank", O, None, ACTIVE, RelationType.DONOR, None, ""),
        ("Đại sứ quán Hoa Kỳ", "Embassy of the United States", E, "US", ACTIVE, RelationType.COOPERATION, None, ""),
    ],
}


def load(context) -> None:
    for slug, rows in SEED_PARTNERS.items():
        province = context.historic[slug]
        actor = context.specialist(slug)
        for name, original, kind, country, status, relation, established, note in rows:
            if Partner.objects.filter(province=province, name=name, country_id=country).exists():
                continue
            services.partner_create(actor=actor, channel="demo", data={
                "province": province, "name": name, "name_original": original, "partner_type": kind,
                "country_id": country, "status": status, "relation_type": relation,
                "established_on": established, "notes": note,
            })


def demo_partner(context, slug: str, *, name: str, partner_type: str, country: str | None, original: str = ""):
    """The partner another demo's seed names: the partners demo's row when there is one (by its
    Vietnamese or original name), else a new one through the partner services."""
    actor = context.specialist(slug)
    found = partner_find_match(user=actor, name=name, country_code=country) or (
        original and partner_find_match(user=actor, name=original, country_code=country))
    return found or services.partner_create(actor=actor, channel=DEMO_CHANNEL, data={
        "province": context.historic[slug], "name": name, "name_original": original,
        "partner_type": partner_type, "country_id": country,
    })
