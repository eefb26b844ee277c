"""Upload → run → facts, with the real extractor; the same text twice stores nothing twice."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.ingest import services
from ngoaivu.ingest.choices import FactKind, RunStatus, SourceFormat
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.ingest.tests.texts import REPORT

pytestmark = pytest.mark.django_db


def _ingest(actor, province, **source):
    return services.document_ingest(actor=actor, province=province, title="Sơ kết", **source)


def test_upload_runs_the_extractor_and_stores_facts_with_their_spans(specialist, own_province):
    result = _ingest(specialist, own_province, file=SimpleUploadedFile("so-ket.txt", REPORT.encode("utf-8")))
    document, run = result.document, result.run
    assert result.created and document.source_format == SourceFormat.TXT
    assert (run.status, run.progress, run.finished_at is not None) == (RunStatus.DONE, 100, True)
    assert run.pipeline_version.startswith("rules-")
    facts = list(document.facts.all())
    assert run.facts_new == len(facts) > 0
    assert {FactKind.OBSERVATION, FactKind.PARTNER, FactKind.LEGAL_DOCUMENT, FactKind.BORDER_GATE} <= \
        {fact.kind for fact in facts}
    for fact in facts:
        assert document.text[fact.start:fact.end] == fact.evidence != ""
        assert fact.payload["evidence"] == fact.evidence  # kept exactly as the extractor gave it
    document.refresh_from_db()
    assert document.detected_province == "Lạng Sơn"


def test_a_word_file_is_read_too(specialist, own_province):
    import docx

    word = docx.Document()
    for line in REPORT.splitlines():
        word.add_paragraph(line)
    buffer = io.BytesIO()
    word.save(buffer)
    result = _ingest(specialist, own_province, file=SimpleUploadedFile("so-ket.docx", buffer.getvalue()))
    assert result.document.source_format == SourceFormat.DOCX
    assert result.document.facts.filter(kind=FactKind.PARTNER, payload__name="UNDP").exists()


def test_the_same_text_again_returns_the_existing_document_and_creates_nothing(specialist, own_province):
    first = _ingest(specialist, own_province, text=REPORT)
    counts = (SourceDocument.all_objects.count(), ExtractionRun.all_objects.count(), ExtractedFact.all_objects.count(),
              ObjectChange.objects.count())
    # Pasted from a browser (CRLF) or uploaded as a file: the same text.
    again = _ingest(specialist, own_province, text=REPORT.replace("\n", "\r\n") + "\n")
    as_file = _ingest(specialist, own_province, file=SimpleUploadedFile("b.txt", REPORT.encode("utf-8")))
    assert not again.created and not as_file.created
    assert again.document == as_file.document == first.document
    assert counts == (SourceDocument.all_objects.count(), ExtractionRun.all_objects.count(),
                      ExtractedFact.all_objects.count(), ObjectChange.objects.count())


def test_another_province_may_hold_the_same_text(specialist, own_province, make_user, other_province):
    _ingest(specialist, own_province, text=REPORT)
    other = _ingest(make_user(province=other_province), other_province, text=REPORT)
    assert other.created and other.document.province == other_province


def test_reading_a_document_again_adds_no_fact_twice(specialist, own_province):
    document = _ingest(specialist, own_province, text=REPORT).document
    facts = set(document.facts.values_list("pk", flat=True))
    run = services.run_execute(services.run_start(document, actor=specialist).pk)
    assert run.status == RunStatus.DONE and run.facts_found > 0 and run.facts_new == 0
    assert set(document.facts.values_list("pk", flat=True)) == facts


def test_a_fact_repeated_in_the_text_is_stored_once(specialist, own_province):
    paragraph = "Tỉnh đã ký biên bản ghi nhớ hợp tác với tỉnh Gyeonggi (Hàn Quốc)."
    document = _ingest(specialist, own_province, text=f"{paragraph}\n\n{paragraph}\n").document
    assert document.facts.filter(kind=FactKind.PARTNER, payload__name="Gyeonggi").count() == 1


def test_a_queued_run_runs_once(specialist, own_province):
    result = _ingest(specialist, own_province, text=REPORT, run_now=False)
    assert result.run.status == RunStatus.QUEUED and not result.document.facts.exists()
    services.run_execute(result.run.pk)
    stored = result.document.facts.count()
    assert services.run_execute(result.run.pk).status == RunStatus.DONE  # claimed already: nothing happens
    assert result.document.facts.count() == stored


def test_an_extractor_failure_fails_the_run_and_keeps_the_document(specialist, own_province, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("quy tắc lỗi")

    monkeypatch.setattr(services, "extract_facts", broken)
    result = _ingest(specialist, own_province, text=REPORT)
    assert result.run.status == RunStatus.FAILED and "quy tắc lỗi" in result.run.error
    assert result.run.finished_at is not None
    assert SourceDocument.objects.filter(pk=result.document.pk).exists()
    assert not ExtractedFact.all_objects.exists()


def test_a_viewer_cannot_ingest(users, own_province):
    from ngoaivu.core.roles import Role

    with pytest.raises(ScopeDenied):
        _ingest(users[Role.VIEWER], own_province, text=REPORT)
    assert not SourceDocument.all_objects.exists()


def test_nobody_ingests_into_another_province(specialist, other_province):
    with pytest.raises(ScopeDenied):
        _ingest(specialist, other_province, text=REPORT)
    assert not SourceDocument.all_objects.exists()


def test_only_the_description_of_a_document_can_change(specialist, own_province):
    document = _ingest(specialist, own_province, text=REPORT).document
    updated = services.document_update(document, actor=specialist, data={"title": "Sơ kết 6 tháng", "text": "khác"})
    assert updated.title == "Sơ kết 6 tháng" and updated.text == REPORT
