"""An upload or a pasted text → the text the extractor reads, or a refusal beside the field.

Everything here runs before anything is saved, so bad input stores nothing.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.core.uploads import extension_of, validate_upload
from ngoaivu.ingest.choices import SourceFormat
from ngoaivu.ingest.pipeline.readers import MAX_BYTES, UnreadableDocument, check_limits, read_bytes

ACCEPTED_EXTENSIONS = ("txt", "docx", "pdf", "html", "htm")
# The formats whose content the shared upload check can vouch for by signature. Text
# formats are the reader's call: it decodes legacy cp1258 files a UTF-8 check refuses.
SIGNATURE_CHECKED = ("docx", "pdf")
# Decoding is all there is to reading these: done in the request, not in the worker.
PLAIN_TEXT = ("txt",)

# UTF-8 bytes shown as Windows-1252 ("Kim ngáº¡ch" for "Kim ngạch"): runs of Latin-1 and
# cp1252 punctuation that turn back into valid UTF-8. Vietnamese never puts two such
# letters side by side, so two runs are enough to call the text garbled.
_CP1252_RUN = re.compile("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                         "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}")
_GARBLED_RUNS = 2


@dataclass(frozen=True)
class SourceText:
    text: str
    source_format: str
    published: date | None = None  # when the file's own metadata states it (web pages)


def check_upload(file) -> str:
    """What can be known of an upload without reading its text, checked before it is stored:
    its type, size and signature, and what it unpacks into (zip parts, paragraphs, PDF pages).
    Returns the extension; the reading itself happens in the worker (`read_upload`)."""
    extension = extension_of(file.name)
    if extension not in ACCEPTED_EXTENSIONS:
        raise ValidationError({"file": _("Chỉ nhận tệp .txt, .docx, .pdf hoặc .html.")})
    if file.size > MAX_BYTES:
        raise ValidationError({"file": _("Tệp quá lớn (tối đa %(mb)s MB).") % {"mb": MAX_BYTES // (1024 * 1024)}})
    if extension in SIGNATURE_CHECKED:
        try:
            validate_upload(file, allowed=SIGNATURE_CHECKED, max_bytes=MAX_BYTES)
        except ValidationError as error:
            raise ValidationError({"file": error.messages}) from error
    file.seek(0)
    data = file.read()
    file.seek(0)
    try:
        check_limits(data, file.name)
    except UnreadableDocument as error:
        raise ValidationError({"file": str(error)}) from error
    return extension


def read_upload(file) -> SourceText:
    check_upload(file)
    file.seek(0)
    data = file.read()
    file.seek(0)
    try:
        document = read_bytes(data, file.name)
    except UnreadableDocument as error:
        raise ValidationError({"file": str(error)}) from error
    _refuse_garbled(document.text, "file")
    return SourceText(document.text, _format_of(document.format), document.published)


def read_pasted(text: str) -> SourceText:
    # Browsers send a textarea's line breaks as CRLF; offsets are counted on plain "\n".
    text = (text or "").replace("\r\n", "\n")
    if not text.strip():
        raise ValidationError({"text": _("Nội dung văn bản trống.")})
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ValidationError({"text": _("Văn bản quá dài (tối đa %(mb)s MB).") % {"mb": MAX_BYTES // (1024 * 1024)}})
    _refuse_garbled(text, "text")
    return SourceText(text, SourceFormat.PASTED)


def content_hash(text: str) -> str:
    """The same text pasted, uploaded as .txt or as .docx hashes the same: NFC, whitespace collapsed."""
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def is_garbled(text: str) -> bool:
    runs = 0
    for match in _CP1252_RUN.finditer(text):
        if _decodes_as_utf8(match.group()):
            runs += 1
            if runs >= _GARBLED_RUNS:
                return True
    return False


def _decodes_as_utf8(run: str) -> bool:
    try:
        raw = b"".join(c.encode("cp1252") if ord(c) > 0xFF else bytes([ord(c)]) for c in run)
        return any(ord(c) > 0x7F for c in raw.decode("utf-8"))
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def _refuse_garbled(text: str, field: str) -> None:
    if is_garbled(text):
        raise ValidationError({field: _(
            "Văn bản bị lỗi bảng mã (chữ tiếng Việt hiện thành ký tự lạ như “Ã”, “áº”); "
            "hãy mở tệp gốc và lưu lại dưới dạng UTF-8."
        )})


def _format_of(reader_format: str) -> str:
    return {"txt": SourceFormat.TXT, "docx": SourceFormat.DOCX, "pdf": SourceFormat.PDF,
            "html": SourceFormat.HTML}[reader_format]
