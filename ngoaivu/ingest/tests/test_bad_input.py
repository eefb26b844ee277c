"""Empty, binary, oversized, wrongly encoded or corrupt input: a clear message, nothing stored."""
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.ingest import services
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.ingest.pipeline.readers import MAX_BYTES
from ngoaivu.ingest.tests.texts import REPORT

pytestmark = pytest.mark.django_db


def _docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _corrupt_docx() -> bytes:
    # A real Word package cut in half: the signature is right, the archive is not.
    data = _docx_bytes(REPORT)
    return data[: len(data) // 2]


BAD_FILES = {
    "empty": ("trong.txt", b"", "rỗng"),
    "blank": ("trang.txt", b"  \n\t \n", "rỗng"),
    "binary": ("anh.txt", bytes(range(256)) * 8, "nhị phân"),
    "too large": ("lon.txt", b"a" * (MAX_BYTES + 1), "quá lớn"),
    "undecodable": ("ma.txt", "Kim ngạch".encode("utf-8")[:-2] + b"\x81\x8d\x90 xu\x9d\x8f", "bảng mã"),
    "cp1252-garbled": ("loi-ma.txt", REPORT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"),
                       "lỗi bảng mã"),
    "corrupt docx": ("hong.docx", _corrupt_docx(), ".docx"),
    "not a pdf": ("gia.pdf", b"<html>not a pdf</html>", ".pdf"),
    "unsupported type": ("bang.xlsx", b"PK\x03\x04 workbook", "Chỉ nhận tệp"),
}


def assert_nothing_stored():
    assert not SourceDocument.all_objects.exists()
    assert not ExtractionRun.all_objects.exists()
    assert not ExtractedFact.all_objects.exists()
    assert not ObjectChange.objects.exists()


@pytest.mark.parametrize("case", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_bad_file_is_refused_beside_the_file_field_and_stores_nothing(case, specialist, own_province):
    name, content, words = case
    with pytest.raises(ValidationError) as error:
        services.document_ingest(actor=specialist, province=own_province, file=SimpleUploadedFile(name, content))
    assert words in " ".join(error.value.message_dict["file"])
    assert_nothing_stored()


def test_garbled_text_is_told_apart_from_vietnamese():
    from ngoaivu.ingest.reading import is_garbled

    assert not is_garbled(REPORT)
    assert not is_garbled("Cà phê, Áo dài, Ê-đê, Đà Lạt à?")
    assert is_garbled(REPORT.encode("utf-8").decode("cp1252", errors="replace"))


@pytest.mark.parametrize("text", ["", "   \r\n  "])
def test_empty_paste_is_refused(text, specialist, own_province):
    with pytest.raises(ValidationError) as error:
        services.document_ingest(actor=specialist, province=own_province, text=text)
    assert "file" in error.value.message_dict
    assert_nothing_stored()


def test_file_and_text_together_are_refused(specialist, own_province):
    with pytest.raises(ValidationError) as error:
        services.document_ingest(actor=specialist, province=own_province, text=REPORT,
                                 file=SimpleUploadedFile("a.txt", REPORT.encode()))
    assert "text" in error.value.message_dict
    assert_nothing_stored()


def test_upload_page_shows_the_message_beside_the_file_field(specialist, client_for):
    page = client_for(specialist).post(reverse("ingest:document_add"), {
        "file": SimpleUploadedFile("anh.txt", bytes(range(256)) * 8), "title": "Ảnh"})
    assert page.status_code == 400
    body = page.content.decode()
    errors = body[body.index('id="id_file_errors"'):]
    assert "nhị phân" in errors[:300]
    assert_nothing_stored()


def test_api_names_the_field(specialist, api_client_for):
    response = api_client_for(specialist).post(reverse("document-list"), {
        "file": SimpleUploadedFile("hong.docx", _corrupt_docx())}, format="multipart")
    assert response.status_code == 400
    assert ".docx" in " ".join(response.json()["file"])
    assert_nothing_stored()


def test_api_refuses_a_docx_bomb_before_storing_or_queueing(specialist, api_client_for):
    from ngoaivu.jobs.models import Job
    from ngoaivu.testing.files import docx_bomb

    response = api_client_for(specialist).post(reverse("document-list"), {
        "file": SimpleUploadedFile("bom.docx", docx_bomb())}, format="multipart")
    assert response.status_code == 400 and response.json()["file"]
    assert_nothing_stored()
    assert not Job.objects.exists()
