"""DOCX to PDF through LibreOffice (`soffice --headless --convert-to pdf`).

Each conversion runs in its own temporary directory with its own LibreOffice profile:
two conversions sharing a profile lock each other out, and a profile left by a crashed
run must not break the next one. The whole process group is killed on timeout, since
soffice starts a child (soffice.bin) that outlives a plain kill.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ngoaivu.core.vnformat import format_number

DEFAULT_TIMEOUT_SECONDS = 120
_EXECUTABLES = ("soffice", "libreoffice")


class PdfConversionUnavailable(RuntimeError):
    """LibreOffice is not installed: offer the DOCX instead."""

    def __init__(self) -> None:
        super().__init__("Máy chủ chưa cài LibreOffice nên không xuất được PDF; hãy tải bản DOCX.")


class PdfConversionFailed(RuntimeError):
    """LibreOffice is installed but did not produce a PDF."""


def pdf_available() -> bool:
    return _soffice() is not None


def convert_docx_to_pdf(docx_bytes: bytes, timeout: float = DEFAULT_TIMEOUT_SECONDS) -> bytes:
    soffice = _soffice()
    if soffice is None:
        raise PdfConversionUnavailable()
    with tempfile.TemporaryDirectory(prefix="ngoaivu-pdf-") as workdir:
        work = Path(workdir)
        source = work / "report.docx"
        source.write_bytes(docx_bytes)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck",
            "--convert-to", "pdf", "--outdir", str(work), str(source),
        ]
        output = _run(command, timeout, home=work)
        pdf = work / "report.pdf"
        if not pdf.exists():
            raise PdfConversionFailed(f"LibreOffice không tạo được tệp PDF: {output.strip()}")
        return pdf.read_bytes()


def _soffice() -> str | None:
    return next(filter(None, map(shutil.which, _EXECUTABLES)), None)


def _run(command: list[str], timeout: float, home: Path) -> str:
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, killed whole on timeout
        # The web server's user may have no writable home; LibreOffice writes caches there.
        env={**os.environ, "HOME": str(home)},
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise PdfConversionFailed(
            f"LibreOffice không chuyển xong sang PDF sau {format_number(timeout)} giây."
        ) from None
    return output
