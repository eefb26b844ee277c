"""Every chart of the demo reports renders with no missing glyph (the warning is an error
here), in the unit of the table beside it; the demo's annexes speak Vietnamese only."""
import io
import warnings

import pytest
from django.db import transaction
from openpyxl import load_workbook

from ngoaivu.reports.models import Report
from ngoaivu.reports.rendering.charts import render_chart_png
from ngoaivu.reports.rendering.model import Chart, Table
from ngoaivu.reports.rendering.xlsx_annex import HEADER_ROW, render_xlsx
from ngoaivu.reports.selectors import report_text

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_documents(django_db_setup, django_db_blocker):
    """The text of every report the demo holds (the demo loaded once, rolled back after)."""
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    with django_db_blocker.unblock(), transaction.atomic():
        ensure_geography()  # a transactional test before it in this worker may have flushed them
        load_demo()
        yield {str(report): report_text(report).document for report in Report.objects.all()}
        transaction.set_rollback(True)


def test_every_chart_of_the_demo_reports_has_every_glyph(demo_documents):
    charts = [(name, block) for name, document in demo_documents.items()
              for section in document.sections for block in section.blocks if isinstance(block, Chart)]
    assert charts, "the demo reports have charts"
    for name, chart in charts:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph … missing from font(s)" fails the test
            assert render_chart_png(chart), name


def test_a_chart_is_in_the_unit_of_the_table_beside_it(demo_documents):
    for name, document in demo_documents.items():
        for section in document.sections:
            table = None
            for block in section.blocks:
                if isinstance(block, Table):
                    table = block
                elif isinstance(block, Chart) and table is not None and table.unit:
                    assert block.unit == table.unit, (name, block.title, table.caption)


def test_the_demo_annexes_have_vietnamese_headers_and_real_dates(demo_documents):
    for name, document in demo_documents.items():
        workbook = load_workbook(io.BytesIO(render_xlsx(document)))
        for sheet in workbook.worksheets[1:]:
            header = [cell.value for cell in sheet[HEADER_ROW]]
            assert all(isinstance(label, str) and "_" not in label for label in header), (name, header)
            texts = [cell.value for row in sheet.iter_rows(min_row=HEADER_ROW + 1) for cell in row
                     if isinstance(cell.value, str)]
            assert not [text for text in texts if text.count("/") == 2 and text.replace("/", "").isdigit()], name
