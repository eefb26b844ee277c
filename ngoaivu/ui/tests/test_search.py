"""Search without diacritics: list search, global search, the API's ?q=, ranking, highlighting."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.core.search import fold, match_spans, query_words
from ngoaivu.geo.models import Country
from ngoaivu.partners import services
from ngoaivu.partners.models import Partner


def test_fold_removes_marks_case_and_d():
    assert fold("HÀ TĨNH – Đà Nẵng") == "ha tinh da nang"
    assert fold("  Lào,  lao động ") == "lao lao dong"
    assert query_words("Nhật nhat BẢN") == ["nhat", "ban"]


def test_match_spans_on_original_text():
    text = "Tỉnh Luang Prabang (Lào) và lao động"
    spans = match_spans(text, ["lao"])
    assert [text[a:b] for a, b in spans] == ["Lào", "lao"]


def _partner(actor, province, name, **extra):
    data = {"province": province, "name": name, "partner_type": "organization", **extra}
    return services.partner_create(actor=actor, data=data)


@pytest.fixture
def partners(users, own_province):
    actor = users[Role.SPECIALIST]
    return {
        "lao": _partner(actor, own_province, "Tỉnh Hủa Phăn", partner_type="locality",
                        country=Country.objects.get(code="LA")),
        "jp": _partner(actor, own_province, "Tỉnh Tottori", partner_type="locality",
                       country=Country.objects.get(code="JP")),
        "labour": _partner(actor, own_province, "Tổ chức Lao động Quốc tế"),
        "un": _partner(actor, own_province, "Quỹ Nhi đồng Liên Hợp Quốc", notes="Khám mượn đất; dự án với tỉnh Tottori"),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("query,expected", [
    ("nhat ban", {"jp"}), ("NHẬT BẢN", {"jp"}), ("lao", {"lao", "labour"}),
    ("lien hop quoc", {"un"}), ("kham muon", {"un"}), ("HỦA phan", {"lao"}),
])
def test_list_search_without_diacritics(partners, users, client_for, query, expected):
    page = client_for(users[Role.VIEWER]).get(reverse("partners:partner_list"), {"q": query})
    found = {key for key, partner in partners.items() if partner in page.context["table"].data.data}
    assert found == expected


@pytest.mark.django_db
def test_api_q_without_diacritics(partners, users, api_client_for):
    response = api_client_for(users[Role.VIEWER]).get("/api/partners/", {"q": "lien hop quoc"})
    assert response.status_code == 200
    assert [row["name"] for row in response.json()["results"]] == ["Quỹ Nhi đồng Liên Hợp Quốc"]


@pytest.mark.django_db
def test_global_search_ranks_names_first_and_highlights(partners, users, client_for):
    client = client_for(users[Role.VIEWER])
    page = client.get(reverse("ui:search"), {"q": "tottori"})
    # In the name ranks above in the notes.
    assert page.context["results"][0]["items"] == [partners["jp"], partners["un"]]
    page = client.get(reverse("ui:search"), {"q": "lao"})
    body = page.content.decode()
    assert "<mark>Lao</mark> động" in body and "(<mark>Lào</mark>)" in body


@pytest.mark.django_db
def test_search_columns_follow_updates(partners, users):
    partner = services.partner_update(partners["jp"], actor=users[Role.SPECIALIST], data={"name": "Tỉnh Shimane"})
    assert Partner.objects.get(pk=partner.pk).search_title.startswith("tinh shimane")
