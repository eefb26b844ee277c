import unicodedata

import docx
import pytest

from ngoaivu.ingest.pipeline import readers
from ngoaivu.ingest.pipeline.readers import UnreadableDocument, read_bytes, read_path

TEXT = "Kim ngạch xuất khẩu của tỉnh Lạng Sơn ước đạt 87,9 triệu USD."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_text_encodings(encoding):
    assert read_bytes(TEXT.encode(encoding), "bai.txt").text.strip() == TEXT


def test_legacy_windows_1258_text():
    # cp1258 stores Vietnamese tones as combining marks
    data = unicodedata.normalize("NFD", "Tỉnh Bình Định").encode("cp1258")
    document = read_bytes(data, "cu.txt")
    assert unicodedata.normalize("NFC", document.text) == "Tỉnh Bình Định"


def test_windows_1252_fallback():
    assert read_bytes("Škoda".encode("cp1252"), "x.txt").text == "Škoda"  # 0x8A is undefined in cp1258


def test_undecodable_text():
    with pytest.raises(UnreadableDocument, match="bảng mã"):
        read_bytes(b"abc \x81\x8d\x90 def", "x.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "rỗng"),
        (b"   \n\t ", "rỗng"),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00", "nhị phân"),
    ],
)
def test_bad_text_files(data, message):
    with pytest.raises(UnreadableDocument, match=message):
        read_bytes(data, "x.txt")


def test_unreadable_is_a_value_error():
    assert issubclass(UnreadableDocument, ValueError)


def test_too_big(monkeypatch, tmp_path):
    monkeypatch.setattr(readers, "MAX_BYTES", 10)
    path = tmp_path / "lon.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(UnreadableDocument, match="quá lớn"):
        read_path(path)


def test_missing_file(tmp_path):
    with pytest.raises(UnreadableDocument, match="Không đọc được"):
        read_path(tmp_path / "khong-co.txt")


def test_unsupported_extension():
    with pytest.raises(UnreadableDocument, match="Không hỗ trợ"):
        read_bytes(b"data", "bang.xlsx")


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Báo cáo công tác đối ngoại năm 2023")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Kết quả"
    table.cell(1, 0).text = "Kim ngạch xuất khẩu"
    table.cell(1, 1).text = "3,7 tỷ USD"
    document.add_paragraph("Kết luận")
    path = tmp_path / "baocao.docx"
    document.save(path)
    text = read_path(path).text
    assert text.splitlines() == [
        "Báo cáo công tác đối ngoại năm 2023",
        "Chỉ tiêu | Kết quả",
        "Kim ngạch xuất khẩu | 3,7 tỷ USD",
        "Kết luận",
    ]


def test_corrupt_docx():
    with pytest.raises(UnreadableDocument, match="Word"):
        read_bytes(b"PK\x03\x04 not really a zip", "hong.docx")


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with ASCII text lines (Helvetica), offsets computed by hand."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_and_wrapped_lines_are_joined(tmp_path):
    path = tmp_path / "baocao.pdf"
    path.write_bytes(_minimal_pdf(["Export value reached 5 million USD,", "up 10 percent.", "Next paragraph."]))
    document = read_path(path)
    assert document.format == "pdf"
    assert "Export value reached 5 million USD, up 10 percent." in document.text


@pytest.mark.parametrize("data", [b"%PDF-1.4\ngarbage", b"not a pdf at all"])
def test_corrupt_pdf(data):
    with pytest.raises(UnreadableDocument, match="PDF"):
        read_bytes(data, "hong.pdf")


PAGE = """<!doctype html><html><head><title>Lạng Sơn đẩy mạnh ngoại giao kinh tế</title>
<meta property="article:published_time" content="2023-07-20T08:00:00+07:00"></head>
<body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li>Kinh tế</li></ul></nav>
<article>
<h1>Lạng Sơn đẩy mạnh ngoại giao kinh tế</h1>
<p>Trong 6 tháng đầu năm 2023, tỉnh Lạng Sơn đã ký mới 11 thỏa thuận hợp tác với các đối tác nước ngoài,
góp phần thu hút đầu tư và mở rộng thị trường cho doanh nghiệp địa phương.</p>
<p>Tổng kim ngạch xuất, nhập khẩu trên địa bàn tỉnh tính đến tháng 5 đạt 87,9 triệu USD, tăng mạnh so với cùng kỳ.</p>
</article>
<section class="comments"><h3>Bình luận</h3><p>Bài viết rất hay, cảm ơn tác giả!</p><p>Trả lời</p></section>
<footer>Bản quyền thuộc Báo Lạng Sơn. Đường dây nóng: 0219 123 456</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_page_chrome():
    document = read_bytes(PAGE.encode("utf-8"), "bai.html")
    assert document.format == "html"
    assert "ký mới 11 thỏa thuận" in document.text
    assert "Trang chủ" not in document.text
    assert "cảm ơn tác giả" not in document.text
    assert "Bản quyền" not in document.text
    assert document.published is not None and document.published.isoformat() == "2023-07-20"


def test_content_sniffing_without_extension(tmp_path):
    path = tmp_path / "khong-duoi"
    path.write_bytes(PAGE.encode("utf-8"))
    assert read_path(path).format == "html"
