"""The extractor's confidence in each figure: stored, marked on the review screen, filtered in the API."""
import pytest
from django.urls import reverse

from ngoaivu.ingest import services
from ngoaivu.ingest.extraction import Extraction
from ngoaivu.ingest.tests.texts import REPORT, report_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def graded(monkeypatch, specialist, own_province):
    """REPORT read with a confidence on each figure: the first one doubtful."""
    def extract(text, *, source, published):
        facts = report_facts()
        figures = [f for f in facts if f["kind"] in ("observation", "target")]
        for i, fact in enumerate(figures):
            fact["confidence"] = 0.42 if i == 0 else 0.97
        return Extraction("Lạng Sơn", published, facts)

    monkeypatch.setattr(services, "extract_facts", extract)
    return services.document_ingest(actor=specialist, province=own_province, text=REPORT, title="Sơ kết")


def test_each_figure_keeps_its_confidence_and_other_facts_have_none(graded):
    facts = list(graded.document.facts.order_by("pk"))
    figures = [f for f in facts if f.kind in ("observation", "target")]
    assert [f.confidence for f in figures] == [0.42] + [0.97] * (len(figures) - 1)
    assert all(f.confidence is None for f in facts if f.kind not in ("observation", "target"))


def test_the_review_screen_marks_the_doubtful_figure_until_it_is_decided(graded, specialist, client_for):
    url = reverse("ingest:document_detail", args=[graded.document.pk])
    page = client_for(specialist).get(url).content.decode()
    assert page.count('class="small alert alert-warning py-1 px-2 mb-1 doubtful-fact"') == 1
    assert "độ tin cậy 0,42" in page and "1 số liệu cần kiểm tra kỹ" in page
    assert page.count('class="fact pending doubtful"') == 1  # its words in the text are marked too
    doubtful = graded.document.facts.get(confidence=0.42)
    services.fact_reject(doubtful, actor=specialist)
    page = client_for(specialist).get(url).content.decode()
    assert "doubtful-fact" not in page and "cần kiểm tra kỹ trước" not in page


def test_the_api_gives_the_confidence_and_filters_the_doubtful(graded, specialist, api_client_for):
    api = api_client_for(specialist)
    url = reverse("document-facts", args=[graded.document.pk])
    doubtful = api.get(url, {"doubtful": "true"}).json()["results"]
    assert [f["confidence"] for f in doubtful] == [0.42]
    others = api.get(url, {"doubtful": "false"}).json()["results"]
    assert 0.42 not in [f["confidence"] for f in others] and len(others) == graded.document.facts.count() - 1
    listed = api.get(reverse("fact-list"), {"doubtful": "true"}).json()["results"]
    assert [f["id"] for f in listed] == [doubtful[0]["id"]]


def test_accepting_all_but_the_doubtful_leaves_them_for_a_closer_look(graded, specialist, client_for):
    page = client_for(specialist).get(reverse("ingest:document_detail", args=[graded.document.pk])).content.decode()
    open_count = graded.document.facts.count()
    assert f"Chấp nhận trừ số liệu cần kiểm tra ({open_count - 1})" in page
    response = client_for(specialist).post(reverse("ingest:document_accept_all", args=[graded.document.pk]),
                                           {"skip_doubtful": "1"}, follow=True)
    assert "Còn 1 số liệu cần kiểm tra kỹ chờ duyệt." in response.content.decode()
    doubtful = graded.document.facts.get(confidence=0.42)
    assert doubtful.is_open and graded.document.facts.filter(status="accepted").exists()


def test_the_api_accepts_all_but_the_doubtful_and_refuses_a_bad_option(graded, specialist, api_client_for):
    api = api_client_for(specialist)
    url = reverse("document-accept-all", args=[graded.document.pk])
    bad = api.post(url, {"skip_doubtful": "có lẽ"}, format="json")
    assert bad.status_code == 400 and "skip_doubtful" in bad.json()
    assert not graded.document.facts.exclude(status="pending").exists()  # nothing changed
    body = api.post(url, {"skip_doubtful": True}, format="json").json()
    assert body["skipped"] == 1 and body["accepted"] + len(body["refused"]) == graded.document.facts.count() - 1
    still_open = {f.pk for f in graded.document.facts.all() if f.is_open}
    assert still_open == {graded.document.facts.get(confidence=0.42).pk, *(r["fact"] for r in body["refused"])}


def test_the_api_orders_facts_by_confidence(graded, specialist, api_client_for):
    listed = api_client_for(specialist).get(reverse("fact-list"), {"ordering": "confidence", "kind": "observation"}).json()
    confidences = [f["confidence"] for f in listed["results"]]
    assert confidences[0] == 0.42 and confidences == sorted(confidences)
