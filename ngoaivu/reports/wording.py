"""Default Vietnamese wording of each indicator (codes of /work/shared/gold/SCHEMA.md).

Amounts and rates are written "<label> đạt <value>": "kim ngạch xuất khẩu ước đạt 609,1
triệu USD". Counts are written "<subject> [đã|ước] <verb> <n> <count noun>": "tỉnh đã ký
kết 8 thỏa thuận quốc tế". `{locality}` in a subject is "tỉnh" or "thành phố".

Everything is lower case: `sentences` capitalises the start of each sentence.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IndicatorWording:
    label: str  # the figure as a noun phrase, also a table column heading
    subject: str = "{locality}"  # who did it, for counts
    verb: str = "có"
    count_noun: str = ""
    # A stock is stated in the present ("có 134 dự án"), a flow in the past ("đã ký kết").
    is_stock: bool = False
    # A count sentence may carry the capital of the same projects:
    # "cấp mới 2 dự án FDI với tổng vốn đăng ký 69,7 triệu USD".
    capital_code: str | None = None
    capital_phrase: str = ""


ON_TERRITORY = "trên địa bàn {locality}"
WHOLE_LOCALITY = "toàn {locality}"

WORDING: dict[str, IndicatorWording] = {
    # Trade
    "export_value": IndicatorWording("kim ngạch xuất khẩu"),
    "import_value": IndicatorWording("kim ngạch nhập khẩu"),
    "trade_value": IndicatorWording("tổng kim ngạch xuất, nhập khẩu"),
    "export_growth": IndicatorWording("tốc độ tăng xuất khẩu bình quân"),
    "import_growth": IndicatorWording("tốc độ tăng nhập khẩu bình quân"),
    "local_export_growth": IndicatorWording("tốc độ tăng xuất khẩu địa phương bình quân"),
    # Foreign direct investment
    "fdi_new_projects": IndicatorWording(
        "số dự án FDI cấp mới",
        verb="cấp mới",
        count_noun="dự án FDI",
        capital_code="fdi_new_capital",
        capital_phrase="với tổng vốn đăng ký",
    ),
    "fdi_new_capital": IndicatorWording("vốn đăng ký của các dự án FDI cấp mới"),
    "fdi_adjusted_projects": IndicatorWording(
        "số lượt dự án FDI điều chỉnh tăng vốn",
        verb="chấp thuận điều chỉnh tăng vốn cho",
        count_noun="lượt dự án FDI",
        capital_code="fdi_added_capital",
        capital_phrase="với tổng vốn đăng ký tăng thêm",
    ),
    "fdi_added_capital": IndicatorWording("vốn đăng ký tăng thêm của các dự án FDI"),
    "fdi_registered_capital": IndicatorWording("tổng vốn FDI đăng ký cấp mới và tăng thêm"),
    "fdi_active_projects": IndicatorWording(
        "số dự án FDI còn hiệu lực",
        subject=ON_TERRITORY,
        count_noun="dự án FDI còn hiệu lực",
        is_stock=True,
        capital_code="fdi_total_capital",
        capital_phrase="với tổng vốn đầu tư đăng ký",
    ),
    "fdi_total_capital": IndicatorWording("tổng vốn đăng ký của các dự án FDI còn hiệu lực"),
    "fdi_implemented_capital": IndicatorWording("vốn thực hiện của các dự án FDI"),
    "fdi_rank": IndicatorWording(
        "thứ hạng cả nước về thu hút FDI",
        verb="đứng thứ",
        count_noun="cả nước về thu hút đầu tư trực tiếp nước ngoài",
        is_stock=True,
    ),
    # ODA and concessional loans
    "oda_projects": IndicatorWording(
        "số chương trình, dự án ODA đang thực hiện",
        subject=ON_TERRITORY,
        count_noun="chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện",
        is_stock=True,
    ),
    "oda_mobilizing_projects": IndicatorWording(
        "số dự án ODA đang vận động",
        verb="đang vận động",
        count_noun="dự án sử dụng vốn ODA mới",
        is_stock=True,
    ),
    "oda_disbursed": IndicatorWording("vốn ODA thực hiện, giải ngân"),
    # Foreign non-governmental aid (viện trợ PCPNN)
    "ngo_projects": IndicatorWording(
        "số chương trình, dự án viện trợ PCPNN đang triển khai",
        subject=ON_TERRITORY,
        count_noun="chương trình, dự án viện trợ phi chính phủ nước ngoài đang triển khai",
        is_stock=True,
    ),
    "ngo_new_commitments": IndicatorWording(
        "số khoản viện trợ PCPNN mới ký cam kết",
        verb="ký cam kết",
        count_noun="chương trình, dự án, khoản viện trợ phi chính phủ nước ngoài mới",
        capital_code="ngo_committed",
        capital_phrase="với tổng giá trị cam kết",
    ),
    "ngo_committed": IndicatorWording("giá trị viện trợ phi chính phủ nước ngoài cam kết"),
    "ngo_disbursed": IndicatorWording("giá trị giải ngân viện trợ phi chính phủ nước ngoài"),
    "ngo_organizations": IndicatorWording(
        "số tổ chức phi chính phủ nước ngoài hoạt động",
        subject=ON_TERRITORY,
        count_noun="tổ chức phi chính phủ nước ngoài hoạt động",
        is_stock=True,
    ),
    "intl_organizations": IndicatorWording(
        "số tổ chức quốc tế triển khai dự án",
        subject=ON_TERRITORY,
        count_noun="tổ chức quốc tế triển khai dự án",
        is_stock=True,
    ),
    # Agreements, conferences, delegations, promotion
    "agreements_signed": IndicatorWording(
        "số thỏa thuận quốc tế ký kết", verb="ký kết", count_noun="thỏa thuận quốc tế"
    ),
    "intl_conferences": IndicatorWording(
        "số hội nghị, hội thảo quốc tế",
        subject=WHOLE_LOCALITY,
        verb="tổ chức",
        count_noun="hội nghị, hội thảo quốc tế",
    ),
    "delegation_exchanges": IndicatorWording(
        "số hoạt động trao đổi đoàn", verb="tổ chức", count_noun="hoạt động trao đổi đoàn"
    ),
    "investment_promotion_domestic": IndicatorWording(
        "số hội nghị, sự kiện xúc tiến đầu tư trong nước",
        verb="tổ chức",
        count_noun="hội nghị, sự kiện xúc tiến đầu tư trong nước",
    ),
    "investment_promotion_abroad": IndicatorWording(
        "số sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
        verb="tổ chức",
        count_noun="sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
    ),
    "ngo_promotion_conferences": IndicatorWording(
        "số hội nghị vận động viện trợ PCPNN",
        verb="tổ chức",
        count_noun="hội nghị vận động viện trợ phi chính phủ nước ngoài",
    ),
    # Partners and people-to-people diplomacy
    "partner_localities": IndicatorWording(
        "số địa phương nước ngoài có quan hệ hợp tác",
        verb="có quan hệ hợp tác với",
        count_noun="địa phương nước ngoài",
        is_stock=True,
    ),
    "friendship_associations": IndicatorWording(
        "số hội hữu nghị cấp tỉnh",
        subject=WHOLE_LOCALITY,
        count_noun="hội hữu nghị cấp tỉnh",
        is_stock=True,
    ),
    "cultural_events": IndicatorWording(
        "số hoạt động văn hóa đối ngoại", verb="tổ chức", count_noun="hoạt động văn hóa đối ngoại"
    ),
    # Labour abroad
    "workers_abroad": IndicatorWording(
        "số người đi lao động ở nước ngoài",
        subject=WHOLE_LOCALITY,
        verb="đưa",
        count_noun="người đi lao động ở nước ngoài",
    ),
    "remittances": IndicatorWording("lượng kiều hối gửi về"),
}
