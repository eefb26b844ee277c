"""Demo gates and trade figures, as the seed texts state them.

Figures a year earlier are not in the texts: the values worked back from the change the
text gives (609,1 / 1,176 = 517,95) are not trade records but approximate observations
(indicators/demo.py), so that reports mark them as derived.
Dates the texts do not give (when a gate closed for COVID-19) are plausible, and the
reason says so.
"""
import datetime
from decimal import Decimal

from ngoaivu.core.services import record_create
from ngoaivu.trade import services
from ngoaivu.trade.choices import GateClass, GateStatus, TradeFlow
from ngoaivu.trade.models import TradeFigure

D = datetime.date
MILLION = Decimal(10) ** 6
CENT = Decimal("0.01")
COVID_CLOSURE = "Tạm dừng xuất nhập cảnh để phòng, chống dịch COVID-19 (ngày minh họa)."

# slug → [(gate fields, [(date, status, reason)])]
GATES = {
    "hue": [
        ({"name_vn": "A Đớt", "name_foreign": "Tà Vàng", "country_id": "LA", "gate_class": GateClass.MAIN,
          "location": "Xã A Đớt, huyện A Lưới"},
         [(D(2020, 4, 1), GateStatus.TEMPORARILY_CLOSED, COVID_CLOSURE),
          (D(2022, 5, 9), GateStatus.REOPENED, "Mở lại sau dịch COVID-19 (báo cáo ngày 02/08/2022).")]),
        ({"name_vn": "Hồng Vân", "name_foreign": "Cô Tài", "country_id": "LA", "gate_class": GateClass.MAIN,
          "location": "Xã Hồng Vân, huyện A Lưới"},
         [(D(2020, 4, 1), GateStatus.TEMPORARILY_CLOSED, COVID_CLOSURE),
          (D(2022, 5, 9), GateStatus.REOPENED, "Mở lại sau dịch COVID-19 (báo cáo ngày 02/08/2022).")]),
    ],
    "tuyenquang": [
        ({"name_vn": "Thanh Thủy", "name_foreign": "Thiên Bảo", "country_id": "CN",
          "gate_class": GateClass.INTERNATIONAL,
          "location": "Xã Thanh Thủy, huyện Vị Xuyên; phía Trung Quốc: huyện Malypho"},
         [(D(1993, 1, 1), GateStatus.REOPENED,
           "Khôi phục mở cửa khẩu năm 1993; năm 2023 kỷ niệm 30 năm (ngày trong năm chưa xác minh).")]),
        ({"name_vn": "Xín Mần", "name_foreign": "Đô Long", "country_id": "CN", "gate_class": GateClass.MAIN,
          "location": "Huyện Xín Mần"},
         [(D(2020, 2, 1), GateStatus.TEMPORARILY_CLOSED, COVID_CLOSURE),
          (D(2023, 3, 1), GateStatus.REOPENED, "Hoạt động trở lại năm 2023 (ngày minh họa).")]),
    ],
}

SOURCES = {
    "hue": "UBND tỉnh Thừa Thiên Huế, báo cáo tại buổi làm việc với Bộ Ngoại giao (02/08/2022)",
    "hatinh": "Sở Ngoại vụ Hà Tĩnh, hội nghị tổng kết công tác đối ngoại năm 2023 (08/12/2023)",
    "tuyenquang": "Sở Ngoại vụ Hà Giang, kết quả ngoại giao kinh tế 6 tháng đầu năm 2023",
    "thanhhoa": "Tỉnh ủy, UBND tỉnh Thanh Hóa, tổng kết công tác đối ngoại 2016-2021",
}
EXPORT, IMPORT, TOTAL = TradeFlow.EXPORT, TradeFlow.IMPORT, TradeFlow.TOTAL

# slug → [(flow, start, end, value in millions of USD, estimate, note)]
FIGURES = {
    "hue": [
        (EXPORT, D(2022, 1, 1), D(2022, 7, 31), "609.1", True, "Tăng 17,6% so với cùng kỳ, đạt 54% kế hoạch năm."),
        (IMPORT, D(2022, 1, 1), D(2022, 7, 31), "404.3", False, "Tăng 16,6% so cùng kỳ, đạt 62,2% kế hoạch năm."),
    ],
    "hatinh": [
        (EXPORT, D(2023, 1, 1), D(2023, 12, 31), "2400", True, "Vượt 20% kế hoạch, tăng 33% so với năm 2022."),
        (IMPORT, D(2023, 1, 1), D(2023, 12, 31), "2700", False, "Giảm 4% so với năm 2022."),
    ],
    "tuyenquang": [
        (TOTAL, D(2023, 1, 1), D(2023, 5, 31), "102.6", False,
         "Mặt hàng xuất khẩu chủ yếu: quả tươi các loại, tinh bột sắn khô, hạt lạc khô, ván bóc, antimon, quần áo, "
         "chè, bao bì, sản phẩm từ gỗ."),
    ],
    "thanhhoa": [
        (EXPORT, D(2016, 1, 1), D(2020, 12, 31), "14081.67", False,
         "Xuất khẩu hàng hóa và dịch vụ; tăng 88% so với mục tiêu đại hội, gấp 2,5 lần năm 2010."),
        (IMPORT, D(2016, 1, 1), D(2020, 12, 31), "14581.102", False, ""),
    ],
}


def load(context) -> None:
    for slug, gates in GATES.items():
        actor, province = context.specialist(slug), context.historic[slug]
        for fields, changes in gates:
            gate = services.border_gate_create(actor=actor, channel="demo", data={**fields, "province": province})
            for changed_on, status, reason in changes:
                services.border_gate_status_change_add(actor=actor, channel="demo", data={
                    "gate": gate, "changed_on": changed_on, "status": status, "reason": reason})
    for slug, figures in FIGURES.items():
        actor, province = context.specialist(slug), context.historic[slug]
        for flow, start, end, millions, estimate, note in figures:
            record_create(TradeFigure, actor=actor, channel="demo", data={
                "province": province, "flow": flow, "period_start": start, "period_end": end,
                "value": (Decimal(millions) * MILLION).quantize(CENT), "currency": "USD", "is_estimate": estimate,
                "source": SOURCES[slug], "note": note,
            })
