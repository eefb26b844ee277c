"""The pages' forms are throttled as the API is: the same rates and counters (ngoaivu.api.throttling)."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.partners.models import Partner, PartnerType
from ngoaivu.testing.fixtures import TEST_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_throttle_counters")]
PASSWORD = TEST_PASSWORD  # make_user's


def test_sign_in_posts_past_the_rate_are_refused_with_a_vietnamese_429_even_when_right(client, users, settings):
    settings.NGOAIVU_API_THROTTLE_RATES = {"token": None, "write": None, "form": "3/min"}
    user = users[Role.SPECIALIST]
    for _ in range(3):
        assert client.post(reverse("accounts:login"), {"username": user.username, "password": "sai"}).status_code == 200
    page = client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
    assert page.status_code == 429 and int(page["Retry-After"]) > 0
    assert "Quá nhiều yêu cầu trong thời gian ngắn" in page.content.decode()
    assert "_auth_user_id" not in client.session            # the form was not processed
    assert client.get(reverse("accounts:login")).status_code == 200   # reading the page is not counted


def test_a_users_form_posts_share_the_apis_write_budget(client_for, api_client_for, users, settings):
    settings.NGOAIVU_API_THROTTLE_RATES = {"token": None, "write": "2/min", "form": None}
    user = users[Role.SPECIALIST]
    page = client_for(user)
    api = api_client_for(user)
    data = {"partner_type": PartnerType.ORGANIZATION, "relation_type": "friendship", "status": "active"}
    assert page.post(reverse("partners:partner_add"), {**data, "name": "Quỹ A"}).status_code == 302
    assert api.post(reverse("partner-list"), {**data, "name": "Quỹ B"}, format="json").status_code == 201
    refused = page.post(reverse("partners:partner_add"), {**data, "name": "Quỹ C"})
    assert refused.status_code == 429
    assert sorted(Partner.objects.values_list("name", flat=True)) == ["Quỹ A", "Quỹ B"]
    assert page.get(reverse("partners:partner_list")).status_code == 200


def test_no_rate_no_limit(client_for, users):
    page = client_for(users[Role.SPECIALIST])
    data = {"partner_type": PartnerType.ORGANIZATION, "relation_type": "friendship", "status": "active"}
    for number in range(5):
        assert page.post(reverse("partners:partner_add"), {**data, "name": f"Quỹ {number}"}).status_code == 302
