"""A fact's partner known under another spelling: matched on acceptance, shown on review."""
import pytest
from django.urls import reverse

from ngoaivu.ingest import services
from ngoaivu.partners import services as partner_services
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def kyonggi(specialist, own_province):
    """The province's record of Gyeonggi, written in another romanisation."""
    return partner_services.partner_create(actor=specialist, data={
        "province": own_province, "name": "Tỉnh Kyonggi", "partner_type": PartnerType.LOCALITY, "country_id": "KR"})


def test_accepting_another_spelling_attaches_to_the_existing_partner(kyonggi, fact_of, specialist):
    accepted = services.fact_accept(fact_of("partner", name="Gyeonggi"), actor=specialist)
    assert accepted.record == kyonggi and Partner.objects.count() == 1


def test_review_screen_says_the_partner_exists_and_links_it(kyonggi, report, specialist, client_for):
    page = client_for(specialist).get(reverse("ingest:document_detail", args=[report.document.pk]))
    html = page.content.decode()
    assert "Đối tác đã có trong hồ sơ" in html
    assert reverse("partners:partner_detail", args=[kyonggi.pk]) in html


def test_review_screen_without_an_existing_partner_says_nothing(report, specialist, client_for):
    page = client_for(specialist).get(reverse("ingest:document_detail", args=[report.document.pk]))
    assert "Đối tác đã có trong hồ sơ" not in page.content.decode()


def test_review_screen_and_api_ask_which_place_a_shared_name_means(fact_of, report, specialist, client_for,
                                                                    api_client_for):
    fact = services.fact_correct(fact_of("partner", name="Gyeonggi"), actor=specialist,
                                 corrected_payload={"name": "Viêng Chăn", "country": "LA"})
    page = client_for(specialist).get(reverse("ingest:document_detail", args=[report.document.pk])).content.decode()
    assert "Tên này có thể chỉ nhiều địa phương" in page and "Thủ đô Viêng Chăn, tỉnh Viêng Chăn" not in page
    assert "tỉnh Viêng Chăn, Thủ đô Viêng Chăn" in page
    body = api_client_for(specialist).get(reverse("fact-partner-match", args=[fact.pk])).json()
    assert body == {"existing": None, "namesakes": ["tỉnh Viêng Chăn", "Thủ đô Viêng Chăn"]}


def test_partner_match_api_links_the_existing_partner(kyonggi, fact_of, specialist, api_client_for):
    body = api_client_for(specialist).get(
        reverse("fact-partner-match", args=[fact_of("partner", name="Gyeonggi").pk])).json()
    assert body["existing"]["id"] == kyonggi.pk and body["existing"]["url"].endswith(
        reverse("partner-detail", args=[kyonggi.pk])) and body["namesakes"] == []


def test_the_correction_form_offers_the_places_a_shared_name_may_mean(fact_of, specialist, client_for):
    fact = services.fact_correct(fact_of("partner", name="Gyeonggi"), actor=specialist,
                                 corrected_payload={"name": "Viêng Chăn", "country": "LA"})
    page = client_for(specialist).get(reverse("ingest:fact_correct", args=[fact.pk])).content.decode()
    assert 'list="name-namesakes"' in page and '<option value="Thủ đô Viêng Chăn">' in page
    assert "Tên này có thể chỉ: tỉnh Viêng Chăn, Thủ đô Viêng Chăn." in page
    response = client_for(specialist).post(reverse("ingest:fact_correct", args=[fact.pk]), {
        "name": "Thủ đô Viêng Chăn", "partner_type": "locality", "country": "LA", "status": "active"})
    assert response.status_code == 302
    fact.refresh_from_db()
    assert fact.effective_payload["name"] == "Thủ đô Viêng Chăn"
    page = client_for(specialist).get(reverse("ingest:fact_correct", args=[fact.pk])).content.decode()
    assert "name-namesakes" not in page  # the name now says which
