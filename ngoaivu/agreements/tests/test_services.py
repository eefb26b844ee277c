from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from ngoaivu.agreements import services
from ngoaivu.agreements.choices import AgreementLevel, AgreementStatus, StepName
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview, AgreementStatusChange
from ngoaivu.audit.models import ObjectChange
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.services import child_create, child_update
from ngoaivu.core.workflow.services import take_step
from ngoaivu.geo.models import Province
from ngoaivu.testing.files import pdf_bytes

from .helpers import make_agreement, make_partner, make_signed

pytestmark = pytest.mark.django_db
S = AgreementStatus


def new_agreement(user, province, **extra):
    data = {"province": province, "title": "Thỏa thuận hợp tác lao động thời vụ", "vietnamese_party": "UBND tỉnh",
            "partners": [make_partner(province, "Quận Boeun", "KR")], **extra}
    return services.agreement_create(actor=user, data=data)


def step(agreement, user, name, on, **details):
    return take_step(agreement, name, actor=user, on=on, values=details)


def test_create_records_the_first_history_row(users, own_province):
    agreement = new_agreement(users[Role.SPECIALIST], own_province, sectors=["labour"])
    row = AgreementStatusChange.objects.get(agreement=agreement)
    assert (row.step, row.from_state, row.to_state) == (StepName.CREATE, "", S.PROPOSED)
    assert row.actor == users[Role.SPECIALIST] and row.happened_on == timezone.localdate()
    assert list(agreement.sectors.values_list("code", flat=True)) == ["labour"]
    assert ObjectChange.objects.filter(object_id=agreement.pk, action="create").exists()


def test_a_proposal_entered_late_keeps_its_date(users, own_province):
    agreement = services.agreement_create(actor=users[Role.SPECIALIST], proposed_on=date(2024, 2, 1), data={
        "province": own_province, "title": "Biên bản ghi nhớ", "vietnamese_party": "UBND tỉnh",
        "partners": [make_partner(own_province)]})
    assert agreement.status_changes.get().happened_on == date(2024, 2, 1)


def test_an_agreement_signed_years_ago_is_registered_as_it_is_by_an_approver(users, own_province):
    with pytest.raises(ValidationError) as error:
        new_agreement(users[Role.SPECIALIST], own_province, status=S.PERMITTED, decided_on=date(2021, 3, 1))
    assert "lãnh đạo phê duyệt" in error.value.message_dict["status"][0]
    with pytest.raises(ValidationError) as error:
        new_agreement(users[Role.CONTRIBUTOR], own_province, signed_on=date(2021, 3, 26))
    assert "status" in error.value.message_dict
    assert not Agreement.all_objects.exists()
    agreement = new_agreement(users[Role.APPROVER], own_province, status=S.IN_FORCE, signed_on=date(2021, 3, 26),
                              term_start=date(2021, 1, 1), term_end=date(2025, 12, 31))
    row = agreement.status_changes.get()
    assert row.to_state == S.IN_FORCE and row.happened_on == date(2021, 3, 26)


def test_create_needs_a_foreign_party(users, own_province):
    with pytest.raises(ValidationError) as error:
        new_agreement(users[Role.SPECIALIST], own_province, partners=[])
    assert error.value.message_dict == {"partners": ["Cần chọn ít nhất một bên nước ngoài."]}
    assert not Agreement.all_objects.exists() and not ObjectChange.objects.exists()


@pytest.mark.parametrize("extra, field", [
    ({"status": S.SIGNED}, "signed_on"),
    ({"signed_on": date(2023, 1, 5)}, "signed_on"),  # a proposal is not signed yet
    ({"status": S.CONSULTING}, "opinions_requested_on"),
    ({"status": S.SIGNED, "signed_on": date(2023, 1, 5), "reported_on": date(2023, 1, 4)}, "reported_on"),
    ({"term_start": date(2025, 1, 1), "term_end": date(2021, 1, 1)}, "term_end"),
    ({"status": S.SIGNED, "signed_on": timezone.localdate() + timedelta(days=1)}, "signed_on"),
])
def test_inconsistent_agreements_are_refused_beside_the_field(users, own_province, extra, field):
    with pytest.raises(ValidationError) as error:
        new_agreement(users[Role.APPROVER], own_province, **extra)
    assert field in error.value.message_dict
    assert not Agreement.all_objects.exists() and not AgreementStatusChange.all_objects.exists()


def test_inherited_district_agreements_were_signed_before_july_2025_and_belong_to_the_province(users, own_province):
    specialist = users[Role.APPROVER]  # registering a signed agreement is an approver's
    signed = {"status": S.IN_FORCE, "inherited_from_district": True, "vietnamese_party": "UBND huyện Bắc Quang"}
    with pytest.raises(ValidationError) as error:
        new_agreement(specialist, own_province, signed_on=date(2025, 7, 1), **signed)
    assert "inherited_from_district" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        new_agreement(specialist, own_province, signed_on=date(2023, 4, 13), level=AgreementLevel.DEPARTMENT, **signed)
    assert "Nghị định 177/2025/NĐ-CP" in error.value.message_dict["level"][0]
    assert new_agreement(specialist, own_province, signed_on=date(2023, 4, 13), **signed).inherited_from_district


def test_the_whole_procedure(users, own_province):
    specialist, approver = users[Role.SPECIALIST], users[Role.APPROVER]
    agreement = new_agreement(specialist, own_province)
    day = timezone.localdate() - timedelta(days=60)
    agreement = step(agreement, specialist, "request_opinions", day, shortened_procedure=True)
    assert agreement.opinions_requested_on == day and agreement.shortened_procedure
    agreement = step(agreement, specialist, "submit", day + timedelta(days=5))
    agreement = step(agreement, approver, "permit", day + timedelta(days=8), decision_number="1234/QĐ-UBND")
    assert services.agreement_update(agreement, actor=specialist, data={"notes": "Đã cho phép"}).notes
    with pytest.raises(ValidationError) as error:  # what a step records is not edited in a plain edit
        services.agreement_update(agreement, actor=specialist, data={"decided_on": day})
    assert "decided_on" in error.value.message_dict
    agreement = step(agreement, specialist, "sign", day + timedelta(days=10), signed_place="Seoul")
    assert agreement.signed_on == day + timedelta(days=10) and agreement.signed_place == "Seoul"
    agreement = step(agreement, specialist, "report", day + timedelta(days=20))
    assert agreement.status == S.SIGNED and agreement.reported_on == day + timedelta(days=20)
    agreement = step(agreement, specialist, "take_effect", day + timedelta(days=20), term_end=date(2030, 12, 31))
    agreement = step(agreement, specialist, "amend", day + timedelta(days=30))
    agreement = step(agreement, specialist, "finish_amendment", day + timedelta(days=40), term_end=date(2032, 12, 31))
    agreement = step(agreement, specialist, "suspend", day + timedelta(days=45))
    agreement = step(agreement, specialist, "resume", day + timedelta(days=50))
    agreement = step(agreement, specialist, "terminate", day + timedelta(days=55))

    assert agreement.status == S.TERMINATED and agreement.term_end == date(2032, 12, 31)
    history = list(agreement.status_changes.values_list("step", "from_state", "to_state"))
    assert [row[0] for row in history] == [
        "create", "request_opinions", "submit", "permit", "sign", "report", "take_effect", "amend",
        "finish_amendment", "suspend", "resume", "terminate"]
    assert history[5] == ("report", S.SIGNED, S.SIGNED)
    assert agreement.status_changes.get(step="permit").actor == approver
    assert ObjectChange.objects.filter(object_id=agreement.pk, action="update").count() == 12


def test_a_refusal_ends_the_procedure(users, own_province):
    agreement = make_agreement(own_province, status=S.SUBMITTED, opinions_requested_on=date(2024, 1, 2))
    with pytest.raises(ValidationError) as error:
        step(agreement, users[Role.APPROVER], "refuse", date(2024, 1, 20))
    assert error.value.message_dict == {"note": ["Cần nêu lý do."]}
    agreement = take_step(agreement, "refuse", actor=users[Role.APPROVER], on=date(2024, 1, 20), note="Chưa phù hợp")
    assert agreement.status == S.REFUSED and agreement.decided_on == date(2024, 1, 20)
    with pytest.raises(ValidationError):
        step(agreement, users[Role.SPECIALIST], "sign", date(2024, 2, 1))


@pytest.mark.parametrize("role, name, status", [
    (Role.SPECIALIST, "permit", S.SUBMITTED),   # only approvers decide
    (Role.APPROVER, "sign", S.PERMITTED),       # approvers do not enter data
    (Role.CONTRIBUTOR, "submit", S.CONSULTING),
    (Role.VIEWER, "report", S.SIGNED),
])
def test_each_step_needs_its_own_right(users, own_province, role, name, status):
    signed_on = date(2024, 1, 15) if status == S.SIGNED else None
    agreement = make_agreement(own_province, status=status, opinions_requested_on=date(2024, 1, 2),
                               decided_on=date(2024, 1, 10), signed_on=signed_on)
    before = snapshot(agreement)
    with pytest.raises(ScopeDenied):
        step(agreement, users[role], name, date(2024, 2, 1))
    assert snapshot(Agreement.objects.get(pk=agreement.pk)) == before
    assert not AgreementStatusChange.objects.exists()


def test_a_step_the_status_does_not_allow_changes_nothing(users, own_province):
    agreement = make_agreement(own_province)
    with pytest.raises(ValidationError) as error:
        step(agreement, users[Role.SPECIALIST], "sign", date(2024, 2, 1))
    assert "khi hồ sơ đang ở trạng thái “Đề xuất”" in error.value.messages[0]
    assert Agreement.objects.get(pk=agreement.pk).status == S.PROPOSED
    assert not AgreementStatusChange.objects.exists() and not ObjectChange.objects.exists()


def test_step_dates_cannot_go_back_or_into_the_future(users, own_province):
    specialist = users[Role.SPECIALIST]
    agreement = step(new_agreement(specialist, own_province), specialist, "request_opinions", date(2024, 3, 1))
    with pytest.raises(ValidationError) as error:
        step(agreement, specialist, "submit", date(2024, 2, 28))
    assert error.value.message_dict["on"] == ["Ngày thực hiện không được trước ngày 01/03/2024 của bước trước."]
    with pytest.raises(ValidationError) as error:
        step(agreement, specialist, "submit", timezone.localdate() + timedelta(days=1))
    assert "on" in error.value.message_dict


def test_a_registered_agreement_cannot_end_before_it_was_signed(users, own_province):
    agreement = make_signed(own_province, signed_on=date(2021, 3, 26))
    with pytest.raises(ValidationError) as error:
        step(agreement, users[Role.SPECIALIST], "terminate", date(2020, 12, 31))
    assert "26/03/2021" in error.value.message_dict["on"][0]


def test_the_report_is_made_once_and_only_takes_its_date(users, own_province):
    specialist = users[Role.SPECIALIST]
    agreement = make_signed(own_province, signed_on=date(2024, 5, 2))
    with pytest.raises(ValidationError):
        step(agreement, specialist, "report", date(2024, 5, 10), term_end=date(2030, 1, 1))
    agreement = step(agreement, specialist, "report", date(2024, 5, 10))
    with pytest.raises(ValidationError) as error:
        step(agreement, specialist, "report", date(2024, 5, 12))
    assert "đã được thực hiện" in error.value.messages[0]


def test_status_changes_only_through_steps(users, own_province):
    agreement = make_agreement(own_province)
    with pytest.raises(ValidationError) as error:
        services.agreement_update(agreement, actor=users[Role.SPECIALIST], data={"status": S.IN_FORCE})
    assert "status" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.agreement_update(agreement, actor=users[Role.SPECIALIST], data={"partners": []})
    services.agreement_update(agreement, actor=users[Role.SPECIALIST], data={"notes": "Ghi chú"})
    assert Agreement.objects.get(pk=agreement.pk).notes == "Ghi chú"


def test_steps_on_another_provinces_agreement_are_refused(users, other_province):
    agreement = make_agreement(other_province)
    with pytest.raises(ScopeDenied):
        step(agreement, users[Role.SPECIALIST], "request_opinions", date(2024, 3, 1))


def test_partners_of_another_province_cannot_be_linked(users, own_province, other_province):
    with pytest.raises(ValidationError):
        new_agreement(users[Role.SPECIALIST], own_province, partners=[make_partner(other_province)])
    assert not Agreement.all_objects.exists()


def test_reviews_take_the_agreements_province_and_one_per_year(users, own_province, make_user):
    ha_giang = Province.objects.get(scheme="vn63", name="Hà Giang")
    tuyen_quang = Province.objects.get(valid_to__isnull=True, name="Tuyên Quang")
    specialist = make_user(province=tuyen_quang)
    agreement = make_signed(ha_giang, signed_on=date(2023, 4, 6))
    data = {"province": tuyen_quang, "agreement": agreement, "year": 2023, "rating": "effective",
            "summary": "Đưa 49 lao động sang làm việc thời vụ"}
    review = child_create(AgreementReview, actor=specialist, data=data)
    assert review.province == ha_giang  # kept with the records of the unit that signed
    with pytest.raises(ValidationError) as error:
        child_create(AgreementReview, actor=specialist, data=data)
    assert error.value.message_dict == {"year": ["Thỏa thuận đã có đánh giá của năm 2023."]}
    with pytest.raises(ValidationError) as error:
        child_create(AgreementReview, actor=specialist, data={**data, "year": 2022})
    assert "từ năm ký (2023)" in error.value.message_dict["year"][0]


def test_reviews_need_a_signed_agreement_and_stay_with_it(users, own_province):
    specialist = users[Role.SPECIALIST]
    with pytest.raises(ValidationError) as error:
        child_create(AgreementReview, actor=specialist, data={
            "province": own_province, "agreement": make_agreement(own_province), "year": 2024, "rating": "dormant",
            "summary": "Chưa ký"})
    assert "agreement" in error.value.message_dict
    review = child_create(AgreementReview, actor=specialist, data={
        "province": own_province, "agreement": make_signed(own_province), "year": 2024, "rating": "dormant",
        "summary": "Chưa triển khai"})
    with pytest.raises(ValidationError):
        child_update(review, actor=specialist, data={"agreement": make_signed(own_province)})


def test_documents_record_who_uploaded_and_refuse_bad_files(users, own_province):
    specialist = users[Role.SPECIALIST]
    agreement = make_signed(own_province)
    document = services.document_create(actor=specialist, data={
        "province": own_province, "agreement": agreement, "kind": "signed_copy",
        "file": SimpleUploadedFile("ban-ky.pdf", pdf_bytes())})
    assert document.uploaded_by == specialist and document.province == own_province
    with pytest.raises(ValidationError) as error:
        services.document_create(actor=specialist, data={
            "province": own_province, "agreement": agreement, "kind": "translation",
            "file": SimpleUploadedFile("ban-dich.docx", b"not a word file")})
    assert "file" in error.value.message_dict
    assert AgreementDocument.objects.count() == 1
    assert AgreementReview.objects.count() == 0
