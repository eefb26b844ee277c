"""An uploaded sheet → a header and rows of raw cell values, or a clear reason why not.

Checked before any row is read: the file is not empty, is really XLSX (a ZIP holding
a workbook, whose parts inflate within MAX_UNZIPPED_BYTES) or CSV text, its first sheet
holds no more than MAX_ROWS rows — by its own dimension, or by counting its rows when it
states none (files written by openpyxl and other libraries) — and it has no merged cells.
The sheet is scanned as a stream, never held in memory whole.
Formula cells come back as `cells.Formula` so the importer can refuse them by cell.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from typing import Iterator

from django.conf import settings
from django.utils.translation import gettext as _

from ngoaivu.core.filelimits import FileRefused, TooBigUnzipped, open_zip
from ngoaivu.core.vnformat import format_number
from ngoaivu.exchange.cells import Formula

MAX_ROWS = 200_000
# 200.000 rows of a wide type (about 20 columns of ~90 bytes of XML each) fit.
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+\d+:[A-Z]+\d+)"')
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_OVERLAP = 64          # bytes carried between chunks, longer than any pattern above
_CHUNK = 1024 * 1024


class FileRejected(ValueError):
    """The whole file cannot be imported; the message says why, in Vietnamese."""


@dataclass
class Table:
    headers: list[str]
    rows: Iterator[tuple[int, list]]      # (row number as the spreadsheet shows it, values)
    total: int | None = None              # rows below the header, as far as the file says (progress)


def read_table(name: str, content: bytes) -> Table:
    if not content:
        raise FileRejected(_("Tệp trống."))
    limit = settings.NGOAIVU_MAX_UPLOAD_BYTES      # the same limit as every other upload
    if len(content) > limit:
        raise FileRejected(_("Tệp quá lớn (tối đa %(size)s MB): hãy chia nhỏ tệp.")
                           % {"size": format_number(limit / (1024 * 1024), 1)})
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix == "xlsx":
        return _read_xlsx(content)
    if suffix == "csv":
        return _read_csv(content)
    raise FileRejected(_("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv); tệp “%(name)s” không phải.") % {"name": name})


def _read_xlsx(content: bytes) -> Table:
    from openpyxl import load_workbook

    not_xlsx = _("Tệp không phải là bảng tính Excel .xlsx hợp lệ (có thể là tệp khác đổi đuôi, hoặc tệp hỏng). "
                 "Hãy mở bằng Excel và lưu lại dạng .xlsx.")
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise FileRejected(not_xlsx)
    try:
        archive = open_zip(content, "", required_part="xl/workbook.xml", max_unzipped=MAX_UNZIPPED_BYTES)
    except TooBigUnzipped:
        raise FileRejected(_("Tệp khi giải nén lớn hơn %(size)s MB: hãy chia nhỏ tệp.")
                           % {"size": format_number(MAX_UNZIPPED_BYTES / (1024 * 1024), 1)}) from None
    except FileRefused:
        raise FileRejected(not_xlsx) from None
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        rows_found, merged = _scan_sheet(archive, sheet._worksheet_path.lstrip("/"))
    except Exception:     # a damaged workbook: openpyxl and zipfile raise many kinds
        raise FileRejected(not_xlsx) from None
    rows_stated = max(sheet.max_row or 0, rows_found)
    if rows_stated > MAX_ROWS + 1:
        raise FileRejected(_("Trang tính có %(rows)s dòng, quá giới hạn %(limit)s dòng mỗi lần nhập: hãy chia nhỏ tệp.")
                           % {"rows": f"{rows_stated:,}".replace(",", "."), "limit": f"{MAX_ROWS:,}".replace(",", ".")})
    if merged:
        raise FileRejected(_("Trang tính có ô gộp (%(cells)s): hãy bỏ gộp ô, mỗi ô một giá trị, rồi nhập lại.")
                           % {"cells": ", ".join(ref.decode() for ref in merged[:5])})
    rows = sheet.iter_rows()
    header_row = next(rows, None)
    if header_row is None:
        raise FileRejected(_("Trang tính đầu tiên không có dữ liệu."))
    headers = [_header(cell.value) for cell in header_row]

    def body():
        for number, row in enumerate(rows, start=2):
            values = [Formula(cell.value) if cell.data_type == "f" else cell.value for cell in row]
            if any(value not in (None, "") for value in values):
                yield number, values

    return Table(_trim(headers), body(), total=max(rows_stated - 1, 0) or None)


def _scan_sheet(archive: zipfile.ZipFile, path: str) -> tuple[int, list[bytes]]:
    """(rows, merged ranges) of a sheet's XML, read in chunks: a sheet that states no
    dimension is counted here rather than trusted, and nothing holds it all in memory."""
    rows, merged, carried = 0, [], b""
    with archive.open(path) as part:
        while chunk := part.read(_CHUNK):
            text = carried + chunk
            cut = max(len(text) - _OVERLAP, 0)     # a match starting after `cut` is counted with the next chunk
            rows += sum(1 for match in _ROW.finditer(text, 0, len(text)) if match.start() < cut)
            merged += [match.group(1) for match in _MERGE.finditer(text) if match.start() < cut]
            carried = text[cut:]
    rows += len(_ROW.findall(carried))
    merged += _MERGE.findall(carried)
    return rows, merged


def _read_csv(content: bytes) -> Table:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRejected(_("Tệp CSV phải được lưu dạng UTF-8 (Excel: Lưu thành → CSV UTF-8).")) from None
    if "\x00" in text:
        raise FileRejected(_("Tệp không phải là tệp CSV dạng văn bản."))
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers = next(reader, None)
    if not headers or not any(h.strip() for h in headers):
        raise FileRejected(_("Tệp trống."))

    def body():
        for number, values in enumerate(reader, start=2):
            if number > MAX_ROWS + 1:
                raise FileRejected(_("Tệp có quá %(limit)s dòng: hãy chia nhỏ tệp.") % {"limit": MAX_ROWS})
            if any(value.strip() for value in values):
                yield number, [Formula(v) if v.startswith("=") else v for v in values]

    return Table(_trim([_header(h) for h in headers]), body(), total=text.count("\n"))


def _header(value) -> str:
    return "" if value is None else str(value).strip()


def _trim(headers: list[str]) -> list[str]:
    while headers and not headers[-1]:
        headers.pop()
    return headers
