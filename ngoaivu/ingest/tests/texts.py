"""An invented provincial report (no seed's places or figures) and the facts it holds."""

REPORT = """Lạng Sơn: công tác đối ngoại 6 tháng đầu năm 2024

Ngày 15/7/2024, UBND tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác đối ngoại 6 tháng đầu năm 2024.

Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế, trong 6 tháng đầu năm 2024, tỉnh đã ký kết 3 thỏa thuận quốc tế. Kim ngạch xuất khẩu ước đạt 512,3 triệu USD, tăng 12,5% so với cùng kỳ và đạt 48% kế hoạch năm.

Tỉnh đã ký biên bản ghi nhớ hợp tác với tỉnh Gyeonggi (Hàn Quốc) và tiếp tục phối hợp với UNDP triển khai các dự án hỗ trợ sinh kế.

Hoạt động xuất nhập khẩu qua cặp cửa khẩu Chi Ma – Ái Điểm (Trung Quốc) diễn ra thông suốt. Giai đoạn 2021-2025, tỉnh phấn đấu thu hút 300 triệu USD vốn FDI.
"""

HALF_2024 = {"start": "2024-01-01", "end": "2024-06-30"}


def fact(kind: str, evidence: str, **fields) -> dict:
    """A fact in the exchange format, its offsets found in REPORT."""
    start = REPORT.index(evidence)
    return {"kind": kind, **fields, "evidence": evidence, "start": start, "end": start + len(evidence)}


def report_facts() -> list[dict]:
    """What an extractor reads in REPORT (fixed here, so the review tests do not follow the rules' changes)."""
    return [
        fact("observation", "Kim ngạch xuất khẩu ước đạt 512,3 triệu USD, tăng 12,5% so với cùng kỳ và đạt 48% kế hoạch",
             indicator="export_value", value=512300000, unit="USD", period=HALF_2024, qualifier="estimate",
             change_pct=12.5, plan_pct=48.0, per="period", counterpart=None),
        fact("target", "phấn đấu thu hút 300 triệu USD vốn FDI", indicator="fdi_registered_capital",
             value=300000000, unit="USD", per="period", period={"start": "2021-01-01", "end": "2025-12-31"}),
        fact("partner", "tỉnh Gyeonggi (Hàn Quốc)", name="Gyeonggi", partner_type="locality", country="KR",
             status="active"),
        fact("partner", "UNDP", name="UNDP", partner_type="organization", country=None, status="active",
             aliases=["Chương trình Phát triển Liên hợp quốc"]),
        fact("legal_document", "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị", number="22-NQ/TW",
             doc_type="Nghị quyết", date="2013-04-10", issuer="Bộ Chính trị"),
        fact("border_gate", "cặp cửa khẩu Chi Ma – Ái Điểm (Trung Quốc)", vn="Chi Ma", foreign="Ái Điểm",
             country="CN"),
    ]
