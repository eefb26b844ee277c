"""Default Vietnamese wording of each indicator (codes of /work/shared/gold/SCHEMA.md).

Amounts and rates are written "<label> đạt <value>": "kim ngạch xuất khẩu ước đạt 609,1
triệu USD". Counts are written "<subject> [đã|ước] <verb> <n> <count noun>": "tỉnh đã ký
kết 8 thỏa thuận quốc tế". `{locality}` in a subject is "tỉnh" or "thành phố".

Everything is lower case: `sentences` capitalises the start of each sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from ngoaivu.indicators.catalogue import Code


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
    Code.EXPORT_VALUE: IndicatorWording("kim ngạch xuất khẩu"),
    Code.IMPORT_VALUE: IndicatorWording("kim ngạch nhập khẩu"),
    Code.TRADE_VALUE: IndicatorWording("tổng kim ngạch xuất, nhập khẩu"),
    Code.EXPORT_GROWTH: IndicatorWording("tốc độ tăng xuất khẩu bình quân"),
    Code.IMPORT_GROWTH: IndicatorWording("tốc độ tăng nhập khẩu bình quân"),
    Code.LOCAL_EXPORT_GROWTH: IndicatorWording("tốc độ tăng xuất khẩu địa phương bình quân"),
    # Foreign direct investment
    Code.FDI_NEW_PROJECTS: IndicatorWording(
        "số dự án FDI cấp mới",
        verb="cấp mới",
        count_noun="dự án FDI",
        capital_code=Code.FDI_NEW_CAPITAL,
        capital_phrase="với tổng vốn đăng ký",
    ),
    Code.FDI_NEW_CAPITAL: IndicatorWording("vốn đăng ký của các dự án FDI cấp mới"),
    Code.FDI_ADJUSTED_PROJECTS: IndicatorWording(
        "số lượt dự án FDI điều chỉnh tăng vốn",
        verb="chấp thuận điều chỉnh tăng vốn cho",
        count_noun="lượt dự án FDI",
        capital_code=Code.FDI_ADDED_CAPITAL,
        capital_phrase="với tổng vốn đăng ký tăng thêm",
    ),
    Code.FDI_ADDED_CAPITAL: IndicatorWording("vốn đăng ký tăng thêm của các dự án FDI"),
    Code.FDI_REGISTERED_CAPITAL: IndicatorWording("tổng vốn FDI đăng ký cấp mới và tăng thêm"),
    Code.FDI_ACTIVE_PROJECTS: IndicatorWording(
        "số dự án FDI còn hiệu lực",
        subject=ON_TERRITORY,
        count_noun="dự án FDI còn hiệu lực",
        is_stock=True,
        capital_code=Code.FDI_TOTAL_CAPITAL,
        capital_phrase="với tổng vốn đầu tư đăng ký",
    ),
    Code.FDI_TOTAL_CAPITAL: IndicatorWording("tổng vốn đăng ký của các dự án FDI còn hiệu lực"),
    Code.FDI_IMPLEMENTED_CAPITAL: IndicatorWording("vốn thực hiện của các dự án FDI"),
    Code.FDI_RANK: IndicatorWording(
        "thứ hạng cả nước về thu hút FDI",
        verb="đứng thứ",
        count_noun="cả nước về thu hút đầu tư trực tiếp nước ngoài",
        is_stock=True,
    ),
    # ODA and concessional loans
    Code.ODA_PROJECTS: IndicatorWording(
        "số chương trình, dự án ODA đang thực hiện",
        subject=ON_TERRITORY,
        count_noun="chương trình, dự án ODA và vốn vay ưu đãi đang thực hiện",
        is_stock=True,
    ),
    Code.ODA_MOBILIZING_PROJECTS: IndicatorWording(
        "số dự án ODA đang vận động",
        verb="đang vận động",
        count_noun="dự án sử dụng vốn ODA mới",
        is_stock=True,
    ),
    Code.ODA_DISBURSED: IndicatorWording("vốn ODA thực hiện, giải ngân"),
    # Foreign non-governmental aid (viện trợ PCPNN)
    Code.NGO_PROJECTS: IndicatorWording(
        "số chương trình, dự án viện trợ PCPNN đang triển khai",
        subject=ON_TERRITORY,
        count_noun="chương trình, dự án viện trợ phi chính phủ nước ngoài đang triển khai",
        is_stock=True,
    ),
    Code.NGO_NEW_COMMITMENTS: IndicatorWording(
        "số khoản viện trợ PCPNN mới ký cam kết",
        verb="ký cam kết",
        count_noun="chương trình, dự án, khoản viện trợ phi chính phủ nước ngoài mới",
        capital_code=Code.NGO_COMMITTED,
        capital_phrase="với tổng giá trị cam kết",
    ),
    Code.NGO_COMMITTED: IndicatorWording("giá trị viện trợ phi chính phủ nước ngoài cam kết"),
    Code.NGO_DISBURSED: IndicatorWording("giá trị giải ngân viện trợ phi chính phủ nước ngoài"),
    Code.NGO_ORGANIZATIONS: IndicatorWording(
        "số tổ chức phi chính phủ nước ngoài hoạt động",
        subject=ON_TERRITORY,
        count_noun="tổ chức phi chính phủ nước ngoài hoạt động",
        is_stock=True,
    ),
    Code.INTL_ORGANIZATIONS: IndicatorWording(
        "số tổ chức quốc tế triển khai dự án",
        subject=ON_TERRITORY,
        count_noun="tổ chức quốc tế triển khai dự án",
        is_stock=True,
    ),
    # Agreements, conferences, delegations, promotion
    Code.AGREEMENTS_SIGNED: IndicatorWording(
        "số thỏa thuận quốc tế ký kết", verb="ký kết", count_noun="thỏa thuận quốc tế"
    ),
    Code.INTL_CONFERENCES: IndicatorWording(
        "số hội nghị, hội thảo quốc tế",
        subject=WHOLE_LOCALITY,
        verb="tổ chức",
        count_noun="hội nghị, hội thảo quốc tế",
    ),
    Code.DELEGATION_EXCHANGES: IndicatorWording(
        "số hoạt động trao đổi đoàn", verb="tổ chức", count_noun="hoạt động trao đổi đoàn"
    ),
    Code.INVESTMENT_PROMOTION_DOMESTIC: IndicatorWording(
        "số hội nghị, sự kiện xúc tiến đầu tư trong nước",
        verb="tổ chức",
        count_noun="hội nghị, sự kiện xúc tiến đầu tư trong nước",
    ),
    Code.INVESTMENT_PROMOTION_ABROAD: IndicatorWording(
        "số sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
        verb="tổ chức",
        count_noun="sự kiện xúc tiến đầu tư, thương mại ở nước ngoài",
    ),
    Code.NGO_PROMOTION_CONFERENCES: IndicatorWording(
        "số hội nghị vận động viện trợ PCPNN",
        verb="tổ chức",
        count_noun="hội nghị vận động viện trợ phi chính phủ nước ngoài",
    ),
    # Partners and people-to-people diplomacy
    Code.PARTNER_LOCALITIES: IndicatorWording(
        "số địa phương nước ngoài có quan hệ hợp tác",
        verb="có quan hệ hợp tác với",
        count_noun="địa phương nước ngoài",
        is_stock=True,
    ),
    Code.FRIENDSHIP_ASSOCIATIONS: IndicatorWording(
        "số hội hữu nghị cấp tỉnh",
        subject=WHOLE_LOCALITY,
        count_noun="hội hữu nghị cấp tỉnh",
        is_stock=True,
    ),
    Code.CULTURAL_EVENTS: IndicatorWording(
        "số hoạt động văn hóa đối ngoại", verb="tổ chức", count_noun="hoạt động văn hóa đối ngoại"
    ),
    # Labour abroad
    Code.WORKERS_ABROAD: IndicatorWording(
        "số người đi lao động ở nước ngoài",
        subject=WHOLE_LOCALITY,
        verb="đưa",
        count_noun="người đi lao động ở nước ngoài",
    ),
    Code.REMITTANCES: IndicatorWording("lượng kiều hối gửi về"),
}
