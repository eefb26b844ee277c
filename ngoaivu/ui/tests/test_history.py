"""The change history reads as text: labels, choice labels, dates, money, names, diffs."""
import datetime

import pytest
from django.urls import reverse
from django.utils.text import capfirst

from ngoaivu.core.collation import sort_by_name
from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Country
from ngoaivu.partners import services
from ngoaivu.ui.history import change_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(users, own_province):
    actor = users[Role.SPECIALIST]
    partner = services.partner_create(actor=actor, data={
        "province": own_province, "name": "Tỉnh Tottori", "partner_type": "locality",
        "country": Country.objects.get(code="JP"), "established_on": datetime.date(2027, 1, 11)})
    return services.partner_update(partner, actor=actor, data={
        "status": "planned", "notes": "Hai bên trao đổi đoàn hằng năm về giáo dục, y tế và văn hóa. " * 3,
        "country": Country.objects.get(code="KR")})


def test_history_shows_labels_not_codes(partner, users, client_for):
    page = client_for(users[Role.VIEWER]).get(reverse("partners:partner_history", args=[partner.pk]))
    body = page.content.decode()
    assert "Nhật Bản" in body and "Hàn Quốc" in body and "11/01/2027" in body
    assert "Đang xúc tiến thiết lập" in body and "Trạng thái quan hệ" in body and "Địa phương nước ngoài" in body
    for raw in ("planned", "locality", "2027-01-11", "country_id", "search_text"):
        assert raw not in body.split("<main")[1]
    assert "<ins>" not in body  # notes were empty before: shown whole, not as a diff


def test_a_new_record_lists_its_fields_in_the_models_order(partner, users):
    from ngoaivu.ui.selectors import change_list_for_object

    created = change_rows(change_list_for_object(user=users[Role.VIEWER], instance=partner))[-1]
    labels = [diff["label"] for diff in created["diffs"]]
    order = [capfirst(str(field.verbose_name)) for field in type(partner)._meta.get_fields()
             if getattr(field, "verbose_name", None) and capfirst(str(field.verbose_name)) in labels]
    meta = type(partner)._meta
    name, country = (capfirst(str(meta.get_field(field).verbose_name)) for field in ("name", "country"))
    assert labels == order and labels.index(name) < labels.index(country)  # alphabetically, country came first


def test_long_text_change_is_a_word_diff(partner, users):
    updated = services.partner_update(partner, actor=users[Role.SPECIALIST],
                                      data={"notes": partner.notes.replace("giáo dục", "du lịch", 1)})
    from ngoaivu.ui.selectors import change_list_for_object

    row = change_rows(change_list_for_object(user=users[Role.VIEWER], instance=updated)[:1])[0]
    html = str(row["diffs"][0]["diff"])
    assert "<del>giáo dục," in html or "<del>giáo</del>" in html or "<del>giáo dục</del>" in html
    assert "<ins>" in html and "…" in html


def test_change_log_filters_and_query_count(partner, users, client_for, django_assert_max_num_queries):
    client = client_for(users[Role.VIEWER])
    page = client.get(reverse("ui:changes"), {"action": "update"})
    assert [row["change"].action for row in page.context["rows"]] == ["update"]
    page = client.get(reverse("ui:changes"), {"since": "01/01/2000", "user_name": users[Role.SPECIALIST].username})
    assert len(page.context["rows"]) == 2
    assert client.get(reverse("ui:changes"), {"since": "31/12/2999"}).context["rows"] == []
    for index in range(30):
        services.partner_update(partner, actor=users[Role.SPECIALIST], data={"name": f"Tỉnh Tottori {index}"})
    with django_assert_max_num_queries(20):
        page = client.get(reverse("ui:changes"))
    assert len(page.context["rows"]) == 25 and page.context["page"].paginator.num_pages == 2


def test_vietnamese_collation():
    names = ["Tây Ninh", "Điện Biên", "Cần Thơ", "Cao Bằng", "Cà Mau", "An Giang", "Đà Nẵng", "Đồng Nai"]
    assert sort_by_name(names) == ["An Giang", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Điện Biên",
                                   "Đồng Nai", "Tây Ninh"]
