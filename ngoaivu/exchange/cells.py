"""Values ↔ spreadsheet cells: what a column holds when written, and what a cell means when read.

Writing keeps numbers and dates real (XLSX) or in Vietnamese notation (CSV: 1.234,5 and
dd/mm/yyyy). Text that a spreadsheet would run as a formula (= + - @) is written with a
leading apostrophe, which reading removes again. Reading accepts what people type:
dates as dates, Excel serials or text (31/12/2023, 2023-12-31), numbers in Vietnamese or
plain notation, choices by label or code, links by name.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from django.utils.translation import gettext as _

from ngoaivu.core.vnformat import format_number
from ngoaivu.exchange.columns import BOOLEAN, CHOICE, DATE, DECIMAL, INTEGER, LINK, LINKS, TEXT, Column
from ngoaivu.geo.catalog import normalize_name

FORMULA_STARTS = ("=", "+", "-", "@")
YES, NO = "Có", "Không"
LIST_SEPARATOR = "; "
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")
_TRUE = {"có", "co", "x", "1", "true", "yes", "đúng"}
_FALSE = {"không", "khong", "0", "false", "no", "sai"}


class CellError(ValueError):
    """A cell that cannot be read; the message names the value, the importer adds row and column."""


class Formula(str):
    """A cell the spreadsheet computes: refused, the sheet must hold values."""


def neutralise(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:2] in FORMULA_STARTS and text[1:2] else text


# --- writing ----------------------------------------------------------------------------

def link_label(obj) -> str:
    return str(obj)


def cell_value(column: Column, obj):
    """The value of a record's column, as Python (numbers, dates, text)."""
    if column.kind == LINKS:
        return LIST_SEPARATOR.join(sorted(link_label(item) for item in getattr(obj, column.name).all())) or None
    value = getattr(obj, column.name)
    if value is None or value == "":
        return None
    if column.kind == LINK:
        return neutralise(link_label(value))
    if column.kind == CHOICE:
        return neutralise(column.choice_label(value))
    if column.kind == BOOLEAN:
        return YES if value else NO
    if column.kind in (TEXT,):
        return neutralise(str(value))
    return value


def csv_text(column: Column, value) -> str:
    if value is None:
        return ""
    if column.kind == DATE:
        return value.strftime("%d/%m/%Y")
    if column.kind in (DECIMAL, INTEGER) and not isinstance(value, str):
        return format_number(value, column.decimal_places) if column.grouped else str(value)
    return str(value)


# --- reading ----------------------------------------------------------------------------

def clean_text(raw) -> str:
    """A cell as NFC text (a Mac or a web form may give NFD Vietnamese)."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return raw.strftime("%d/%m/%Y")
    return unneutralise(unicodedata.normalize("NFC", str(raw)).strip())


def parse_number(raw, *, integer: bool):
    if isinstance(raw, bool):
        raise CellError(_("'%(value)s' không phải là số") % {"value": raw})
    if isinstance(raw, (int, float, Decimal)):
        number = Decimal(str(raw))
    else:
        text = clean_text(raw).replace(" ", "").replace("\u00a0", "")
        if "," in text:                      # Vietnamese: 1.234,5
            text = text.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):   # 1.234.567: dots group thousands
            text = text.replace(".", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise CellError(_("'%(value)s' không phải là số") % {"value": clean_text(raw)}) from None
    if not number.is_finite():
        raise CellError(_("'%(value)s' không phải là số") % {"value": clean_text(raw)})
    if integer:
        if number != number.to_integral_value():
            raise CellError(_("'%(value)s' không phải là số nguyên") % {"value": clean_text(raw)})
        return int(number)
    return number


def parse_date(raw) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 1 <= raw < 2958466:               # an Excel serial (1 = 1/1/1900, the last = 31/12/9999)
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        raise CellError(_("'%(value)s' không phải là ngày") % {"value": clean_text(raw)})
    text = clean_text(raw)
    if re.fullmatch(r"\d{5}", text):         # a serial that came through as text
        return _EXCEL_EPOCH + timedelta(days=int(text))
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellError(_("'%(value)s' không phải là ngày (dd/mm/yyyy)") % {"value": text})


def parse_boolean(raw) -> bool:
    if isinstance(raw, bool):
        return raw
    text = clean_text(raw).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(_("'%(value)s' không phải là Có hoặc Không") % {"value": clean_text(raw)})


@lru_cache(maxsize=256)
def _choice_codes(choices: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Normalised code or label → code, built once per column instead of once per cell."""
    codes = {}
    for code, label in choices:
        codes.setdefault(normalize_name(code), code)
        codes.setdefault(normalize_name(label), code)
    return codes


# Names repeat down a column (a country, a type): normalise each spelling once.
normalized = lru_cache(maxsize=20_000)(normalize_name)


def parse_choice(column: Column, raw) -> str:
    code = _choice_codes(column.choices).get(normalized(clean_text(raw)))
    if code is not None:
        return code
    raise CellError(_("'%(value)s' không có trong danh sách giá trị hợp lệ (trang “Giá trị hợp lệ” của tệp mẫu)")
                    % {"value": clean_text(raw)})


def parse_cell(column: Column, raw, resolver):
    """The model value of a cell; None for an empty cell (the caller decides if it may be empty)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return [] if column.kind == LINKS else None
    if isinstance(raw, Formula):
        raise CellError(_("'%(value)s' là công thức: hãy dán giá trị thay cho công thức") % {"value": raw.strip()})
    kind = column.kind
    if kind == TEXT:
        return clean_text(raw)
    if kind in (INTEGER, DECIMAL):
        return parse_number(raw, integer=kind == INTEGER)
    if kind == DATE:
        return parse_date(raw)
    if kind == BOOLEAN:
        return parse_boolean(raw)
    if kind == CHOICE:
        return parse_choice(column, raw)
    if kind == LINK:
        return resolver.resolve(column.related_model, clean_text(raw))
    if kind == LINKS:
        names = [part.strip() for part in re.split(r"[;\n]", clean_text(raw)) if part.strip()]
        return [resolver.resolve(column.related_model, name) for name in names]
    raise AssertionError(kind)
