from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from ngoaivu.consular.choices import ActivityStatus
from ngoaivu.consular.models import LabourDeployment, OverseasActivity
from ngoaivu.consular.selectors import overseas_activities_to_follow
from ngoaivu.consular.tests.helpers import make_activity, make_deployment, remittance_row
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_create
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def make_partner(province, name="Quận Boeun", country="KR"):
    return Partner.objects.create(province=province, name=name, partner_type=PartnerType.LOCALITY, country_id=country)


class TestOverseasActivities:
    def test_an_activity_still_ahead_cannot_be_held(self, own_province, users):
        with pytest.raises(ValidationError) as error:
            record_create(OverseasActivity, actor=users[Role.SPECIALIST], data={
                "province": own_province, "title": "Gặp mặt kiều bào", "kind": "meeting",
                "status": ActivityStatus.HELD, "held_on": timezone.localdate() + timedelta(days=3)})
        assert "status" in error.value.message_dict and not OverseasActivity.all_objects.exists()

    def test_attention_for_coming_and_forgotten_activities(self, own_province):
        today = timezone.localdate()
        coming = make_activity(own_province, held_on=today + timedelta(days=10))
        make_activity(own_province, held_on=today + timedelta(days=60))
        forgotten = make_activity(own_province, held_on=today - timedelta(days=1))
        make_activity(own_province, held_on=today - timedelta(days=1), status=ActivityStatus.HELD)
        (_, due, due_severity), (_, overdue, overdue_severity) = overseas_activities_to_follow(
            OverseasActivity.objects.all())
        assert (list(due), due_severity) == ([coming], "due")
        assert (list(overdue), overdue_severity) == ([forgotten], "overdue")

    def test_form_error_beside_the_status_then_edit_and_history(self, own_province, users, client_for):
        client = client_for(users[Role.SPECIALIST])
        next_week = (timezone.localdate() + timedelta(days=7)).strftime("%d/%m/%Y")
        form = {"title": "Gặp mặt kiều bào", "kind": "meeting", "status": "held", "held_on": next_week}
        response = client.post(reverse("consular:overseas_add"), form)
        assert response.status_code == 400 and 'id="id_status_errors"' in response.content.decode()
        assert client.post(reverse("consular:overseas_add"), {**form, "status": "planned"}).status_code == 302
        activity = OverseasActivity.objects.get()
        response = client.post(reverse("consular:overseas_edit", args=[activity.pk]),
                               {**form, "status": "planned", "participants_count": "150"})
        assert response.status_code == 302 and OverseasActivity.objects.get().participants_count == 150
        history = client.get(reverse("consular:overseas_history", args=[activity.pk])).content.decode()
        assert "Số người tham dự" in history

    def test_list_filters_by_kind_and_year(self, own_province, users, client_for):
        camp = make_activity(own_province, title="Trại hè 2022", kind="summer_camp", held_on=date(2022, 8, 2))
        meeting = make_activity(own_province, held_on=date(2024, 1, 25))
        page = client_for(users[Role.VIEWER]).get(reverse("consular:overseas_list"),
                                                  {"kind": "summer_camp", "year": 2022}).content.decode()
        assert reverse("consular:overseas_detail", args=[camp.pk]) in page
        assert reverse("consular:overseas_detail", args=[meeting.pk]) not in page


class TestLabour:
    def test_a_row_needs_workers_or_remittances(self, own_province, users):
        with pytest.raises(ValidationError) as error:
            record_create(LabourDeployment, actor=users[Role.SPECIALIST], data={
                "province": own_province, "period_start": date(2023, 8, 1), "period_end": date(2023, 8, 31)})
        assert error.value.message_dict["workers_sent"] == ["Cần nhập số lao động hoặc số kiều hối gửi về."]

    def test_the_partner_must_be_in_the_destination_country(self, own_province, users):
        with pytest.raises(ValidationError) as error:
            record_create(LabourDeployment, actor=users[Role.SPECIALIST], data={
                "province": own_province, "period_start": date(2023, 8, 1), "period_end": date(2023, 8, 31),
                "country_id": "JP", "workers_sent": 49, "partner": make_partner(own_province)})
        assert error.value.message_dict["partner"] == ["Đối tác ở Hàn Quốc, khác nước đến (Nhật Bản)."]

    def test_seasonal_workers_with_their_partner(self, own_province, users):
        deployment = record_create(LabourDeployment, actor=users[Role.SPECIALIST], data={
            "province": own_province, "period_start": date(2023, 8, 1), "period_end": date(2023, 8, 31),
            "country_id": "KR", "scheme": "seasonal", "workers_sent": 49, "partner": make_partner(own_province)})
        assert str(deployment) == "49 lao động sang Hàn Quốc, tháng 8/2023"

    def test_remittance_rows_read_as_money(self, own_province):
        row = remittance_row(own_province, 2016)
        assert str(row) == "Kiều hối gửi về năm 2016" and row.remittances_display == "165 triệu USD"

    def test_list_filters_by_a_year_inside_the_period(self, own_province, users, client_for):
        term = make_deployment(own_province, period_start=date(2016, 1, 1), period_end=date(2020, 12, 31),
                               workers_sent=46101, country_id=None, scheme="all")
        seasonal = make_deployment(own_province)
        page = client_for(users[Role.VIEWER]).get(reverse("consular:labour_list"), {"year": 2019}).content.decode()
        assert reverse("consular:labour_detail", args=[term.pk]) in page
        assert reverse("consular:labour_detail", args=[seasonal.pk]) not in page
        assert "giai đoạn 2016-2020" in page

    def test_the_partner_choices_stay_in_the_province(self, own_province, other_province, users, client_for):
        make_partner(own_province)
        make_partner(other_province, name="Tỉnh Hủa Phăn", country="LA")
        page = client_for(users[Role.SPECIALIST]).get(reverse("consular:labour_add")).content.decode()
        assert "Quận Boeun" in page and "Hủa Phăn" not in page

    def test_edit_and_history(self, own_province, users, client_for):
        deployment = make_deployment(own_province)
        client = client_for(users[Role.SPECIALIST])
        response = client.post(reverse("consular:labour_edit", args=[deployment.pk]), {
            "period_start": "01/08/2023", "period_end": "31/08/2023", "country": "KR", "scheme": "seasonal",
            "workers_sent": "49", "currency": "USD", "note": "Làm việc thời vụ tại Boeun"})
        assert response.status_code == 302
        detail = client.get(reverse("consular:labour_detail", args=[deployment.pk])).content.decode()
        history = client.get(reverse("consular:labour_history", args=[deployment.pk])).content.decode()
        assert "49" in detail and "Làm việc thời vụ tại Boeun" in history

    def test_form_error_beside_the_field(self, users, client_for):
        response = client_for(users[Role.SPECIALIST]).post(reverse("consular:labour_add"), {
            "period_start": "31/08/2023", "period_end": "01/08/2023", "scheme": "seasonal", "workers_sent": "49",
            "currency": "USD"})
        assert response.status_code == 400
        assert 'id="id_period_end_errors"' in response.content.decode()
        assert not LabourDeployment.all_objects.exists()

    def test_api_create_and_filter(self, own_province, other_province, users, api_client_for):
        api = api_client_for(users[Role.SPECIALIST])
        response = api.post(reverse("labour-deployment-list"), {
            "period_start": "2020-01-01", "period_end": "2020-12-31", "remittances": "165000000", "currency": "USD",
            "note": "khoảng 150–180 triệu USD/năm"}, format="json")
        assert response.status_code == 201, response.content
        assert api.get(reverse("labour-deployment-list"), {"year": 2020}).json()["count"] == 1
        assert api.get(reverse("labour-deployment-list"), {"year": 2021}).json()["count"] == 0
        assert LabourDeployment.objects.get().remittances == Decimal("165000000")

    def test_api_refuses_another_provinces_partner(self, own_province, other_province, users, api_client_for):
        response = api_client_for(users[Role.SPECIALIST]).post(reverse("labour-deployment-list"), {
            "period_start": "2023-08-01", "period_end": "2023-08-31", "workers_sent": 49,
            "partner": make_partner(other_province).pk}, format="json")
        assert response.status_code == 400 and "partner" in response.json()
