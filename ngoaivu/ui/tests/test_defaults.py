"""Figure pages open on the latest period with data; a parameter is never silently ignored."""
import datetime

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.indicators import services
from ngoaivu.indicators.models import Indicator

pytestmark = pytest.mark.django_db


@pytest.fixture
def figure_2021(users, own_province):
    indicator = Indicator.objects.get(code="export_value")
    return services.observation_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "indicator": indicator, "period_start": datetime.date(2021, 1, 1),
        "period_end": datetime.date(2021, 12, 31), "value": 1000000, "currency": "USD"})


def test_dashboard_opens_on_the_latest_year_with_data(figure_2021, users, client_for):
    page = client_for(users[Role.VIEWER]).get(reverse("plans:dashboard"))
    assert page.context["period_form"].cleaned_data["year"] == 2021


def test_year_alone_is_a_year_and_bad_values_are_said(figure_2021, users, client_for):
    client = client_for(users[Role.VIEWER])
    page = client.get(reverse("plans:dashboard"), {"year": 2019})
    assert page.context["period_form"].cleaned_data["year"] == 2019
    page = client.get(reverse("plans:dashboard"), {"year": "abc"})
    assert "Không dùng được kỳ đã chọn" in page.content.decode()


def test_national_page_opens_on_a_default_indicator(figure_2021, national_user, client_for):
    page = client_for(national_user).get(reverse("indicators:national"))
    assert page.context["indicator"] is not None and page.context["rows"]
    assert page.context["form"].cleaned_data["year"] == 2021 or page.context["indicator"].code != "export_value"
