"""Data rows written as SpreadsheetML text into a sheet openpyxl has framed.

An export of 100.000 rows spent most of its time in openpyxl creating a cell object and an
lxml element for every cell. Here each row is one string: text as an inline string,
numbers and dates (as Excel serials) with the style id of their column, empty cells left
out — what openpyxl writes, without the objects. The package is copied member by member,
the sheet streamed into the new ZIP with the rows inserted before `</sheetData>`.
"""
from __future__ import annotations

import io
import math
import zipfile
from datetime import date, datetime
from decimal import Decimal
from typing import Iterable
from xml.sax.saxutils import escape

from django.utils import timezone
from openpyxl.utils import get_column_letter

from ngoaivu.core.validators import without_control_characters

_EPOCH = date(1899, 12, 30)
_EPOCH_TIME = datetime(1899, 12, 30)
_MAX_TEXT = 32_767          # Excel's limit of a cell's text (openpyxl cuts there too)
_CHUNK_ROWS = 2_000


def _cell(ref: str, value, style: int) -> str:
    if isinstance(value, str):
        text = escape(without_control_characters(value)[:_MAX_TEXT])
        space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        return f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>'
    style_attribute = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"{style_attribute}><v>{int(value)}</v></c>'
    if isinstance(value, float) and not math.isfinite(value):
        return _cell(ref, str(value), style)
    if isinstance(value, (int, float, Decimal)):
        return f'<c r="{ref}"{style_attribute}><v>{value}</v></c>'
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value)
        serial = (value - _EPOCH_TIME).total_seconds() / 86_400
        return f'<c r="{ref}"{style_attribute}><v>{serial}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{style_attribute}><v>{(value - _EPOCH).days}</v></c>'
    return _cell(ref, str(value), style)


def _rows_xml(styles: list[int], rows: Iterable[list], first_row: int) -> Iterable[str]:
    letters = [get_column_letter(index) for index in range(1, len(styles) + 1)]
    chunk = []
    for number, values in enumerate(rows, start=first_row):
        cells = "".join(_cell(f"{letter}{number}", value, style)
                        for letter, style, value in zip(letters, styles, values) if value is not None)
        chunk.append(f'<row r="{number}">{cells}</row>')
        if len(chunk) >= _CHUNK_ROWS:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)


def sheet_rows(package: bytes, sheet_path: str, styles: list[int], rows: Iterable[list], *, first_row: int) -> bytes:
    """`package` (an XLSX) with `rows` appended to the sheet at `sheet_path`; `styles[i]` is
    the style id of column i's numbers and dates. Characters XML cannot hold are dropped."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, \
            zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            if member.filename != sheet_path:
                target.writestr(member, source.read(member.filename), compress_type=zipfile.ZIP_DEFLATED)
                continue
            xml = source.read(member.filename).decode("utf-8")
            if "</sheetData>" in xml:
                head, tail = xml.split("</sheetData>", 1)
                tail = "</sheetData>" + tail
            else:                                   # an empty <sheetData/>
                head, tail = xml.split("<sheetData/>", 1)
                head, tail = head + "<sheetData>", "</sheetData>" + tail
            info = zipfile.ZipInfo(member.filename, date_time=member.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w", force_zip64=True) as sheet:
                sheet.write(head.encode("utf-8"))
                for text in _rows_xml(styles, rows, first_row):
                    sheet.write(text.encode("utf-8"))
                sheet.write(tail.encode("utf-8"))
    return output.getvalue()
