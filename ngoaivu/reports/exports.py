"""A report document as a file: DOCX (Nghị định 30/2020), the XLSX annex of its tables, or
PDF through LibreOffice. Shared by the pages, the API and the `report` command."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from django.http import HttpResponse

from ngoaivu.core.vnformat import format_period
from ngoaivu.reports.rendering.docx_nd30 import render_docx
from ngoaivu.reports.rendering.model import ReportDocument
from ngoaivu.reports.rendering.pdf import PdfConversionFailed, PdfConversionUnavailable, convert_docx_to_pdf
from ngoaivu.reports.rendering.xlsx_annex import render_xlsx


@dataclass(frozen=True)
class ExportFormat:
    suffix: str
    content_type: str
    render: Callable[[ReportDocument], bytes]


FORMATS = {
    "docx": ExportFormat("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         render_docx),
    "xlsx": ExportFormat("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", render_xlsx),
    # Raises PdfConversionUnavailable without LibreOffice: the callers say so and offer the DOCX.
    "pdf": ExportFormat("pdf", "application/pdf", lambda doc: convert_docx_to_pdf(render_docx(doc))),
}


# What a PDF export may raise: the callers tell the user and offer the DOCX.
PDF_ERRORS = (PdfConversionUnavailable, PdfConversionFailed)


def export_file(doc: ReportDocument, fmt: str) -> tuple[bytes, ExportFormat]:
    export = FORMATS[fmt]
    return export.render(doc), export


def attachment(doc: ReportDocument, fmt: str, subject: str = "") -> HttpResponse:
    """The document as a download (raises PDF_ERRORS for a PDF LibreOffice cannot make)."""
    content, export = export_file(doc, fmt)
    response = HttpResponse(content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file_name(doc, fmt, subject)}"'
    return response


def file_name(doc: ReportDocument, fmt: str, subject: str = "") -> str:
    """"bao-cao-ha-tinh-nam-2023.docx": ASCII, so every browser and mail client keeps it."""
    period = format_period(doc.period_start, doc.period_end) if doc.period_start and doc.period_end else ""
    return f"{_slug(f'bao cao {subject or doc.place} {period}')}.{FORMATS[fmt].suffix}"


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
