"""The extractor's confidence in each figure: stored, marked on the review screen, filtered in the API;
"accept all" leaves the doubtful ones when asked, or by default where the province's settings say so."""
import pytest
from django.urls import reverse

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.core.roles import Role
from ngoaivu.ingest import services
from ngoaivu.ingest.extraction import Extraction
from ngoaivu.ingest.tests.texts import REPORT, report_facts

pytestmark = pytest.mark.django_db


@pytest.fixture
def grade(monkeypatch):
    """REPORT read in a province with a confidence on each figure: the first one doubtful."""
    def extract(text, *, source, published):
        facts = report_facts()
        figures = [f for f in facts if f["kind"] in ("observation", "target")]
        for i, fact in enumerate(figures):
            fact["confidence"] = 0.42 if i == 0 else 0.97
        return Extraction("Lạng Sơn", published, facts)

    monkeypatch.setattr(services, "extract_facts", extract)

    def read(actor, province):
        return services.document_ingest(actor=actor, province=province, text=REPORT, title="Sơ kết")

    return read


@pytest.fixture
def graded(grade, specialist, own_province):
    return grade(specialist, own_province)


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


# --- the province's default for "accept all" (ProvinceSettings.accept_all_skips_doubtful) ---------------------

def _skipping_by_default(province):
    ProvinceSettings.objects.create(province=province, accept_all_skips_doubtful=True)


def test_where_the_province_says_so_the_api_leaves_the_doubtful_by_default(graded, specialist, own_province,
                                                                             api_client_for):
    _skipping_by_default(own_province)
    api = api_client_for(specialist)
    url = reverse("document-accept-all", args=[graded.document.pk])
    body = api.post(url, {}, format="json").json()
    doubtful = graded.document.facts.get(confidence=0.42)
    assert body["skipped"] == 1 and body["accepted"] + len(body["refused"]) == graded.document.facts.count() - 1
    assert doubtful.is_open
    # a form body leaving the option out takes the default too, not a checkbox's "false"
    again = api.post(url, {}, format="multipart").json()
    assert (again["skipped"], again["accepted"]) == (1, 0)
    doubtful.refresh_from_db()
    assert doubtful.is_open


def test_an_explicit_choice_in_the_api_wins_over_the_province_default(graded, specialist, own_province,
                                                                      api_client_for):
    _skipping_by_default(own_province)
    url = reverse("document-accept-all", args=[graded.document.pk])
    body = api_client_for(specialist).post(url, {"skip_doubtful": False}, format="json").json()
    doubtful = graded.document.facts.get(confidence=0.42)
    assert body["skipped"] == 0 and body["accepted"] + len(body["refused"]) == graded.document.facts.count()
    assert doubtful.status == "accepted"


def test_where_the_province_says_so_the_page_leads_with_leaving_the_doubtful(graded, specialist, own_province,
                                                                             client_for):
    _skipping_by_default(own_province)
    web = client_for(specialist)
    open_count = graded.document.facts.count()
    page = web.get(reverse("ingest:document_detail", args=[graded.document.pk])).content.decode()
    main = page.index('id="accept-confident"')
    assert page.rfind('class="btn btn-success"', 0, main) == page.rfind('class="', 0, main)  # the main button
    assert f"Chấp nhận trừ số liệu cần kiểm tra ({open_count - 1})" in page
    assert f"Chấp nhận tất cả, kể cả số liệu cần kiểm tra ({open_count})" in page  # still there, secondary
    assert page.index('id="accept-all"') > main and 'class="btn btn-outline-success" type="submit" id="accept-all"' in page
    assert "Theo cấu hình của tỉnh, chấp nhận hàng loạt để lại các số liệu này chờ duyệt" in page
    url = reverse("ingest:document_accept_all", args=[graded.document.pk])
    response = web.post(url, follow=True)  # no choice posted: the province's default
    assert "Còn 1 số liệu cần kiểm tra kỹ chờ duyệt." in response.content.decode()
    doubtful = graded.document.facts.get(confidence=0.42)
    assert doubtful.is_open
    web.post(url, {"skip_doubtful": "0"})  # the secondary button: everything
    doubtful.refresh_from_db()
    assert doubtful.status == "accepted"


def test_one_province_default_leaves_another_province_documents_alone(grade, specialist, own_province, other_province,
                                                                     make_user, api_client_for, client_for):
    _skipping_by_default(other_province)
    their_specialist = make_user(role=Role.SPECIALIST, province=other_province)
    theirs = grade(their_specialist, other_province)
    ours = grade(specialist, own_province)
    open_count = ours.document.facts.count()
    page = client_for(specialist).get(reverse("ingest:document_detail", args=[ours.document.pk])).content.decode()
    assert f'id="accept-all">Chấp nhận tất cả ({open_count})' in page and "kể cả số liệu cần kiểm tra (" not in page
    assert "Theo cấu hình của tỉnh" not in page
    body = api_client_for(specialist).post(reverse("document-accept-all", args=[ours.document.pk]), {},
                                           format="json").json()
    assert body["skipped"] == 0 and ours.document.facts.get(confidence=0.42).status == "accepted"
    assert theirs.document.facts.get(confidence=0.42).is_open  # the other province's text untouched
    body = api_client_for(their_specialist).post(reverse("document-accept-all", args=[theirs.document.pk]), {},
                                                 format="json").json()
    assert body["skipped"] == 1 and theirs.document.facts.get(confidence=0.42).is_open  # there, its own setting holds
