"""The XLSX export's rows written as SpreadsheetML text read back as openpyxl would have written them."""
import datetime
import io
from decimal import Decimal
from types import SimpleNamespace

from django.utils import timezone
from openpyxl import load_workbook

from ngoaivu.exchange.columns import DATE, DECIMAL, INTEGER, TEXT
from ngoaivu.exchange.writers import write_xlsx

COLUMNS = [SimpleNamespace(kind=TEXT, grouped=True, header="Tên"),
           SimpleNamespace(kind=DATE, grouped=True, header="Ngày"),
           SimpleNamespace(kind=DECIMAL, grouped=True, header="Vốn (USD)"),
           SimpleNamespace(kind=INTEGER, grouped=False, header="Năm")]


def _read(rows):
    sheet = load_workbook(io.BytesIO(write_xlsx(COLUMNS, iter(rows), title="Thử"))).worksheets[0]
    return [[(cell.value, cell.number_format) for cell in row] for row in sheet.iter_rows()]


def test_text_numbers_and_dates_keep_their_types_and_formats():
    rows = _read([[" Quỹ A & <B> ", datetime.date(2020, 5, 17), Decimal("1234567.50"), 2024],
                  ["x\x01y", None, 1.5, None]])
    assert [value for value, _ in rows[0]] == ["Tên", "Ngày", "Vốn (USD)", "Năm"]
    assert rows[1] == [(" Quỹ A & <B> ", "General"), (datetime.datetime(2020, 5, 17), "DD/MM/YYYY"),
                       (1234567.5, "#,##0.##"), (2024, "0")]
    assert rows[2] == [("xy", "General"), (None, "General"), (1.5, "#,##0.##"), (None, "General")]


def test_an_aware_time_is_written_in_local_time():
    moment = timezone.make_aware(datetime.datetime(2024, 3, 1, 8, 30))
    assert _read([["A", moment, None, None]])[1][1] == (datetime.datetime(2024, 3, 1, 8, 30), "DD/MM/YYYY")


def test_no_rows_is_the_header_alone():
    assert len(_read([])) == 1
