import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from ngoaivu.core import filelimits
from ngoaivu.core.uploads import UploadValidator, extension_of, validate_upload
from ngoaivu.testing.files import pdf_bytes


def zip_with(*parts: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for part in parts:
            package.writestr(part, "<xml/>")
    return buffer.getvalue()


GENUINE = {
    "bien-ban.pdf": pdf_bytes(),
    "thoa-thuan.docx": zip_with("[Content_Types].xml", "word/document.xml"),
    "so-lieu.xlsx": zip_with("[Content_Types].xml", "xl/workbook.xml"),
    "cu.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32,
    "anh.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "anh.JPEG": b"\xff\xd8\xff\xe1\x00\x10Exif",
    "so-do.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "ghi-chu.txt": "Biên bản hội đàm Thanh Hóa – Hủa Phăn".encode(),
}


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def message_of(error: pytest.ExceptionInfo) -> str:
    return " ".join(error.value.messages)


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_files_pass_and_are_rewound(name):
    file = upload(name, GENUINE[name])
    assert validate_upload(file) == extension_of(name)
    assert file.tell() == 0  # the storage must still read the whole file


@pytest.mark.parametrize("name, content", [
    ("virus.pdf", b"MZ\x90\x00\x03\x00\x00\x00"),  # a Windows program renamed
    ("archive.docx", zip_with("readme.txt")),  # a zip, but no Word document inside
    ("workbook.xlsx", zip_with("word/document.xml")),  # a Word package named as Excel
    ("broken.docx", b"PK\x03\x04 truncated"),
    ("anh.png", GENUINE["anh.jpg"]),
    ("nhi-phan.txt", b"\xff\xfe\x00\x00binary"),
    ("nul.txt", b"abc\x00def"),
])
def test_content_that_does_not_match_the_extension_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, content))
    assert error.value.code == "content_mismatch"
    assert "Nội dung tệp không khớp với phần mở rộng" in message_of(error)


@pytest.mark.parametrize("name", ["chay.exe", "trang.html", "khong-duoi", "bang.xls"])
def test_unsupported_extensions_are_refused_with_the_accepted_list(name):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, b"%PDF-1.4"))
    assert error.value.code == "unsupported_type"
    assert "Định dạng tệp không được hỗ trợ" in message_of(error) and "PDF, DOCX" in message_of(error)


def test_allowed_types_can_be_narrowed():
    with pytest.raises(ValidationError):
        validate_upload(upload("anh.png", GENUINE["so-do.png"]), allowed=("pdf",))


def test_size_limit_from_settings_in_megabytes():
    with override_settings(NGOAIVU_MAX_UPLOAD_BYTES=1024 * 1024):
        validate_upload(upload("a.txt", b"x" * 1024 * 1024))
        with pytest.raises(ValidationError) as error:
            validate_upload(upload("a.txt", b"x" * (1024 * 1024 + 1)))
    assert message_of(error) == "Tệp quá lớn (tối đa 1 MB)."


def test_default_limit_is_ten_megabytes():
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("a.txt", b"x" * (10 * 1024 * 1024 + 1)))
    assert message_of(error) == "Tệp quá lớn (tối đa 10 MB)."


def test_explicit_limit_wins_over_settings():
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("a.pdf", GENUINE["bien-ban.pdf"]), max_bytes=8)
    assert error.value.code == "too_large"


def test_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("a.pdf", b""))
    assert error.value.code == "empty"


def test_validator_checks_new_uploads_only():
    validator = UploadValidator(allowed=("pdf",))
    with pytest.raises(ValidationError):
        validator(upload("a.txt", b"hello"))

    class StoredFile:  # what a model's FieldFile looks like once saved
        _committed = True
        name = "a.txt"

    validator(StoredFile())


def test_validator_deconstructs_for_migrations():
    path, args, kwargs = UploadValidator(allowed=("pdf", "docx")).deconstruct()
    assert path == "ngoaivu.core.uploads.UploadValidator"
    assert UploadValidator(*args, **kwargs) == UploadValidator(allowed=("pdf", "docx"))


def test_a_pdf_with_a_valid_header_and_a_garbage_body_is_refused_before_it_is_stored():
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("bien-ban.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 200))
    assert error.value.code == "refused"
    assert message_of(error) == "Tệp PDF bien-ban.pdf bị hỏng, không đọc được nội dung."


def test_an_office_file_that_unzips_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(filelimits, "MAX_UNZIPPED_BYTES", 1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/workbook.xml", "<xml/>")
        package.writestr("xl/media/blank.bin", bytes(2 * 1024 * 1024))
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("so-lieu.xlsx", buffer.getvalue()))
    assert error.value.code == "refused" and "khi giải nén lớn hơn 1 MB" in message_of(error)
