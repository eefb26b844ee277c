"""Files that unpack into far more than a report are refused before any parser sees them."""
import io
import os
import zipfile

import docx
import pytest
from pypdf import PdfWriter

from ngoaivu.core import filelimits
from ngoaivu.ingest.pipeline import readers
from ngoaivu.ingest.pipeline.readers import UnreadableDocument, check_limits, read_bytes

CONTENT_TYPES = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def package(parts: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in parts.items():
            if callable(content):
                with archive.open(name, "w") as part:
                    content(part)
            else:
                archive.writestr(name, content)
    return buffer.getvalue()


def body(xml: bytes) -> bytes:
    return (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body>" + xml + b"</w:body></w:document>")


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_docx_bomb_of_two_million_paragraphs_is_refused_before_parsing():
    bomb = package({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body(b"<w:p/>" * 2_000_000)})
    assert len(bomb) < 200 * 1024  # small on the wire
    with pytest.raises(UnreadableDocument, match=r"có 2\.000\.000 đoạn văn, quá giới hạn 60\.000"):
        read_bytes(bomb, "bao-cao.docx")


def test_a_docx_that_unzips_to_200_mb_is_refused():
    def zeros(part):
        for _ in range(200):
            part.write(bytes(1024 * 1024))

    bomb = package({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body(b"<w:p/>"),
                    "word/media/image1.png": zeros})
    assert len(bomb) < 1024 * 1024
    with pytest.raises(UnreadableDocument, match="khi giải nén lớn hơn 50 MB"):
        check_limits(bomb, "bao-cao.docx")


def test_inflated_size_is_counted_not_taken_from_the_header(monkeypatch):
    monkeypatch.setattr(filelimits, "MAX_UNZIPPED_BYTES", 5 * 1024 * 1024)
    data = package({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body(b"<w:p/>"),
                    "word/media/a.bin": bytes(3 * 1024 * 1024), "word/media/b.bin": bytes(3 * 1024 * 1024)})
    lying = _shrink_declared_sizes(data)
    with zipfile.ZipFile(io.BytesIO(lying)) as archive:
        assert sum(info.file_size for info in archive.infolist()) < 5 * 1024 * 1024
    with pytest.raises(UnreadableDocument):
        check_limits(lying, "bao-cao.docx")


def _shrink_declared_sizes(data: bytes) -> bytes:
    """The central directory says each part is 1 KB: a lie zip bombs tell."""
    buffer = bytearray(data)
    position = buffer.find(b"PK\x01\x02")
    while position != -1:
        buffer[position + 24:position + 28] = (1024).to_bytes(4, "little")
        position = buffer.find(b"PK\x01\x02", position + 4)
    return bytes(buffer)


def test_too_many_zip_members_are_refused():
    parts = {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": body(b"<w:p/>")}
    parts.update({f"word/media/{index}.xml": b"" for index in range(filelimits.MAX_ZIP_MEMBERS)})
    with pytest.raises(UnreadableDocument, match="quá nhiều phần"):
        check_limits(package(parts), "bao-cao.docx")


def test_paragraph_counting_is_exact_across_chunk_boundaries(monkeypatch):
    monkeypatch.setattr(readers, "_CHUNK", 7)  # every tag is cut somewhere
    monkeypatch.setattr(readers, "MAX_PARAGRAPHS", 9)
    monkeypatch.setattr(readers, "MAX_TABLE_CELLS", 3)
    nine = body(b"<w:p><w:pPr/></w:p>" * 5 + b'<w:p w:rsidR="1"/>' * 4 + b"<w:tbl><w:tr>" + b"<w:tc/>" * 3
                + b"</w:tr></w:tbl>")
    check_limits(package({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": nine}), "a.docx")
    ten = nine.replace(b"<w:tbl>", b"<w:p/><w:tbl>")
    with pytest.raises(UnreadableDocument, match="có 10 đoạn văn"):
        check_limits(package({"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": ten}), "a.docx")


def test_a_real_report_passes_the_limits():
    data = docx_bytes(["Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD."] * 500)
    assert check_limits(data, "bao-cao.docx") == "docx"
    assert read_bytes(data, "bao-cao.docx").text.count("2,4 tỷ USD") == 500


def test_a_pdf_with_a_valid_header_and_a_garbage_body_is_refused():
    garbage = b"%PDF-1.7\n" + os.urandom(64 * 1024)
    with pytest.raises(UnreadableDocument, match="bị hỏng"):
        check_limits(garbage, "bien-ban.pdf")


def test_a_pdf_over_the_page_limit_is_refused(monkeypatch):
    monkeypatch.setattr(filelimits, "MAX_PDF_PAGES", 30)
    writer = PdfWriter()
    for _ in range(31):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(UnreadableDocument, match="có 31 trang, quá giới hạn 30 trang"):
        check_limits(buffer.getvalue(), "bao-cao.pdf")


def test_a_web_page_with_too_many_tags_is_refused():
    page = b"<html><body>" + b"<div>a</div>" * (readers.MAX_HTML_TAGS // 2) + b"</body></html>"
    with pytest.raises(UnreadableDocument, match="quá nhiều thẻ"):
        read_bytes(page, "tin.html")
