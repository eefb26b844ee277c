from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.agreements.choices import AgreementStatus
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.core.roles import Role
from ngoaivu.testing.files import pdf_bytes

from .helpers import make_agreement, make_partner, make_signed

SIGNED_PDF = pdf_bytes()

pytestmark = pytest.mark.django_db


def agreement_form(partner, **extra) -> dict:
    return {"status": "in_force", "title": "Thỏa thuận hợp tác kinh tế - xã hội, quốc phòng - an ninh 2021-2025",
            "kind": "cooperation", "level": "province_committee", "vietnamese_party": "UBND tỉnh Thanh Hóa",
            "partners": [partner.pk], "sectors": ["economy", "defence_security"], "signed_on": "26/03/2021",
            "term_start": "01/01/2021", "term_end": "31/12/2025", **extra}


def test_list_filters_by_status_sector_and_signing_period(users, own_province, client_for):
    labour = make_signed(own_province, title="Lao động thời vụ", signed_on=date(2023, 4, 6), sectors=["labour"])
    economy = make_signed(own_province, title="Kinh tế", signed_on=date(2021, 3, 26), sectors=["economy"])
    proposed = make_agreement(own_province, title="Đang đề xuất", sectors=["labour"])
    web = client_for(users[Role.VIEWER])

    def listed(**params):
        body = web.get(reverse("agreements:agreement_list"), params).content.decode()
        return {a.title for a in (labour, economy, proposed)
                if reverse("agreements:agreement_detail", args=[a.pk]) in body}

    assert listed(sector="labour") == {"Lao động thời vụ", "Đang đề xuất"}
    assert listed(status="in_force") == {"Lao động thời vụ", "Kinh tế"}
    assert listed(signed_after="01/01/2023", signed_before="30/06/2023") == {"Lao động thời vụ"}
    assert listed(q="Hủa Phăn") == {"Lao động thời vụ", "Kinh tế", "Đang đề xuất"}  # the partner's name


def test_create_signed_agreement_then_edit(users, own_province, client_for):
    web = client_for(users[Role.SPECIALIST])
    assert "status" not in web.get(reverse("agreements:agreement_add")).context["form"].fields
    partner = make_partner(own_province)
    # A specialist's form has no status nor step fields: what is posted for them is not taken.
    assert web.post(reverse("agreements:agreement_add"), agreement_form(partner, status="permitted")).status_code == 302
    proposal = Agreement.objects.get()
    assert proposal.status == AgreementStatus.PROPOSED and proposal.signed_on is None
    approver = client_for(users[Role.APPROVER])
    response = approver.post(reverse("agreements:agreement_add"), agreement_form(partner))
    assert response.status_code == 302
    agreement = Agreement.objects.exclude(pk=proposal.pk).get()
    assert agreement.status == AgreementStatus.IN_FORCE and agreement.signed_on == date(2021, 3, 26)
    assert set(agreement.sectors.values_list("code", flat=True)) == {"economy", "defence_security"}
    assert agreement.status_changes.get().to_state == AgreementStatus.IN_FORCE

    web = client_for(users[Role.SPECIALIST])
    edit = web.get(reverse("agreements:agreement_edit", args=[agreement.pk]))
    assert "status" not in edit.context["form"].fields  # the status moves through the steps only
    response = web.post(reverse("agreements:agreement_edit", args=[agreement.pk]),
                        {**agreement_form(agreement.partners.get()), "reported_on": "05/04/2021"})
    assert response.status_code == 302
    assert Agreement.objects.get(pk=agreement.pk).reported_on is None  # a step field: the edit form does not carry it


def test_validation_message_is_shown_beside_the_field(users, own_province, client_for):
    page = client_for(users[Role.APPROVER]).post(
        reverse("agreements:agreement_add"), agreement_form(make_partner(own_province), signed_on=""))
    assert page.status_code == 400
    body = page.content.decode()
    assert 'id="id_signed_on_errors"' in body and "Thỏa thuận đã ký cần có ngày ký." in body
    assert not Agreement.all_objects.exists()


def test_form_offers_only_the_users_own_partners(users, own_province, other_province, client_for):
    own, other = make_partner(own_province, "Tỉnh Bolikhamxay"), make_partner(other_province, "Tỉnh Hủa Phăn")
    form = client_for(users[Role.SPECIALIST]).get(reverse("agreements:agreement_add")).context["form"]
    assert list(form.fields["partners"].queryset) == [own]
    assert other not in form.fields["partners"].queryset


def test_detail_offers_the_steps_the_role_may_take(users, own_province, client_for):
    agreement = make_agreement(own_province, status=AgreementStatus.SUBMITTED, opinions_requested_on=date(2024, 1, 2))
    url = reverse("agreements:agreement_detail", args=[agreement.pk])
    specialist_page = client_for(users[Role.SPECIALIST]).get(url).content.decode()
    assert 'id="workflow-permit"' not in specialist_page
    approver_page = client_for(users[Role.APPROVER]).get(url).content.decode()
    assert 'id="workflow-permit"' in approver_page and 'id="workflow-refuse"' in approver_page


def test_step_page_records_the_step(users, own_province, client_for):
    agreement = make_agreement(own_province, status=AgreementStatus.SUBMITTED, opinions_requested_on=date(2024, 1, 2))
    web = client_for(users[Role.APPROVER])
    url = reverse("agreements:agreement_step", args=[agreement.pk, "permit"])
    assert web.get(url).status_code == 200
    response = web.post(url, {"on": "15/01/2024", "decision_number": "152/QĐ-UBND", "note": "Đồng ý"})
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert (agreement.status, agreement.decision_number) == (AgreementStatus.PERMITTED, "152/QĐ-UBND")
    detail = web.get(reverse("agreements:agreement_detail", args=[agreement.pk])).content.decode()
    assert "Cho phép ký" in detail and "Đồng ý" in detail


def test_step_errors_are_shown_and_change_nothing(users, own_province, client_for):
    agreement = make_agreement(own_province, status=AgreementStatus.SUBMITTED, opinions_requested_on=date(2024, 1, 2))
    web = client_for(users[Role.APPROVER])
    page = web.post(reverse("agreements:agreement_step", args=[agreement.pk, "permit"]), {"on": "01/01/2024"})
    assert page.status_code == 400
    assert "không được trước ngày 02/01/2024" in page.content.decode()
    assert Agreement.objects.get().status == AgreementStatus.SUBMITTED
    denied = client_for(users[Role.SPECIALIST]).post(
        reverse("agreements:agreement_step", args=[agreement.pk, "permit"]), {"on": "15/01/2024"})
    assert denied.status_code == 403
    assert web.get(reverse("agreements:agreement_step", args=[agreement.pk, "fly"])).status_code == 404


def test_review_is_added_from_the_agreement_page(users, own_province, client_for):
    agreement = make_signed(own_province, signed_on=date(2021, 3, 26))
    web = client_for(users[Role.SPECIALIST])
    form = web.get(reverse("agreements:review_add"), {"agreement": agreement.pk}).context["form"]
    assert form.initial["agreement"] == str(agreement.pk)
    response = web.post(reverse("agreements:review_add"), {
        "agreement": agreement.pk, "year": 2022, "rating": "effective", "summary": "Hội đàm thường niên",
        "next_steps": "Trao đổi đoàn cấp huyện"})
    assert response.url == reverse("agreements:agreement_detail", args=[agreement.pk])
    assert "Hội đàm thường niên" in web.get(response.url).content.decode()
    review = AgreementReview.objects.get()
    edit = web.post(reverse("agreements:review_edit", args=[review.pk]), {
        "agreement": make_signed(own_province).pk, "year": 2022, "rating": "partly", "summary": "Sửa"})
    assert edit.status_code == 302
    review.refresh_from_db()
    assert review.agreement == agreement and review.rating == "partly"  # the agreement stays fixed


def test_document_upload_download_and_refusal(users, own_province, client_for):
    agreement = make_signed(own_province)
    web = client_for(users[Role.SPECIALIST])
    response = web.post(reverse("agreements:document_add"), {
        "agreement": agreement.pk, "kind": "signed_copy", "title": "Bản ký tiếng Việt",
        "file": SimpleUploadedFile("ban-ky.pdf", SIGNED_PDF)})
    assert response.status_code == 302
    document = AgreementDocument.objects.get()
    download = web.get(reverse("agreements:document_file", args=[document.pk]))
    assert b"".join(download.streaming_content) == SIGNED_PDF
    assert "ban-ky" in download["Content-Disposition"]
    page = web.post(reverse("agreements:document_add"), {
        "agreement": agreement.pk, "kind": "translation",
        "file": SimpleUploadedFile("ban-dich.exe", b"MZ")})
    assert page.status_code == 400 and "Định dạng tệp không được hỗ trợ" in page.content.decode()
    assert AgreementDocument.objects.count() == 1


def test_history_page(users, own_province, client_for):
    agreement = make_signed(own_province)
    client_for(users[Role.SPECIALIST]).post(reverse("agreements:agreement_step", args=[agreement.pk, "report"]),
                                            {"on": "01/04/2023"})
    page = client_for(users[Role.VIEWER]).get(reverse("agreements:agreement_history", args=[agreement.pk]))
    body = page.content.decode()
    assert page.status_code == 200 and "Ngày báo cáo sau ký" in body and "01/04/2023" in body
