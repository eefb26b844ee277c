"""Writes of the text review: ingesting a text, running the extractor, deciding on its facts.

Every channel (pages, API, demo, a background worker) comes through here.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.channels import INGEST_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_update
from ngoaivu.core.uploads import extension_of
from ngoaivu.ingest.choices import OPEN_STATUSES, FactKind, FactStatus, RunStatus
from ngoaivu.ingest.extraction import extract_facts, pipeline_version
from ngoaivu.ingest.fingerprints import fact_fingerprint
from ngoaivu.ingest.jobs import RUN_JOB, UPLOAD_JOB
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.ingest.payloads import clean_payload
from ngoaivu.ingest.pipeline.normalize import is_boilerplate
from ngoaivu.ingest.reading import PLAIN_TEXT, check_upload, content_hash, read_pasted, read_upload
from ngoaivu.ingest.records import record_for
from ngoaivu.ingest.selectors import DOUBTFUL, accept_all_skips_doubtful, document_find_same_text
from ngoaivu.jobs.models import Job
from ngoaivu.jobs.services import start_job

logger = logging.getLogger(__name__)

RUN_CHANNEL = INGEST_CHANNEL
_TITLE_LENGTH = 120
# Progress of a run: the extractor itself is one call, storing the facts is counted per fact.
_EXTRACTING, _STORING, _PROGRESS_EVERY = 10, 60, 10


@dataclass(frozen=True)
class IngestResult:
    document: SourceDocument
    run: ExtractionRun | None
    created: bool  # False: the province already had this text; nothing new was stored

    @property
    def repeat_notice(self) -> str:
        """What a repeat upload is told: the text was read before, by which run and when."""
        if self.created:
            return ""
        if self.run is None:
            return _("Văn bản này đã được tải lên trước đó (“%(title)s”); không tạo lại.") % {"title": self.document.title}
        read_on = timezone.localtime(self.run.finished_at or self.run.created_at).strftime("%d/%m/%Y")
        return _("Văn bản này đã được đọc trước đó: “%(title)s”, lần đọc #%(run)s ngày %(date)s. "
                 "Không tạo lại; đây là kết quả của lần đọc ấy.") % {
            "title": self.document.title, "run": self.run.pk, "date": read_on}


@dataclass
class AcceptAllResult:
    accepted: int = 0
    refused: list = field(default_factory=list)  # (fact, ValidationError): facts that need a correction first
    skipped: int = 0  # doubtful figures left for a closer look


# --- documents ------------------------------------------------------------------------

def document_ingest(*, actor, province, file=None, text: str | None = None, title: str = "", url: str = "",
                    published=None, run_now: bool = True, channel: str = "") -> IngestResult:
    """Store a text and queue its reading; bad input raises a ValidationError and stores nothing.

    The file is read and checked before any write. With `run_now` the extractor runs at
    once, outside the storing transaction so that its progress can be watched.
    """
    ensure_allowed(actor, Action.ADD, getattr(province, "pk", None))
    source = _read(file, text)
    digest = content_hash(source.text)
    existing = document_find_same_text(province=province, content_hash=digest)
    if existing is not None:
        return IngestResult(existing, existing.latest_run, created=False)
    with transaction.atomic():
        document = record_create(SourceDocument, actor=actor, channel=channel, data={
            "province": province, "title": (title or "").strip() or _default_title(file, source.text),
            "file": file or "", "source_format": source.source_format, "text": source.text,
            "content_hash": digest, "url": url or "", "published": published or source.published,
        })
        run = _run_create(document, actor=actor, channel=channel)
    if run_now:
        run = run_execute(run.pk)
        document.refresh_from_db()  # the run described it (province named, date found)
    return IngestResult(document, run, created=True)


@dataclass(frozen=True)
class Submission:
    """What the upload page gets back: a job reading the file, or the pasted text's result."""

    job: Job | None = None  # a file being read in the worker
    result: IngestResult | None = None  # a pasted text, stored at once
    run_job: Job | None = None  # the worker's reading of that stored text


def document_submit(*, actor, province, file=None, text: str | None = None, title: str = "", url: str = "",
                    published=None, channel: str = "") -> Submission:
    """The upload page's way in: the reading happens in the background worker.

    A Word, PDF or web-page file is checked (type, content, what it unpacks into: a bomb
    is refused here and nothing is stored) and handed to a job that reads it and stores
    the document. A pasted text or a .txt file is only decoded, which is cheap: it is
    stored at once (a repeat is told at once) and its run queued.
    """
    ensure_allowed(actor, Action.ADD, getattr(province, "pk", None))
    if file is None or text or extension_of(file.name) in PLAIN_TEXT:
        result = document_ingest(actor=actor, province=province, file=file, text=text, title=title, url=url,
                                 published=published, run_now=False, channel=channel)
        return Submission(result=result, run_job=run_queue(result.run) if result.created else None)
    check_upload(file)
    job = start_job(UPLOAD_JOB, user=actor, province=province, input_file=file,
                    title=_("Đọc văn bản: %(name)s") % {"name": title or Path(file.name).name},
                    params={"province": province.pk, "file_name": Path(file.name).name, "title": title, "url": url,
                            "published": published.isoformat() if published else "", "channel": channel})
    return Submission(job=job)


def _read(file, text):
    if file is not None and text:
        raise ValidationError({"text": _("Chỉ chọn một trong hai: tải tệp lên hoặc dán nội dung.")})
    if file is not None:
        return read_upload(file)
    if text is None or not text.strip():
        raise ValidationError({"file": _("Hãy chọn một tệp hoặc dán nội dung văn bản.")})
    return read_pasted(text)


def _default_title(file, text: str) -> str:
    if file is not None:
        return Path(file.name).stem[:_TITLE_LENGTH]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # Web pages saved as text may open with page chrome ("Truy cập nội dung luôn").
    first_line = next((line for line in lines if not is_boilerplate(line)), lines[0])
    return first_line if len(first_line) <= _TITLE_LENGTH else first_line[: _TITLE_LENGTH - 1] + "…"


def document_update(document: SourceDocument, *, actor, data: dict, channel: str = "") -> SourceDocument:
    # The text is what every fact's offsets point into: only the description may change.
    editable = {key: value for key, value in data.items() if key in ("title", "url", "published")}
    return record_update(document, actor=actor, data=editable, channel=channel)


# --- runs -----------------------------------------------------------------------------

def _run_create(document: SourceDocument, *, actor, channel: str) -> ExtractionRun:
    return record_create(ExtractionRun, actor=actor, channel=channel, data={
        "province": document.province, "document": document, "requested_by": actor,
        "status": RunStatus.QUEUED, "pipeline_version": pipeline_version(),
    })


@transaction.atomic
def run_start(document: SourceDocument, *, actor, channel: str = "") -> ExtractionRun:
    """Queue a new reading of a document (e.g. after the extractor improved); one at a time.

    The background worker runs it (`run_queue`); the run page shows its progress.
    """
    ensure_allowed(actor, Action.CHANGE, document.province_id)
    unfinished = document.runs.filter(status__in=(RunStatus.QUEUED, RunStatus.RUNNING)).first()
    if unfinished:
        return unfinished
    run = _run_create(document, actor=actor, channel=channel)
    run_queue(run)
    return run


def run_queue(run: ExtractionRun) -> Job:
    """Hand a queued run to the background worker (a run is claimed once: asking twice is harmless)."""
    return start_job(RUN_JOB, user=run.requested_by, province=run.province, params={"run": run.pk},
                     title=_("Đọc văn bản: %(title)s") % {"title": run.document.title})


def run_execute(run_id: int) -> ExtractionRun:
    """Read a queued run's document and store the facts it holds.

    The request that queued the run or a background worker may call this: the run is
    claimed first, so it never runs twice. It acts for the person who asked for it.
    Each step commits, so another request can watch the progress.
    """
    claimed = ExtractionRun.objects.filter(pk=run_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING, started_at=timezone.now(), progress=_EXTRACTING,
        step=_("Đang đọc văn bản và tìm dữ kiện"))
    run = ExtractionRun.objects.select_related("document", "requested_by").get(pk=run_id)
    if not claimed:
        return run
    try:
        document = run.document
        extraction = extract_facts(document.text, source=document.title, published=document.published)
        _progress(run, _STORING, _("Đang lưu các dữ kiện tìm thấy"))
        found, new = _store_facts(run, extraction.facts)
        _describe_document(document, run.requested_by, extraction)
    except Exception as error:  # noqa: BLE001 - whatever failed, the run must not stay "running"
        logger.exception("Extraction run %s failed", run_id)
        return _progress(run, run.progress, "", status=RunStatus.FAILED, finished_at=timezone.now(),
                         error=_("Không đọc xong văn bản: %(error)s") % {"error": error})
    return _progress(run, 100, "", status=RunStatus.DONE, finished_at=timezone.now(), facts_found=found,
                     facts_new=new)


def _progress(run: ExtractionRun, progress: int, step: str, **fields) -> ExtractionRun:
    # A run's progress is the state of a technical job, not a change to the province's
    # records: it is written directly, not through the audited services.
    ExtractionRun.objects.filter(pk=run.pk).update(progress=progress, step=step, **fields)
    run.refresh_from_db()
    return run


def _store_facts(run: ExtractionRun, facts: list[dict]) -> tuple[int, int]:
    """Store the facts not yet known for the document; returns (found, new)."""
    known = set(ExtractedFact.objects.filter(document=run.document).values_list("fingerprint", flat=True))
    new = 0
    for index, fact in enumerate(facts, start=1):
        kind = fact.get("kind")
        if kind not in FactKind.values:
            logger.warning("Run %s: unknown fact kind %r skipped", run.pk, kind)
            continue
        fingerprint = fact_fingerprint(kind, fact)
        if fingerprint in known:  # read before, or repeated in the text
            continue
        known.add(fingerprint)
        record_create(ExtractedFact, actor=run.requested_by, channel=RUN_CHANNEL, data={
            "province": run.province, "document": run.document, "run": run, "kind": kind, "payload": fact,
            "evidence": fact.get("evidence") or "", "start": fact.get("start"), "end": fact.get("end"),
            "fingerprint": fingerprint, "confidence": fact.get("confidence"),
        })
        new += 1
        if index % _PROGRESS_EVERY == 0:
            _progress(run, _STORING + (100 - _STORING) * index // (len(facts) + 1), run.step)
    return len(facts), new


def _describe_document(document: SourceDocument, actor, extraction) -> None:
    data = {"detected_province": extraction.province or ""}
    if document.published is None and extraction.published is not None:
        data["published"] = extraction.published
    record_update(document, actor=actor, data=data, channel=RUN_CHANNEL)


# --- facts ----------------------------------------------------------------------------

def _locked(fact: ExtractedFact) -> ExtractedFact:
    # Two reviewers accepting the same fact at once must still create one record.
    return ExtractedFact.objects.select_for_update().select_related("document").get(pk=fact.pk)


def _reviewed(actor) -> dict:
    return {"reviewed_by": actor, "reviewed_at": timezone.now()}


@transaction.atomic
def fact_accept(fact: ExtractedFact, *, actor, corrected_payload: dict | None = None,
                channel: str = "") -> ExtractedFact:
    """Accept a fact (optionally corrected) into the record of its kind, matched or created.

    Accepting an accepted fact changes nothing: it already is its record.
    """
    ensure_allowed(actor, Action.CHANGE, fact.province_id)
    fact = _locked(fact)
    if fact.status == FactStatus.ACCEPTED:
        return fact
    data = {"status": FactStatus.ACCEPTED, **_reviewed(actor)}
    payload = fact.effective_payload
    if corrected_payload is not None:
        payload = data["corrected_payload"] = clean_payload(fact.kind, {**payload, **corrected_payload})
    record = record_for(fact, payload, actor=actor, channel=channel)
    data.update(_link(record))
    return record_update(fact, actor=actor, data=data, channel=channel)


def _link(record) -> dict:
    return {"attached": True, "record_type": ContentType.objects.get_for_model(record), "record_id": record.pk}


@transaction.atomic
def fact_correct(fact: ExtractedFact, *, actor, corrected_payload: dict, channel: str = "") -> ExtractedFact:
    """Keep a reviewer's correction; the fact then waits to be accepted."""
    ensure_allowed(actor, Action.CHANGE, fact.province_id)
    fact = _locked(fact)
    _refuse_if_accepted(fact)
    payload = clean_payload(fact.kind, {**fact.effective_payload, **corrected_payload})
    return record_update(fact, actor=actor, channel=channel, data={
        "corrected_payload": payload, "status": FactStatus.CORRECTED, **_reviewed(actor)})


@transaction.atomic
def fact_reject(fact: ExtractedFact, *, actor, channel: str = "") -> ExtractedFact:
    ensure_allowed(actor, Action.CHANGE, fact.province_id)
    fact = _locked(fact)
    _refuse_if_accepted(fact)
    return record_update(fact, actor=actor, channel=channel, data={"status": FactStatus.REJECTED, **_reviewed(actor)})


def _refuse_if_accepted(fact: ExtractedFact) -> None:
    if fact.status == FactStatus.ACCEPTED:
        raise ValidationError(_("Dữ kiện này đã được chấp nhận vào hồ sơ; hãy sửa hoặc xóa chính hồ sơ đó."))


def facts_accept_all(document: SourceDocument, *, actor, channel: str = "",
                     skip_doubtful: bool | None = None) -> AcceptAllResult:
    """Accept every fact still waiting (`skip_doubtful`: but the figures worth a closer look; None: as the document's
    province has set, ProvinceSettings.accept_all_skips_doubtful); one needing a correction does not hold up the
    others."""
    ensure_allowed(actor, Action.CHANGE, document.province_id)
    if skip_doubtful is None:
        skip_doubtful = accept_all_skips_doubtful(document.province)
    result = AcceptAllResult()
    waiting = ExtractedFact.objects.filter(document=document, status__in=OPEN_STATUSES)
    if skip_doubtful:
        result.skipped = waiting.filter(DOUBTFUL).count()
        waiting = waiting.exclude(DOUBTFUL)
    for fact in waiting:
        try:
            fact_accept(fact, actor=actor, channel=channel)
        except ValidationError as error:
            result.refused.append((fact, error))
        else:
            result.accepted += 1
    return result
