"""Read a text, Word, PDF or web-page file into plain text.

Every failure a user can cause (empty, too big, binary, undecodable, corrupt file)
raises `UnreadableDocument` with a Vietnamese message the web form can show as is.

A small file can unpack into a huge one (a 199 KB .docx holding two million empty
paragraphs, a zip whose parts inflate to gigabytes, a PDF of a million pages), so
`check_limits` measures what the file would become before any parser sees it: the zip
directory and the inflated size of each part (counted while streaming, never trusted
from the header), the paragraphs and table cells of a Word document, the pages of a PDF
(opened, not only its first bytes), the tags of a web page. `read_bytes` runs it first.
"""
from __future__ import annotations

import io
import re
import time
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ngoaivu.core.filelimits import FileRefused, open_pdf, open_zip, vn_count

MAX_BYTES = 10 * 1024 * 1024
# What a file may unpack into. A 300-page provincial report is about 6.000 paragraphs,
# 2 MB of document.xml and 300 PDF pages: the limits leave ten times that.
MAX_PARAGRAPHS = 60_000
MAX_TABLE_CELLS = 100_000
MAX_HTML_TAGS = 200_000
MAX_TEXT_CHARS = 5_000_000  # text taken out of a PDF
READ_SECONDS = 60  # a PDF whose pages take longer to read is refused
_CHUNK = 1024 * 1024
# A paragraph or a table cell opens with one of these (never <w:pPr>, <w:tcPr>).
_PARAGRAPH_TAGS = tuple(b"<w:p" + end for end in (b">", b" ", b"/", b"\n", b"\t", b"\r"))
_CELL_TAGS = tuple(b"<w:tc" + end for end in (b">", b" ", b"/", b"\n", b"\t", b"\r"))

# Legacy Vietnamese files are mostly Windows-1258 (tones as combining marks) or were
# saved as Windows-1252; UTF-8 and UTF-16 carry a BOM or decode strictly.
_LEGACY_ENCODINGS = ("cp1258", "cp1252")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableDocument(ValueError):
    """The file cannot be turned into text; str(error) is a message for the user."""


@dataclass(frozen=True)
class Document:
    source: str  # the file's base name
    text: str  # the text every evidence offset points into
    format: str  # "txt", "docx", "pdf" or "html"
    published: date | None = None  # when the format's metadata states it (web pages)


def read_path(path: str | Path) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UnreadableDocument(_too_big(path.name))
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(f"Không đọc được tệp {path.name}: {error.strerror or error}.") from error
    return read_bytes(data, path.name)


def read_bytes(data: bytes, filename: str) -> Document:
    """Read an uploaded file's content; `filename` picks the format (then the content)."""
    name = Path(filename).name
    if not data.strip():
        raise UnreadableDocument(f"Tệp {name} rỗng, không có nội dung.")
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(_too_big(name))
    kind = check_limits(data, name)
    reader = {"docx": _read_docx, "pdf": _read_pdf, "html": _read_html, "txt": _read_txt}[kind]
    text, published = reader(data, name)
    if not text.strip():
        raise UnreadableDocument(f"Tệp {name} không có nội dung chữ nào để đọc.")
    return Document(source=name, text=text, format=kind, published=published)


def _too_big(name: str) -> str:
    return f"Tệp {name} quá lớn (giới hạn {MAX_BYTES // (1024 * 1024)} MB)."


def check_limits(data: bytes, filename: str) -> str:
    """Refuse a file that would unpack into more than a report ever holds; returns its format.

    Cheap by construction: reads the zip directory and streams parts through a counter,
    opens a PDF's cross-reference table and counts its pages, counts a web page's tags.
    """
    name = Path(filename).name
    kind = _format_of(name, data)
    if kind == "docx":
        _check_docx(data, name)
    elif kind == "pdf":
        _check_pdf(data, name)
    elif kind == "html" and data.count(b"<") > MAX_HTML_TAGS:
        raise UnreadableDocument(f"Trang web {name} có quá nhiều thẻ (giới hạn {vn_count(MAX_HTML_TAGS)}).")
    return kind


def _check_docx(data: bytes, name: str) -> None:
    try:
        package = open_zip(data, name, required_part="word/document.xml", label="Word")
    except FileRefused as error:
        raise UnreadableDocument(str(error)) from error
    with package:
        paragraphs, cells = _count_docx_elements(package, name)
    if paragraphs > MAX_PARAGRAPHS:
        raise UnreadableDocument(f"Tệp Word {name} có {vn_count(paragraphs)} đoạn văn, quá giới hạn "
                                 f"{vn_count(MAX_PARAGRAPHS)} đoạn của một báo cáo; không đọc tệp này.")
    if cells > MAX_TABLE_CELLS:
        raise UnreadableDocument(f"Tệp Word {name} có {vn_count(cells)} ô bảng, quá giới hạn "
                                 f"{vn_count(MAX_TABLE_CELLS)}.")


def _count_docx_elements(package: zipfile.ZipFile, name: str) -> tuple[int, int]:
    """Paragraphs and table cells of the body, counted on the raw XML before any parsing."""
    paragraphs = cells = 0
    tail = b""
    with package.open("word/document.xml") as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            # bytes.count runs in C: two million tags are counted in milliseconds.
            paragraphs += sum(window.count(tag) for tag in _PARAGRAPH_TAGS)
            cells += sum(window.count(tag) for tag in _CELL_TAGS)
            # Four bytes cannot hold a whole match (five at least): nothing is counted twice,
            # and a tag cut by the chunk boundary is found in the next window.
            tail = window[-4:]
    return paragraphs, cells


def _format_of(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".txt", ".text", ".md", ""):
        head = data[:512].lstrip().lower()
        if data.startswith(b"%PDF"):
            return "pdf"
        if data.startswith(b"PK\x03\x04"):
            return "docx"
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "txt"
    raise UnreadableDocument(f"Không hỗ trợ định dạng tệp {name} (chỉ nhận .txt, .docx, .pdf, .html).")


# --- plain text -------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableDocument(f"Tệp {name} có bảng mã hỏng ({encoding}).") from error
    if _looks_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UnreadableDocument(f"Tệp {name} là tệp nhị phân, không phải văn bản.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in _LEGACY_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(f"Không nhận ra bảng mã của tệp {name}; hãy lưu lại dưới dạng UTF-8.")


def _looks_utf16(data: bytes) -> bool:
    """BOM-less UTF-16: mostly-ASCII text leaves a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(zeros_even, zeros_odd) > 0.3 * (len(sample) / 2) and min(zeros_even, zeros_odd) == 0


def _read_txt(data: bytes, name: str) -> tuple[str, None]:
    text = decode_text(data, name)
    if len(_CONTROL.findall(text[:4096])) > 0.05 * min(len(text), 4096):
        raise UnreadableDocument(f"Tệp {name} là tệp nhị phân, không phải văn bản.")
    return text, None


# --- Word -------------------------------------------------------------------------


def _read_docx(data: bytes, name: str) -> tuple[str, None]:
    import docx  # python-docx; imported here so plain-text runs stay light
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UnreadableDocument(f"Tệp Word {name} bị hỏng hoặc không phải tệp .docx.") from error
    except Exception as error:  # lxml raises its own XML errors on damaged parts
        raise UnreadableDocument(f"Tệp Word {name} bị hỏng, không đọc được nội dung.") from error
    lines: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables in reading order
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_lines(block))
    return "\n".join(lines), None


def _table_lines(table) -> list[str]:
    """One line per row, cells joined by " | " (merged cells repeat in python-docx)."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if not cells or text != cells[-1]:
                cells.append(text)
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


# --- PDF --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.:;!?)\]\"]\s*$")


_PDF_ERRORS = (ValueError, KeyError, TypeError, OSError, AttributeError, IndexError, RecursionError)


def _open_pdf(data: bytes, name: str):
    try:
        return open_pdf(data, name)
    except FileRefused as error:
        raise UnreadableDocument(str(error)) from error


def _check_pdf(data: bytes, name: str) -> None:
    _open_pdf(data, name)


def _read_pdf(data: bytes, name: str) -> tuple[str, None]:
    from pypdf.errors import PyPdfError

    reader = _open_pdf(data, name)
    deadline = time.monotonic() + READ_SECONDS
    pages, length = [], 0
    try:
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            length += len(pages[-1])
            if length > MAX_TEXT_CHARS:
                raise UnreadableDocument(f"Tệp PDF {name} chứa quá nhiều chữ (giới hạn {vn_count(MAX_TEXT_CHARS)} ký tự).")
            if time.monotonic() > deadline:
                raise UnreadableDocument(f"Tệp PDF {name} đọc quá lâu (quá {READ_SECONDS} giây); không đọc tệp này.")
    except UnreadableDocument:
        raise
    except (PyPdfError, *_PDF_ERRORS) as error:
        raise UnreadableDocument(f"Tệp PDF {name} bị hỏng, không đọc được nội dung.") from error
    text = "\n".join(_unwrap(page) for page in pages)
    if not text.strip():
        raise UnreadableDocument(f"Tệp PDF {name} không có lớp chữ (có thể là bản quét ảnh).")
    return text, None


def _unwrap(page: str) -> str:
    """PDF text breaks lines at the page margin; join a line to the next when the
    sentence clearly goes on (no closing punctuation, next line starts in lower case)."""
    out: list[str] = []
    for line in page.splitlines():
        line = line.rstrip()
        if out and out[-1] and line[:1].islower() and not _SENTENCE_END.search(out[-1]):
            out[-1] += " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


# --- web pages --------------------------------------------------------------------


def _read_html(data: bytes, name: str) -> tuple[str, date | None]:
    import trafilatura

    html = decode_text(data, name)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    title = (extracted.title or "").strip() if extracted is not None else ""
    if title and not text.startswith(title):
        text = f"{title}\n{text}"  # the headline often names the province
    published = None
    if extracted is not None and extracted.date:
        try:
            published = date.fromisoformat(extracted.date[:10])
        except ValueError:
            published = None
    return text, published
