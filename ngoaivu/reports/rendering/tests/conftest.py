import io

import docx
import pytest

from ngoaivu.reports.rendering.docx_nd30 import render_docx
from ngoaivu.reports.rendering.sample import sample_report


@pytest.fixture(scope="session")
def report():
    return sample_report()


@pytest.fixture(scope="session")
def docx_bytes(report):
    return render_docx(report)


@pytest.fixture(scope="session")
def document(docx_bytes):
    return docx.Document(io.BytesIO(docx_bytes))
