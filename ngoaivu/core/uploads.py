"""Checks an uploaded file passes before it is stored: its type, its content and its size.

An extension proves nothing (a renamed program still ends in .pdf), so the first bytes
must be what the extension promises. Word and Excel files are zip packages: the
package must also hold the part that makes it a document or a workbook, so that an
arbitrary archive renamed to .docx is refused too. Then what the file unpacks into is
measured (ngoaivu.core.filelimits): a zip's parts inflated within a limit, a PDF opened
and its pages counted, so a bomb or a damaged file is refused before it is stored.
"""
from __future__ import annotations

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

from ngoaivu.core.filelimits import FileRefused, open_pdf, open_zip
from ngoaivu.core.vnformat import format_number

DEFAULT_ALLOWED = ("pdf", "docx", "doc", "xlsx", "jpg", "png", "txt")
_ALIASES = {"jpeg": "jpg"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls) compound file
_MAGIC = {
    "pdf": (b"%PDF-",),
    "doc": (_OLE2,),
    "jpg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "docx": (b"PK\x03\x04",),
    "xlsx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
}
_PACKAGE_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml"}
_HEAD_BYTES = 16


def extension_of(name: str) -> str:
    """"Báo cáo 2023.PDF" → "pdf"; "ảnh.jpeg" → "jpg"."""
    extension = os.path.splitext(name or "")[1].lower().lstrip(".")
    return _ALIASES.get(extension, extension)


def validate_upload(file, *, allowed: tuple[str, ...] = DEFAULT_ALLOWED, max_bytes: int | None = None) -> str:
    """Raise a ValidationError unless `file` is an allowed, genuine file within the size limit.

    `file` is anything file-like with a name and a size (an upload, a model's FieldFile,
    a django File). `max_bytes` defaults to settings.NGOAIVU_MAX_UPLOAD_BYTES, read at
    call time so the limit can be configured per deployment. Returns the extension.
    """
    limit = settings.NGOAIVU_MAX_UPLOAD_BYTES if max_bytes is None else max_bytes
    extension = extension_of(file.name)
    if extension not in allowed:
        raise ValidationError(
            _("Định dạng tệp không được hỗ trợ. Chỉ nhận các tệp: %(types)s.")
            % {"types": ", ".join(kind.upper() for kind in allowed)},
            code="unsupported_type",
        )
    if file.size > limit:
        raise ValidationError(
            _("Tệp quá lớn (tối đa %(size)s MB).") % {"size": format_number(limit / (1024 * 1024), 1)},
            code="too_large",
        )
    if file.size == 0:
        raise ValidationError(_("Tệp rỗng, không có nội dung."), code="empty")
    if not _content_matches(file, extension):
        raise ValidationError(
            _("Nội dung tệp không khớp với phần mở rộng .%(ext)s: tệp có thể bị đổi tên hoặc bị hỏng.")
            % {"ext": extension},
            code="content_mismatch",
        )
    _check_unpacked(file, extension)
    return extension


def _check_unpacked(file, extension: str) -> None:
    file.seek(0)
    try:
        if extension in _PACKAGE_PART:
            open_zip(file, os.path.basename(file.name)).close()
        elif extension == "pdf":
            open_pdf(file, os.path.basename(file.name))
    except FileRefused as error:
        raise ValidationError(str(error), code="refused") from error
    finally:
        file.seek(0)


def _content_matches(file, extension: str) -> bool:
    file.seek(0)
    try:
        if extension == "txt":
            return _is_utf8_text(file.read())
        head = file.read(_HEAD_BYTES)
        if not head.startswith(_MAGIC[extension]):
            return False
        if extension in _PACKAGE_PART:
            file.seek(0)
            return _package_has(file, _PACKAGE_PART[extension])
        return True
    finally:
        file.seek(0)


def _is_utf8_text(content: bytes) -> bool:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return "\x00" not in text  # NUL bytes mean a binary file that happens to decode


def _package_has(file, part: str) -> bool:
    try:
        with zipfile.ZipFile(file) as package:
            return part in package.namelist()
    except zipfile.BadZipFile:
        return False


@deconstructible
class UploadValidator:
    """`validate_upload` as a model field validator, so every channel (form, API, admin) checks.

    Files already stored were checked when they were uploaded: they are not read again
    each time the record is validated.
    """

    def __init__(self, allowed: tuple[str, ...] = DEFAULT_ALLOWED, max_bytes: int | None = None):
        self.allowed = tuple(allowed)
        self.max_bytes = max_bytes

    def __call__(self, file) -> None:
        if getattr(file, "_committed", False):
            return
        validate_upload(file, allowed=self.allowed, max_bytes=self.max_bytes)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and (self.allowed, self.max_bytes) == (other.allowed, other.max_bytes)


def file_response(file) -> FileResponse:
    """A stored file as a download, under its own name.

    Record files are served through views that check the province scope first, never
    from the public media URL, which anyone with the link could open.
    """
    if not file:
        raise Http404(_("Bản ghi này không có tệp đính kèm."))
    return FileResponse(file.open("rb"), as_attachment=True, filename=os.path.basename(file.name))
