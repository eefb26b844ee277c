"""What an uploaded file may unpack into, measured before any parser reads it.

A small file can become a huge one: a zip whose parts inflate to gigabytes (Word, Excel
and OpenDocument files are zips), a PDF of a million pages. These checks read a zip's
directory and stream each part through a counter (the sizes in its header may lie), and
open a PDF's cross-reference table to count its pages. Pure Python: the text pipeline
(which imports nothing from Django) uses them as the upload check does.
"""
from __future__ import annotations

import io
import zipfile

MAX_ZIP_MEMBERS = 1_000
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024  # all parts together, inflated
MAX_PDF_PAGES = 2_000
_CHUNK = 1024 * 1024
_PDF_TAIL = 16 * 1024  # where "startxref … %%EOF" must be (writers may append a little after it)
_PDF_ERRORS = (ValueError, KeyError, TypeError, OSError, AttributeError, IndexError, RecursionError)


class FileRefused(ValueError):
    """The file is damaged or beyond the limits; str(error) is a Vietnamese message."""


class TooBigUnzipped(FileRefused):
    """A zip whose parts inflate beyond the limit (a caller may word it for its own page)."""


def vn_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 2.000.000, the Vietnamese way


def _as_stream(content):
    return io.BytesIO(content) if isinstance(content, (bytes, bytearray)) else content


def open_zip(content, name: str, *, required_part: str = "", label: str = "",
             max_unzipped: int | None = None) -> zipfile.ZipFile:
    """The package opened after its parts were counted and inflated within the limits.

    `content` is bytes or a seekable binary file; the caller closes the returned ZipFile.
    `label` names the kind of file in messages ("Word" → "Tệp Word bao-cao.docx …").
    `max_unzipped` replaces MAX_UNZIPPED_BYTES for a kind of file that is legitimately
    bigger (a sheet of 200.000 imported rows).
    """
    limit = MAX_UNZIPPED_BYTES if max_unzipped is None else max_unzipped
    name = f"{label} {name}" if label else name
    damaged = FileRefused(f"Tệp {name} bị hỏng hoặc không đúng định dạng.")
    try:
        package = zipfile.ZipFile(_as_stream(content))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise damaged from error
    try:
        members = package.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise FileRefused(f"Tệp {name} chứa quá nhiều phần ({vn_count(len(members))}, "
                              f"giới hạn {vn_count(MAX_ZIP_MEMBERS)}).")
        if sum(member.file_size for member in members) > limit:
            raise _too_big_unzipped(name, limit)
        budget = limit
        for member in members:
            budget -= _inflate(package, member, budget, name, damaged, limit)
        if required_part and required_part not in package.namelist():
            raise damaged
    except BaseException:
        package.close()
        raise
    return package


def _too_big_unzipped(name: str, limit: int) -> FileRefused:
    return TooBigUnzipped(f"Tệp {name} khi giải nén lớn hơn {limit // (1024 * 1024)} MB; "
                       "không nhận tệp này.")


def _inflate(package: zipfile.ZipFile, member: zipfile.ZipInfo, budget: int, name: str, damaged, limit: int) -> int:
    size = 0
    try:
        with package.open(member) as part:
            while chunk := part.read(_CHUNK):
                size += len(chunk)
                if size > budget:
                    raise _too_big_unzipped(name, limit)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as error:
        raise damaged from error
    return size


def _ends_like_a_pdf(stream) -> bool:
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(max(0, size - _PDF_TAIL))
    tail = stream.read()
    stream.seek(0)
    return b"startxref" in tail and b"%%EOF" in tail


def open_pdf(content, name: str):
    """A pypdf reader of the file, its page count read within the limit.

    A valid "%PDF-" header followed by garbage fails here, not later in a worker.
    """
    stream = _as_stream(content)
    if not _ends_like_a_pdf(stream):  # a PDF ends with its cross-reference pointer: no search through garbage
        raise FileRefused(f"Tệp PDF {name} bị hỏng, không đọc được nội dung.")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(stream, strict=True)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileRefused(f"Tệp PDF {name} có mật khẩu, không đọc được.")
        # The page tree's own count, read before any page is: walking a huge tree is the slow part.
        pages = int(reader.trailer["/Root"]["/Pages"]["/Count"])
        if 0 < pages <= MAX_PDF_PAGES:
            pages = len(reader.pages)
    except FileRefused:
        raise
    except (PyPdfError, *_PDF_ERRORS) as error:
        raise FileRefused(f"Tệp PDF {name} bị hỏng, không đọc được nội dung.") from error
    if pages == 0:
        raise FileRefused(f"Tệp PDF {name} không có trang nào.")
    if pages > MAX_PDF_PAGES:
        raise FileRefused(f"Tệp PDF {name} có {vn_count(pages)} trang, quá giới hạn {vn_count(MAX_PDF_PAGES)} trang.")
    return reader
