"""The pages: upload, run with progress, the review screen and its buttons."""
import re

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.ingest.choices import FactStatus, RunStatus
from ngoaivu.ingest.models import ExtractionRun, SourceDocument
from ngoaivu.ingest.tests.conftest import unique_text
from ngoaivu.ingest.tests.texts import REPORT
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def test_paste_then_run_then_review(specialist, client_for, fixed_extractor):
    web = client_for(specialist)
    page = web.post(reverse("ingest:document_add"), {"text": REPORT, "title": "Sơ kết", "published": "16/07/2024"})
    run = ExtractionRun.objects.get()
    assert page.status_code == 302 and page["Location"] == reverse("ingest:run_detail", args=[run.pk])
    waiting = web.get(page["Location"]).content.decode()
    assert "ingest/run.js" in waiting
    # The background worker read it (tests run jobs at once); nothing runs twice when asked again.
    again = web.post(reverse("ingest:run_execute", args=[run.pk]))
    document = SourceDocument.objects.get()
    assert again.status_code == 302 and again["Location"] == reverse("ingest:run_detail", args=[run.pk])
    assert str(document.published) == "2024-07-16"
    progress = web.get(reverse("ingest:run_progress", args=[run.pk])).json()
    assert (progress["status"], progress["progress"], progress["finished"], progress["facts_new"]) == \
        ("done", 100, True, 6)


def test_progress_reports_a_running_run(report, specialist, client_for):
    ExtractionRun.objects.filter(pk=report.run.pk).update(status=RunStatus.RUNNING, progress=60, step="Đang lưu")
    state = client_for(specialist).get(reverse("ingest:run_progress", args=[report.run.pk])).json()
    assert (state["status"], state["progress"], state["step"], state["finished"]) == ("running", 60, "Đang lưu", False)


def test_the_review_screen_highlights_each_span(report, fact_of, specialist, client_for):
    body = client_for(specialist).get(reverse("ingest:document_detail", args=[report.document.pk])).content.decode()
    marks = re.findall(r'<mark class="fact (\w+)" data-fact-id="(\d+)" data-fact-ids="[\d ]+"[^>]*>([^<]*)</mark>',
                       body)
    partner = fact_of("partner", name="Gyeonggi")
    assert ("pending", str(partner.pk), "tỉnh Gyeonggi (Hàn Quốc)") in marks
    facts = [(f.pk, f.kind, f.start, f.end, f.status) for f in report.document.facts.order_by("pk")]
    assert len({fact_id for _, fact_id, _ in marks}) == len(facts), (marks, facts, len(report.document.text))
    # Values in Vietnamese: money, period, percent; and the buttons.
    for shown in ("ước đạt 512,3 triệu USD", "6 tháng đầu năm 2024", "tăng 12,5%", "đạt 48%", "10/04/2013",
                  "Hàn Quốc", "Chấp nhận tất cả (6)", "Bỏ qua", f'id="fact-{partner.pk}"'):
        assert shown in body, shown


def test_overlapping_spans_each_keep_a_mark(report, fact_of, specialist, client_for):
    from ngoaivu.ingest.highlight import highlight_pieces

    facts = list(report.document.facts.all())
    pieces = highlight_pieces(REPORT, facts)
    assert "".join(piece.text for piece in pieces) == REPORT
    for fact in facts:
        assert any(str(fact.pk) in piece.fact_ids.split() for piece in pieces)


def test_accept_and_reject_buttons(fact_of, specialist, client_for):
    web = client_for(specialist)
    fact = fact_of("partner", name="UNDP")
    response = web.post(reverse("ingest:fact_accept", args=[fact.pk]))
    assert response.status_code == 302 and response["Location"].endswith(f"#fact-{fact.pk}")
    assert Partner.objects.filter(name="UNDP").exists()
    other = fact_of("partner", name="Gyeonggi")
    web.post(reverse("ingest:fact_reject", args=[other.pk]))
    other.refresh_from_db()
    assert other.status == FactStatus.REJECTED
    body = web.get(reverse("ingest:document_detail", args=[fact.document_id])).content.decode()
    assert f'<mark class="fact accepted" data-fact-id="{fact.pk}"' in body, re.findall(r"<mark[^>]*>", body)
    assert f'<mark class="fact rejected" data-fact-id="{other.pk}"' in body


def test_correct_page_saves_then_accepts(fact_of, specialist, client_for):
    web = client_for(specialist)
    fact = fact_of("border_gate")
    form = web.get(reverse("ingest:fact_correct", args=[fact.pk])).content.decode()
    assert 'value="Chi Ma"' in form
    response = web.post(reverse("ingest:fact_correct", args=[fact.pk]), {
        "vn": "Chi Ma", "foreign": "Ái Điểm", "country": "CN", "gate_class": "main", "accept": "1"})
    assert response.status_code == 302
    fact.refresh_from_db()
    assert fact.status == FactStatus.ACCEPTED and fact.record.gate_class == "main"


def test_accept_that_needs_a_correction_shows_the_form_with_the_message(fact_of, specialist, client_for):
    fact = fact_of("border_gate")
    page = client_for(specialist).post(reverse("ingest:fact_accept", args=[fact.pk]))
    assert page.status_code == 400
    body = page.content.decode()
    assert "Văn bản không nói loại cửa khẩu" in body[body.index('id="id_gate_class_errors"'):][:300]


def test_numbers_are_typed_the_vietnamese_way(fact_of, specialist, client_for):
    fact = fact_of("observation")
    response = client_for(specialist).post(reverse("ingest:fact_correct", args=[fact.pk]), {
        "indicator": "export_value", "value": "512.400.000", "unit": "USD", "period_start": "01/01/2024",
        "period_end": "30/06/2024", "qualifier": "estimate", "per": "period", "change_pct": "12,6"})
    assert response.status_code == 302
    fact.refresh_from_db()
    assert fact.status == FactStatus.CORRECTED
    assert (fact.corrected_payload["value"], fact.corrected_payload["change_pct"]) == (512400000, 12.6)


def test_accept_all_button(report, specialist, client_for):
    response = client_for(specialist).post(reverse("ingest:document_accept_all", args=[report.document.pk]),
                                           follow=True)
    body = response.content.decode()
    assert "Đã chấp nhận 4 dữ kiện." in body and "Chưa chấp nhận" in body
    assert report.document.facts.filter(status=FactStatus.ACCEPTED).count() == 4


def test_another_province_cannot_see_or_decide(fact_of, make_user, other_province, client_for):
    web = client_for(make_user(role=Role.SPECIALIST, province=other_province))
    fact = fact_of("partner", name="UNDP")
    assert web.get(reverse("ingest:document_detail", args=[fact.document_id])).status_code == 404
    assert web.post(reverse("ingest:fact_accept", args=[fact.pk])).status_code == 404
    assert web.get(reverse("ingest:run_progress", args=[fact.run_id])).status_code == 404
    fact.refresh_from_db()
    assert fact.status == FactStatus.PENDING and not Partner.objects.exists()


def test_a_viewer_reads_but_cannot_decide(fact_of, users, client_for):
    web = client_for(users[Role.VIEWER])
    fact = fact_of("partner", name="UNDP")
    body = web.get(reverse("ingest:document_detail", args=[fact.document_id])).content.decode()
    assert "Chấp nhận tất cả" not in body
    assert web.post(reverse("ingest:fact_accept", args=[fact.pk])).status_code == 403
    assert not Partner.objects.exists()


def test_list_filters_documents_awaiting_review(report, specialist, own_province, client_for):
    from ngoaivu.ingest import services

    reviewed = services.document_ingest(actor=specialist, province=own_province, text=unique_text(),
                                        title="Đã duyệt xong")
    reviewed.document.facts.update(status=FactStatus.REJECTED)
    web = client_for(specialist)
    waiting = web.get(reverse("ingest:document_list"), {"awaiting_review": "true"}).content.decode()
    assert "Sơ kết 6 tháng" in waiting and "Đã duyệt xong" not in waiting
    assert "Đã duyệt xong" in web.get(reverse("ingest:document_list")).content.decode()


def test_edit_and_history(report, specialist, client_for):
    web = client_for(specialist)
    document = report.document
    response = web.post(reverse("ingest:document_edit", args=[document.pk]), {
        "title": "Sơ kết công tác đối ngoại", "url": "https://langson.example/bai-viet", "published": "16/07/2024"})
    assert response.status_code == 302
    history = web.get(reverse("ingest:document_history", args=[document.pk])).content.decode()
    assert "Sơ kết công tác đối ngoại" in history


def test_edit_error_is_shown_beside_the_field(report, specialist, client_for):
    page = client_for(specialist).post(reverse("ingest:document_edit", args=[report.document.pk]), {
        "title": "", "url": "khong-phai-dia-chi", "published": "31/02/2024"})
    assert page.status_code == 400
    body = page.content.decode()
    for field in ("title", "url", "published"):
        assert f'id="id_{field}_errors"' in body


def test_uploading_a_known_text_leads_to_its_earlier_run(report, specialist, client_for):
    response = client_for(specialist).post(reverse("ingest:document_add"), {"text": REPORT})
    assert response.status_code == 302
    assert response["Location"] == reverse("ingest:run_detail", args=[report.run.pk])  # see test_repeat_upload
    assert SourceDocument.objects.count() == 1


def test_documents_awaiting_review_are_due_on_the_home_page(report, specialist):
    from ngoaivu.core.scoping import restrict
    from ngoaivu.ingest import services
    from ngoaivu.ingest.selectors import documents_awaiting_review

    [(label, documents, severity)] = documents_awaiting_review(restrict(SourceDocument.objects.all(), specialist))
    assert (label, severity, list(documents)) == ("Văn bản có dữ kiện chờ duyệt", "due", [report.document])
    assert documents[0].attention_note == "6 dữ kiện chờ duyệt"
    for fact in report.document.facts.all():
        services.fact_reject(fact, actor=specialist)
    [(label, documents, severity)] = documents_awaiting_review(restrict(SourceDocument.objects.all(), specialist))
    assert not documents.exists()
