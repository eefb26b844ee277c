from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_create, record_delete, record_update
from ngoaivu.legal.choices import DocumentStatus, DocumentType
from ngoaivu.legal.models import LegalDocument
from ngoaivu.legal.selectors import legal_document_find
from ngoaivu.testing.files import pdf_bytes
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db

PDF = pdf_bytes()


def make_document(province, **extra):
    counter = LegalDocument.all_objects.count() + 1
    data = {"province": province, "number": f"{counter}/KH-UBND", "doc_type": DocumentType.PLAN,
            "title": "Kế hoạch triển khai hoạt động đối ngoại", "issuer": "UBND tỉnh",
            "issued_on": date(2021, 6, 10), **extra}
    return LegalDocument.objects.create(**data)


def directive(**extra) -> dict:
    return {"number": "41-CT/TW", "doc_type": DocumentType.DIRECTIVE, "issuer": "Ban Bí thư",
            "title": "Về tăng cường công tác ngoại giao kinh tế", "issued_on": date(2010, 4, 15), **extra}


def create(user, province, **data):
    return record_create(LegalDocument, actor=user, data={"province": province, **directive(**data)})


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    case = RecordCase(
        model=LegalDocument,
        api_basename="legal-document",
        ui_namespace="legal:document",
        make=make_document,
        api_payload=lambda: {"number": f"{LegalDocument.all_objects.count() + 100}-CT/TW", "doc_type": "directive",
                             "title": "Chỉ thị", "issuer": "Ban Bí thư", "issued_on": "2022-08-10"},
        form_data=lambda: {"number": f"{LegalDocument.all_objects.count() + 200}-Ctr/TU", "doc_type": "programme",
                           "title": "Chương trình phát triển kinh tế đối ngoại", "issuer": "Tỉnh ủy",
                           "issued_on": "21/03/2023", "status": "in_force"},
        api_patch={"notes": "Cập nhật"},
    )
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def test_create_is_audited(users, own_province):
    document = create(users[Role.SPECIALIST], own_province)
    change = ObjectChange.objects.get(object_id=document.pk, action="create")
    assert change.after["number"] == "41-CT/TW" and change.user == users[Role.SPECIALIST]
    assert str(document) == "Chỉ thị 41-CT/TW"


def test_number_is_trimmed_and_found_whatever_its_case(users, own_province):
    create(users[Role.SPECIALIST], own_province, number="  41-CT/TW ")
    found = legal_document_find(user=users[Role.VIEWER], number="41-ct/tw", issued_on=date(2010, 4, 15))
    assert found is not None and found.number == "41-CT/TW"


@pytest.mark.parametrize("number, message", [
    ("   ", "không được để trống"),
    ("41 CT/TW", "không có khoảng trắng"),
    ("CT/TW", "không có khoảng trắng"),  # no digit: not a document number
])
def test_malformed_numbers_are_refused_beside_the_field(users, own_province, number, message):
    with pytest.raises(ValidationError) as error:
        create(users[Role.SPECIALIST], own_province, number=number)
    assert message in " ".join(error.value.message_dict["number"])
    assert not LegalDocument.all_objects.exists() and not ObjectChange.objects.exists()


def test_same_number_and_date_twice_is_refused(users, own_province, other_province, make_user):
    specialist = users[Role.SPECIALIST]
    create(specialist, own_province)
    with pytest.raises(ValidationError) as error:
        create(specialist, own_province, number="41-ct/tw")
    assert error.value.message_dict["number"] == [
        "Văn bản số 41-ct/tw (15/04/2010) đã có trong sổ văn bản căn cứ của tỉnh."]
    # Another date, another province's register: not duplicates.
    create(specialist, own_province, issued_on=date(2011, 1, 1))
    create(make_user(province=other_province), other_province)
    assert LegalDocument.objects.count() == 3


def test_a_number_without_date_is_unique_too(users, own_province):
    create(users[Role.SPECIALIST], own_province, number="339", doc_type=DocumentType.DECISION, issued_on=None)
    with pytest.raises(ValidationError) as error:
        create(users[Role.SPECIALIST], own_province, number="339", doc_type=DocumentType.DECISION, issued_on=None)
    assert "không rõ ngày ban hành" in error.value.message_dict["number"][0]


def test_a_deleted_document_does_not_block_its_number(users, own_province):
    specialist = users[Role.SPECIALIST]
    record_delete(create(specialist, own_province), actor=specialist)
    assert create(specialist, own_province).pk


def test_replacement_needs_the_replaced_status_and_no_cycle(users, own_province):
    specialist = users[Role.SPECIALIST]
    old = create(specialist, own_province)
    new = create(specialist, own_province, number="15-CT/TW", issued_on=date(2022, 8, 10))
    with pytest.raises(ValidationError) as error:
        record_update(old, actor=specialist, data={"replaced_by": new})
    assert "status" in error.value.message_dict
    record_update(old, actor=specialist, data={"replaced_by": new, "status": DocumentStatus.REPLACED})
    with pytest.raises(ValidationError) as error:
        record_update(new, actor=specialist, data={"replaced_by": old,
                                                                     "status": DocumentStatus.REPLACED})
    assert "replaced_by" in error.value.message_dict
    with pytest.raises(ValidationError):
        record_update(new, actor=specialist, data={"replaced_by": new,
                                                                     "status": DocumentStatus.REPLACED})


def test_dates_must_be_in_order(users, own_province):
    with pytest.raises(ValidationError) as error:
        create(users[Role.SPECIALIST], own_province, effective_from=date(2010, 1, 1))
    assert "effective_from" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        create(users[Role.SPECIALIST], own_province, issued_on=date(2999, 1, 1))
    assert "issued_on" in error.value.message_dict


def test_ui_list_filters_by_type(users, own_province, client_for):
    plan = make_document(own_province)
    directive_doc = make_document(own_province, number="41-CT/TW", doc_type=DocumentType.DIRECTIVE)
    body = client_for(users[Role.VIEWER]).get(reverse("legal:document_list"), {"doc_type": "directive"}).content
    assert reverse("legal:document_detail", args=[directive_doc.pk]).encode() in body
    assert reverse("legal:document_detail", args=[plan.pk]).encode() not in body


def test_ui_create_with_file_then_download(users, own_province, client_for):
    web = client_for(users[Role.SPECIALIST])
    response = web.post(reverse("legal:document_add"), {
        "number": "108/KH-UBND", "doc_type": "plan", "title": "Kế hoạch đối ngoại 2021-2025",
        "issuer": "UBND tỉnh Thái Nguyên", "issued_on": "10/06/2021", "status": "in_force",
        "file": SimpleUploadedFile("ke-hoach.pdf", PDF)})
    assert response.status_code == 302
    document = LegalDocument.objects.get(number="108/KH-UBND")
    assert document.issued_on == date(2021, 6, 10) and document.file.name.endswith(".pdf")
    detail = web.get(reverse("legal:document_detail", args=[document.pk])).content.decode()
    assert reverse("legal:document_file", args=[document.pk]) in detail
    download = web.get(reverse("legal:document_file", args=[document.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_ui_refuses_a_renamed_file_beside_the_field(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("legal:document_add"), {
        **directive(issued_on="15/04/2010"), "status": "in_force",
        "file": SimpleUploadedFile("chi-thi.pdf", b"MZ\x90\x00 not a pdf")})
    assert page.status_code == 400
    assert 'id="id_file_errors"' in page.content.decode()
    assert "Nội dung tệp không khớp với phần mở rộng .pdf" in page.content.decode()
    assert not LegalDocument.all_objects.exists()


def test_ui_duplicate_message_beside_the_number(users, own_province, client_for):
    create(users[Role.SPECIALIST], own_province)
    page = client_for(users[Role.SPECIALIST]).post(reverse("legal:document_add"), {
        **directive(issued_on="15/04/2010"), "status": "in_force"})
    assert page.status_code == 400
    assert "đã có trong sổ văn bản căn cứ của tỉnh" in page.content.decode()
    assert 'id="id_number_errors"' in page.content.decode()


def test_form_offers_only_own_documents_as_replacement(users, own_province, other_province, client_for):
    own = make_document(own_province, title="Văn bản của tỉnh mình")
    other = make_document(other_province, title="Văn bản tỉnh khác")
    form = client_for(users[Role.SPECIALIST]).get(reverse("legal:document_add")).context["form"]
    choices = list(form.fields["replaced_by"].queryset)
    assert own in choices and other not in choices


def test_file_of_another_province_is_not_found(users, other_province, client_for, api_client_for):
    other = make_document(other_province, file=SimpleUploadedFile("x.pdf", PDF))
    assert client_for(users[Role.SPECIALIST]).get(reverse("legal:document_file", args=[other.pk])).status_code == 404
    response = api_client_for(users[Role.SPECIALIST]).get(reverse("legal-document-file", args=[other.pk]))
    assert response.status_code == 404


def test_api_create_filter_and_download_link(users, own_province, api_client_for):
    api = api_client_for(users[Role.SPECIALIST])
    response = api.post(reverse("legal-document-list"), {
        "number": "37-Ctr/TU", "doc_type": "programme", "title": "Phát triển kinh tế đối ngoại 2023-2030",
        "issuer": "Ban Chấp hành Đảng bộ tỉnh", "issued_on": "2023-03-21",
        "file": SimpleUploadedFile("ctr.pdf", PDF)}, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["file_url"].endswith(reverse("legal-document-file", args=[body["id"]]))
    assert "/media/" not in body["file"]
    make_document(own_province)
    listed = api.get(reverse("legal-document-list"), {"doc_type": "programme"}).json()["results"]
    assert [row["number"] for row in listed] == ["37-Ctr/TU"]
    assert api.get(body["file_url"]).status_code == 200


def test_api_error_names_the_field(users, own_province, api_client_for):
    create(users[Role.SPECIALIST], own_province)
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("legal-document-list"), {**directive(issued_on="2010-04-15")}, format="json")
    assert response.status_code == 400
    assert response.json() == {"number": ["Văn bản số 41-CT/TW (15/04/2010) đã có trong sổ văn bản căn cứ của tỉnh."]}


def test_history_page_lists_changes(users, own_province, client_for):
    document = create(users[Role.SPECIALIST], own_province)
    record_update(document, actor=users[Role.SPECIALIST], data={"notes": "Ban Bí thư khóa X"})
    page = client_for(users[Role.VIEWER]).get(reverse("legal:document_history", args=[document.pk]))
    assert page.status_code == 200 and "Ban Bí thư khóa X" in page.content.decode()
