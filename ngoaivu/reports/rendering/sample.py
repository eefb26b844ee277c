"""A realistic sample report (Hà Tĩnh, 2023), for the tests, the README and a look at the output.

The figures follow the Hà Tĩnh 2023 press report; names and other details are invented.

    python -m ngoaivu.reports.rendering.sample OUTPUT_DIR   # writes .docx, .xlsx and .pdf
"""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from ngoaivu.indicators.catalogue import Code
from ngoaivu.reports.rendering.model import (
    Chart,
    Heading,
    Paragraph,
    ReportDocument,
    Section,
    Table,
)
from ngoaivu.reports.sentences import Figure, figure_sentences, join_sentences

YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))


def _figure(code: str, value, unit: str, **comparison) -> Figure:
    return Figure(code, None if value is None else Decimal(value), unit, *YEAR_2023, **comparison)


def sample_figures() -> dict[str, list[Figure]]:
    return {
        "cooperation": [
            _figure(Code.AGREEMENTS_SIGNED, 8, "count", change_pct=Decimal("14.3"), change_basis=2022),
            _figure(Code.INTL_CONFERENCES, 11, "count"),
        ],
        "trade": [
            _figure(Code.EXPORT_VALUE, "2.4e9", "USD", is_estimate=True, change_pct=Decimal(33),
                    change_basis=2022, plan_pct=Decimal(120)),
            _figure(Code.IMPORT_VALUE, "2.7e9", "USD", change_pct=Decimal(-4), change_basis=2022),
        ],
        "investment": [
            _figure(Code.FDI_NEW_PROJECTS, 2, "count"),
            _figure(Code.FDI_NEW_CAPITAL, "69.7e6", "USD"),
            _figure(Code.NGO_ORGANIZATIONS, 8, "count"),
            _figure(Code.INTL_ORGANIZATIONS, 7, "count"),
            _figure(Code.NGO_DISBURSED, "1e6", "USD", is_estimate=True, plan_pct=100),
        ],
    }


def sample_report() -> ReportDocument:
    figures = sample_figures()
    return ReportDocument(
        issuer_parent="UBND TỈNH HÀ TĨNH",
        issuer="SỞ NGOẠI VỤ",
        number="125",
        symbol="BC-SNgV",
        place="Hà Tĩnh",
        date=date(2023, 12, 15),
        title="Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024",
        period_start=YEAR_2023[0],
        period_end=YEAR_2023[1],
        sections=[
            Section("Kết quả thực hiện công tác đối ngoại năm 2023", [
                Paragraph(
                    "Năm 2023, công tác đối ngoại của tỉnh tiếp tục được triển khai đồng bộ, toàn "
                    "diện trên cả ba trụ cột đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại nhân "
                    "dân, góp phần quan trọng vào phát triển kinh tế - xã hội, bảo đảm quốc phòng, "
                    "an ninh và nâng cao vị thế của tỉnh.",
                    editable_key="results.intro",
                ),
                Heading("Quản lý đoàn ra, đoàn vào; ký kết thỏa thuận quốc tế; hội nghị, hội thảo quốc tế"),
                Paragraph(
                    "Công tác quản lý đoàn ra, đoàn vào đã đi vào nền nếp, có sự phân công, phân cấp "
                    "và phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương. "
                    + join_sentences(figure_sentences(figures["cooperation"])),
                    editable_key="results.cooperation",
                ),
                Heading("Ngoại giao kinh tế"),
                Heading("Xuất khẩu, nhập khẩu", level=2),
                Paragraph(join_sentences(figure_sentences(figures["trade"])),
                          editable_key="results.trade"),
                Table(
                    caption="Bảng 1. Kim ngạch xuất khẩu, nhập khẩu năm 2023",
                    unit="triệu USD",
                    columns=["Chỉ tiêu", "Năm 2022", "Năm 2023", "So với năm 2022 (%)",
                             "So với kế hoạch (%)"],
                    column_codes=["indicator", "value_2022", "value_2023", "change_pct", "plan_pct"],
                    rows=[
                        ["Kim ngạch xuất khẩu (ước)", Decimal("1804.5"), Decimal("2400.0"),
                         Decimal("133.0"), Decimal("120.0")],
                        ["Kim ngạch nhập khẩu", Decimal("2812.5"), Decimal("2700.0"),
                         Decimal("96.0"), None],
                    ],
                ),
                Chart(
                    title="Kim ngạch xuất khẩu, nhập khẩu giai đoạn 2019-2023",
                    categories=["2019", "2020", "2021", "2022", "2023"],
                    series={
                        "Xuất khẩu": [Decimal("0.95"), Decimal("1.1"), Decimal("1.5"),
                                      Decimal("1.8"), Decimal("2.4")],
                        "Nhập khẩu": [Decimal("2.3"), Decimal("2.0"), Decimal("2.9"),
                                      Decimal("2.81"), Decimal("2.7")],
                    },
                    unit="tỷ USD",
                ),
                Heading("Thu hút đầu tư trực tiếp nước ngoài và viện trợ phi chính phủ nước ngoài",
                        level=2),
                Paragraph(join_sentences(figure_sentences(figures["investment"])),
                          editable_key="results.investment"),
                Table(
                    caption="Bảng 2. Thu hút đầu tư và viện trợ năm 2023",
                    columns=["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023"],
                    column_codes=["no", "indicator", "unit", "value"],
                    rows=[
                        [1, "Dự án FDI cấp mới", "dự án", 2],
                        [2, "Vốn đăng ký của các dự án FDI cấp mới", "triệu USD", Decimal("69.7")],
                        [3, "Tổ chức phi chính phủ nước ngoài hoạt động", "tổ chức", 8],
                        [4, "Tổ chức quốc tế triển khai dự án", "tổ chức", 7],
                        [5, "Giá trị giải ngân viện trợ PCPNN (ước)", "triệu USD", Decimal("1.0")],
                    ],
                ),
                Heading("Biên giới lãnh thổ, lãnh sự và bảo hộ công dân, người Việt Nam ở nước ngoài"),
                Paragraph(
                    "Tỉnh phối hợp chặt chẽ với các tỉnh giáp biên của nước bạn Lào trong quản lý, "
                    "bảo vệ đường biên, mốc giới; duy trì ổn định hoạt động xuất nhập cảnh qua các "
                    "cửa khẩu. Các vụ việc lãnh sự, bảo hộ công dân được xử lý kịp thời, đúng quy "
                    "định; công tác đối với người Việt Nam ở nước ngoài được quan tâm thực hiện.",
                    editable_key="results.border",
                ),
            ]),
            Section("Tồn tại, hạn chế và nguyên nhân", [
                Paragraph(
                    "Công tác vận động nguồn viện trợ phi chính phủ nước ngoài chưa thực sự chủ "
                    "động; sản phẩm thông tin đối ngoại chưa phong phú; công tác phối hợp giữa một "
                    "số cơ quan, đơn vị trong triển khai các thỏa thuận quốc tế đã ký kết có lúc "
                    "chưa chặt chẽ.",
                    editable_key="limitations",
                ),
            ]),
            Section("Phương hướng, nhiệm vụ năm 2024", [
                Paragraph(
                    "Tiếp tục triển khai hiệu quả các chủ trương, đường lối đối ngoại của Đảng, "
                    "Nhà nước; nâng cao chất lượng công tác tham mưu quản lý đoàn ra, đoàn vào, "
                    "ký kết thỏa thuận quốc tế, tổ chức hội nghị, hội thảo quốc tế; đẩy mạnh ngoại "
                    "giao kinh tế, xúc tiến đầu tư; làm tốt công tác biên giới, lãnh sự, bảo hộ "
                    "công dân và người Việt Nam ở nước ngoài.",
                    editable_key="tasks",
                ),
                Paragraph("Trên đây là báo cáo kết quả công tác đối ngoại năm 2023 và phương "
                          "hướng, nhiệm vụ năm 2024 của Sở Ngoại vụ./."),
            ]),
        ],
        recipients=["UBND tỉnh (để b/c)", "Bộ Ngoại giao (để b/c)",
                    "Chủ tịch, các PCT UBND tỉnh", "Giám đốc, các PGĐ Sở"],
        archive="VT, NV",
        signer_authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn Minh",
    )


def main(argv: list[str]) -> int:
    from ngoaivu.reports.rendering.docx_nd30 import render_docx
    from ngoaivu.reports.rendering.pdf import convert_docx_to_pdf, pdf_available
    from ngoaivu.reports.rendering.xlsx_annex import render_xlsx

    output = Path(argv[0] if argv else ".")
    output.mkdir(parents=True, exist_ok=True)
    report = sample_report()
    docx = render_docx(report)
    (output / "bao-cao-mau.docx").write_bytes(docx)
    (output / "bao-cao-mau.xlsx").write_bytes(render_xlsx(report))
    if pdf_available():
        (output / "bao-cao-mau.pdf").write_bytes(convert_docx_to_pdf(docx))
    print(f"written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
