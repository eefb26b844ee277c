import io
import os
import stat

import pytest
from pypdf import PdfReader

from ngoaivu.reports.rendering.pdf import (
    PdfConversionFailed,
    PdfConversionUnavailable,
    convert_docx_to_pdf,
    pdf_available,
)


def test_sample_report_converts_to_pdf(docx_bytes):
    reader = PdfReader(io.BytesIO(convert_docx_to_pdf(docx_bytes)))
    assert len(reader.pages) >= 1
    first_page = reader.pages[0]
    assert round(float(first_page.mediabox.width) / 72 * 25.4) == 210  # A4
    assert "BÁO CÁO" in first_page.extract_text()


def pdf_fonts(reader: PdfReader) -> set[str]:
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return fonts


def test_every_vietnamese_letter_is_set_in_the_times_compatible_font(docx_bytes):
    """LibreOffice falls back to another font for a letter the Times substitute lacks (Liberation
    Serif 1.x has no "Ỉ"): the page then mixes fonts and the text reads back broken."""
    reader = PdfReader(io.BytesIO(convert_docx_to_pdf(docx_bytes)))
    assert {font.split("-")[0].split(",")[0] for font in pdf_fonts(reader)} <= {"LiberationSerif", "TimesNewRoman",
                                                                                 "TimesNewRomanPSMT"}
    text = reader.pages[0].extract_text()
    assert "UBND TỈNH HÀ TĨNH" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


def fake_soffice(tmp_path, monkeypatch, script):
    """An `soffice` on PATH that only runs `script`."""
    executable = tmp_path / "bin" / "soffice"
    executable.parent.mkdir()
    executable.write_text(f"#!/bin/sh\n{script}\n")
    executable.chmod(executable.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{executable.parent}{os.pathsep}{os.environ['PATH']}")


def test_without_libreoffice_the_message_offers_the_docx(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not pdf_available()
    with pytest.raises(PdfConversionUnavailable, match="hãy tải bản DOCX"):
        convert_docx_to_pdf(b"docx")


def test_a_conversion_without_output_fails_clearly(monkeypatch, tmp_path):
    fake_soffice(tmp_path, monkeypatch, "echo 'Error: source file could not be loaded'")
    with pytest.raises(PdfConversionFailed, match="source file could not be loaded"):
        convert_docx_to_pdf(b"docx")


def test_a_hung_conversion_is_killed(monkeypatch, tmp_path):
    fake_soffice(tmp_path, monkeypatch, "exec sleep 30")
    with pytest.raises(PdfConversionFailed, match="sau 0,5 giây"):
        convert_docx_to_pdf(b"docx", timeout=0.5)
