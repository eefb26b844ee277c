"""The DOCX read back with python-docx, against Nghị định 30/2020/NĐ-CP, Phụ lục I."""
import io
from dataclasses import replace

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from ngoaivu.reports.rendering.docx_nd30 import MOTTO_WIDTH_CM, TEXT_WIDTH_CM, letterhead_layout, render_docx
from ngoaivu.reports.rendering.model import Paragraph, Section

FONT = "Times New Roman"


def texts(paragraphs):
    return [p.text for p in paragraphs if p.text]


def runs_of(paragraph):
    return [run for run in paragraph.runs if run.text]


def only_style(paragraph):
    """(size in pt, bold, italic) shared by every run of the paragraph."""
    styles = {(run.font.size.pt, bool(run.font.bold), bool(run.font.italic)) for run in runs_of(paragraph)}
    assert len(styles) == 1, (paragraph.text, styles)
    return styles.pop()


def body_paragraph(document, start):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def rule_width_cm(paragraph, available_cm):
    indents = paragraph.paragraph_format.left_indent.cm + paragraph.paragraph_format.right_indent.cm
    return available_cm - indents


def has_top_border(paragraph):
    borders = paragraph._p.pPr.find(qn("w:pBdr"))
    return borders is not None and borders.find(qn("w:top")).get(qn("w:val")) == "single"


def test_page_is_a4_portrait_with_the_decree_margins(document):
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 20
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15


def test_times_new_roman_for_every_script(document):
    fonts = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(qn(f"w:{script}")) == FONT
    normal = document.styles["Normal"]
    assert normal.font.name == FONT
    assert normal.element.rPr.rFonts.get(qn("w:eastAsia")) == FONT
    every_run = document.element.body.iter(qn("w:r"))
    assert all(run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") is None for run in every_run)


def test_every_run_has_a_size_within_the_decree_range(document):
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
    sizes = {run.font.size.pt for p in paragraphs for run in runs_of(p)}
    assert sizes <= {11, 12, 13, 14}


def test_letterhead(document):
    letterhead = document.tables[0]
    issuer, national = letterhead.rows[0].cells
    parent, body = [p for p in issuer.paragraphs if p.text]
    assert (parent.text, only_style(parent)) == ("UBND TỈNH HÀ TĨNH", (13, False, False))
    assert (body.text, only_style(body)) == ("SỞ NGOẠI VỤ", (13, True, False))
    title, motto = [p for p in national.paragraphs if p.text]
    assert (title.text, only_style(title)) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (13, True, False))
    assert (motto.text, only_style(motto)) == ("Độc lập - Tự do - Hạnh phúc", (14, True, False))
    for paragraph in issuer.paragraphs + national.paragraphs:
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER

    number, place_date = (cell.paragraphs[0] for cell in letterhead.rows[1].cells)
    assert (number.text, only_style(number)) == ("Số: 125/BC-SNgV", (13, False, False))
    assert place_date.text == "Hà Tĩnh, ngày 15 tháng 12 năm 2023"
    assert only_style(place_date) == (14, False, True)


def test_letterhead_is_borderless(document):
    borders = document.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {border.get(qn("w:val")) for border in borders} == {"nil"}


def test_rules_under_the_issuer_and_the_motto(document):
    issuer, national = document.tables[0].rows[0].cells
    issuer_rule, motto_rule = issuer.paragraphs[-1], national.paragraphs[-1]
    assert has_top_border(issuer_rule) and has_top_border(motto_rule)
    # As long as the motto; a third to a half of the issuer's name.
    assert rule_width_cm(motto_rule, national.width.cm - 0.1) == pytest.approx(MOTTO_WIDTH_CM, abs=0.05)
    issuer_text_cm = 3.05  # "SỞ NGOẠI VỤ" in Times New Roman Bold 13 pt
    width = rule_width_cm(issuer_rule, issuer.width.cm - 0.1)
    assert issuer_text_cm / 3 <= width <= issuer_text_cm / 2


def test_kind_and_title_centred_bold_with_a_short_rule(document):
    paragraphs = document.paragraphs
    kind = next(i for i, p in enumerate(paragraphs) if p.text == "BÁO CÁO")
    title, rule = paragraphs[kind + 1], paragraphs[kind + 2]
    assert title.text == "Kết quả công tác đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024"
    for paragraph in (paragraphs[kind], title):
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert only_style(paragraph) == (14, True, False)
    assert has_top_border(rule)
    assert TEXT_WIDTH_CM / 3 - 0.5 <= rule_width_cm(rule, TEXT_WIDTH_CM) <= TEXT_WIDTH_CM / 2


def test_body_paragraphs(document):
    paragraph = body_paragraph(document, "Năm 2023, công tác đối ngoại")
    fmt = paragraph.paragraph_format
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert only_style(paragraph) == (14, False, False)
    assert 1.0 <= fmt.first_line_indent.cm <= 1.27
    assert fmt.space_before.pt >= 6
    assert 1.0 <= fmt.line_spacing <= 1.5


def test_sentences_written_from_figures_reach_the_document(document):
    assert body_paragraph(document, "Kim ngạch xuất khẩu").text == (
        "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD, tăng 33% so với năm 2022 và vượt 20% kế hoạch "
        "năm. Kim ngạch nhập khẩu đạt 2,7 tỷ USD, giảm 4% so với năm 2022."
    )


def test_numbered_sections_and_headings(document):
    bold = [p.text for p in document.paragraphs if runs_of(p) and only_style(p)[1]]
    sections = [text for text in bold if text[:text.find(".")] in {"I", "II", "III"}]
    assert sections == [
        "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC ĐỐI NGOẠI NĂM 2023",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
    ]
    headings = [text for text in bold if text[:2] in {"1.", "2.", "3.", "a)", "b)"}]
    assert [h.split(" ", 1)[0] for h in headings] == ["1.", "2.", "a)", "b)", "3."]
    assert headings[2] == "a) Xuất khẩu, nhập khẩu"
    assert only_style(body_paragraph(document, "a) Xuất khẩu"))[2]  # level 2 in italics


def test_data_tables(document):
    trade = document.tables[1]
    header = [cell.text for cell in trade.rows[0].cells]
    assert header == ["Chỉ tiêu", "Năm 2022", "Năm 2023", "So với năm 2022 (%)", "So với kế hoạch (%)"]
    assert [cell.text for cell in trade.rows[1].cells] == [
        "Kim ngạch xuất khẩu (ước)", "1.804,5", "2.400", "133", "120"
    ]
    assert [cell.text for cell in trade.rows[2].cells][1:] == ["2.812,5", "2.700", "96", ""]
    assert trade.rows[1].cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert all(only_style(cell.paragraphs[0])[1] for cell in trade.rows[0].cells)
    assert trade.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in trade.rows[1:])
    borders = trade._tbl.tblPr.find(qn("w:tblBorders"))
    assert {border.get(qn("w:val")) for border in borders} == {"single"}
    assert texts(document.paragraphs).count("Đơn vị tính: triệu USD") == 1

    aid = document.tables[2]
    assert [row.cells[3].text for row in aid.rows[1:]] == ["2", "69,7", "8", "7", "1,0"]


def test_chart_is_a_picture_as_wide_as_the_text(document):
    (picture,) = document.inline_shapes
    assert picture.width.cm == pytest.approx(TEXT_WIDTH_CM, abs=0.01)


def test_page_numbers_at_the_top_from_page_two(document):
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instruction = header._p.find(f".//{qn('w:instrText')}")
    assert instruction.text.strip() == "PAGE"
    assert {run.font.size.pt for run in header.runs} == {14}
    assert not section.first_page_header.paragraphs[0].text


def test_recipients_and_signer(document):
    closing = document.tables[-1].rows[0]
    assert closing._tr.trPr.find(qn("w:cantSplit")) is not None
    assert document.paragraphs[-1].paragraph_format.keep_with_next  # never a signature alone on its page
    recipients, signer = closing.cells
    label, *items = [p for p in recipients.paragraphs if p.text]
    assert (label.text, only_style(label)) == ("Nơi nhận:", (12, True, True))
    assert [item.text for item in items] == [
        "- UBND tỉnh (để b/c);",
        "- Bộ Ngoại giao (để b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Giám đốc, các PGĐ Sở;",
        "- Lưu: VT, NV.",
    ]
    assert {only_style(item) for item in items} == {(11, False, False)}

    authority, title, name = [p for p in signer.paragraphs if p.text]
    assert [authority.text, title.text, name.text] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Minh"]
    assert {only_style(p) for p in (authority, title, name)} == {(14, True, False)}
    assert name.paragraph_format.space_before.pt >= 60  # room for the signature and the seal


def read_back(report):
    return docx.Document(io.BytesIO(render_docx(report)))


@pytest.mark.parametrize(
    ("number", "expected"), [("", f"Số: {' ' * 8}/BC-SNgV"), ("5", "Số: 05/BC-SNgV")]
)
def test_number_blank_or_below_ten(report, number, expected):
    document = read_back(replace(report, number=number))
    assert document.tables[0].rows[1].cells[0].text == expected


def test_director_signing_and_punctuated_recipients(report):
    signed = replace(report, signer_authority="", signer_title="Giám đốc",
                     recipients=["- Bộ Ngoại giao;"], archive="VT.")
    recipients, signer = read_back(signed).tables[-1].rows[0].cells
    assert texts(signer.paragraphs) == ["GIÁM ĐỐC", "Nguyễn Văn Minh"]
    assert texts(recipients.paragraphs)[1:] == ["- Bộ Ngoại giao;", "- Lưu: VT."]


@pytest.mark.parametrize("parent, place, sizes, first_line", [
    ("UBND TỈNH HÀ TĨNH", "Hà Tĩnh", (13, 13, 14), "UBND TỈNH HÀ TĨNH"),
    # 24 capitals do not fit 6,4 cm at 13 pt: the decree's 12 pt and a wider column do.
    ("UBND TỈNH THỪA THIÊN HUẾ", "Thừa Thiên Huế", (12, 12, 13), "UBND TỈNH THỪA THIÊN HUẾ"),
    # Too long even then: the name goes whole onto its own line.
    ("UBND TỈNH BÀ RỊA - VŨNG TÀU - CÔN ĐẢO", "Bà Rịa - Vũng Tàu", (12, 12, 13), "UBND TỈNH\nBÀ RỊA - VŨNG TÀU - CÔN ĐẢO"),
])
def test_the_governing_body_is_never_broken_mid_name(report, parent, place, sizes, first_line):
    document = docx.Document(io.BytesIO(render_docx(replace(report, issuer_parent=parent, place=place))))
    issuer, national = document.tables[0].rows[0].cells
    assert issuer.paragraphs[0].text == first_line
    assert (issuer.paragraphs[0].runs[0].font.size.pt, national.paragraphs[0].runs[0].font.size.pt) == sizes[:2]
    place_date = document.tables[0].rows[1].cells[1].paragraphs[0]
    assert place_date.runs[0].font.size.pt == sizes[2]
    assert issuer.width.cm + national.width.cm == pytest.approx(TEXT_WIDTH_CM, abs=0.01)
    layout = letterhead_layout(replace(report, issuer_parent=parent, place=place))
    assert layout.widths[0] >= 6.5 - 0.01


def test_each_typed_line_is_a_paragraph_of_its_own(report):
    text = "Tiếp tục đẩy mạnh ngoại giao kinh tế.\n\nTăng cường công tác thông tin đối ngoại."
    section = Section("Phương hướng", [Paragraph(text, "tasks")])
    document = docx.Document(io.BytesIO(render_docx(replace(report, sections=[section]))))
    lines = [p for p in document.paragraphs if p.text.startswith(("Tiếp tục", "Tăng cường"))]
    assert [p.text for p in lines] == ["Tiếp tục đẩy mạnh ngoại giao kinh tế.", "Tăng cường công tác thông tin đối ngoại."]
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY and "\n" not in p.text for p in lines)


def test_a_narrow_heading_column_keeps_its_words_whole():
    from ngoaivu.reports.rendering.docx_nd30 import CHAR_WIDTH_CM, _column_widths

    labels = ["TT", "Tên đoàn", "Quốc gia, vùng lãnh thổ", "Thời gian"]
    cells = [["1", "Đoàn xúc tiến đầu tư, thương mại tỉnh Hà Tĩnh tại Lào và Thái Lan theo tuyến Đường 8",
              "Lào, Thái Lan", "23/10/2023 - 27/10/2023"]]
    widths = _column_widths(labels, cells)
    assert sum(widths) == pytest.approx(TEXT_WIDTH_CM)
    assert widths[2] >= len("Quốc gia,") * CHAR_WIDTH_CM and widths[3] >= len("23/10/2023") * CHAR_WIDTH_CM
