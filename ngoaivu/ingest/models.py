from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.ingest.choices import OPEN_STATUSES, FactKind, FactStatus, RunStatus, SourceFormat
from ngoaivu.ingest.pipeline.figure_filter import DOUBTFUL_BELOW

ALIVE = Q(deleted_at__isnull=True)


class SourceDocument(ProvinceRecord):
    """A text the department read facts from: a press report, a past Word report, a web page.

    `text` is exactly what the extractor read: every fact's offsets point into it, so it
    never changes after the upload (only the title, address and date can be edited).
    """

    title = models.CharField(_("tiêu đề"), max_length=300)
    # No model validator: the service checks uploads (type, size, content, encoding)
    # before anything is saved, with the reader that also decodes legacy cp1258 files.
    file = models.FileField(_("tệp gốc"), upload_to="ingest/%Y/%m/", blank=True)
    source_format = models.CharField(_("dạng văn bản"), max_length=10, choices=SourceFormat.choices,
                                     editable=False)
    text = models.TextField(_("nội dung"), editable=False)
    content_hash = models.CharField(_("mã băm nội dung"), max_length=64, editable=False, db_index=True,
                                    help_text=_("SHA-256 của nội dung đã chuẩn hóa: nhận ra văn bản tải lên hai lần."))
    url = models.URLField(_("địa chỉ nguồn"), max_length=500, blank=True)
    published = models.DateField(_("ngày đăng"), null=True, blank=True)
    detected_province = models.CharField(_("tỉnh, thành phố văn bản nói đến"), max_length=120, blank=True,
                                         editable=False)

    class Meta:
        verbose_name = _("văn bản nguồn")
        verbose_name_plural = _("văn bản nguồn")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "content_hash"], condition=ALIVE, name="ingest_document_unique_text",
                violation_error_message=_("Văn bản này đã được tải lên trước đó."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def latest_run(self):
        # The API list prefetches the runs newest first (to_attr below): no query per row.
        prefetched = getattr(self, "runs_newest_first", None)
        if prefetched is not None:
            return prefetched[0] if prefetched else None
        return self.runs.order_by("-pk").first()

    @property
    def attention_note(self) -> str:
        count = getattr(self, "open_fact_count", None)
        return _("%(count)s dữ kiện chờ duyệt") % {"count": count} if count else ""


class ExtractionRun(ProvinceRecord):
    """One pass of the extractor over a document, with its progress for the waiting page."""

    document = models.ForeignKey(SourceDocument, verbose_name=_("văn bản nguồn"), on_delete=models.PROTECT,
                                 related_name="runs")
    # The person the run works for: a background worker acts on their behalf.
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người yêu cầu"), null=True,
                                     on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("trạng thái"), max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0, validators=[MaxValueValidator(100)])
    step = models.CharField(_("bước đang làm"), max_length=200, blank=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    pipeline_version = models.CharField(_("phiên bản bộ trích xuất"), max_length=40, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    facts_found = models.PositiveIntegerField(_("số dữ kiện tìm thấy"), default=0)
    facts_new = models.PositiveIntegerField(_("số dữ kiện mới"), default=0)

    class Meta:
        verbose_name = _("lần đọc văn bản")
        verbose_name_plural = _("lần đọc văn bản")
        ordering = ["-pk"]

    def __str__(self):
        return _("Lần đọc #%(id)s — %(title)s") % {"id": self.pk, "title": self.document.title}

    @property
    def is_finished(self) -> bool:
        return self.status in (RunStatus.DONE, RunStatus.FAILED)


class ExtractedFact(ProvinceRecord):
    """A fact the extractor found, waiting for a reviewer to accept, correct or reject it.

    `payload` stays exactly as the extractor gave it; a reviewer's correction goes to
    `corrected_payload`. The record a fact became is a generic link: the target record
    types live in apps that evolve on their own (and new fact kinds may map to new
    record types), so ingest's schema does not depend on each of them.
    """

    document = models.ForeignKey(SourceDocument, verbose_name=_("văn bản nguồn"), on_delete=models.PROTECT,
                                 related_name="facts")
    run = models.ForeignKey(ExtractionRun, verbose_name=_("lần đọc"), on_delete=models.PROTECT, related_name="facts")
    kind = models.CharField(_("loại dữ kiện"), max_length=20, choices=FactKind.choices)
    payload = models.JSONField(_("dữ kiện trích xuất"))
    evidence = models.TextField(_("đoạn trích"), blank=True)
    start = models.PositiveIntegerField(_("vị trí đầu"), null=True, blank=True)
    end = models.PositiveIntegerField(_("vị trí cuối"), null=True, blank=True)
    # The kind plus its normalised key fields: the same fact read twice is one row.
    fingerprint = models.CharField(_("dấu nhận dạng"), max_length=64, editable=False)
    # The learned filter's chance that a specialist codes the figure (figures only; pipeline/figure_filter.py): below
    # DOUBTFUL_BELOW the review screen marks it for a closer look.
    confidence = models.FloatField(_("độ tin cậy"), null=True, blank=True, editable=False)
    status = models.CharField(_("trạng thái duyệt"), max_length=10, choices=FactStatus.choices,
                              default=FactStatus.PENDING)
    corrected_payload = models.JSONField(_("dữ kiện đã sửa"), null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    record_type = models.ForeignKey(ContentType, verbose_name=_("loại hồ sơ"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    record_id = models.PositiveBigIntegerField(_("mã hồ sơ"), null=True, blank=True)
    record = GenericForeignKey("record_type", "record_id")
    attached = models.BooleanField(_("đã đưa vào hồ sơ"), default=False,
                                   help_text=_("Sai khi dữ kiện đã chấp nhận còn chờ loại hồ sơ tương ứng."))

    class Meta:
        verbose_name = _("dữ kiện trích xuất")
        verbose_name_plural = _("dữ kiện trích xuất")
        ordering = ["start", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["document", "fingerprint"], condition=ALIVE,
                                    name="ingest_fact_unique_per_document"),
        ]
        indexes = [models.Index(fields=["document", "status"], name="ingest_fact_status_idx")]

    def __str__(self):
        from ngoaivu.ingest.display import fact_summary

        return f"{self.get_kind_display()}: {fact_summary(self.kind, self.effective_payload)}"

    @property
    def effective_payload(self) -> dict:
        return self.corrected_payload if self.corrected_payload is not None else self.payload

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def doubtful(self) -> bool:
        """An open figure the learned filter is least sure of: worth a closer look before it is accepted (the same
        line as the `selectors.DOUBTFUL` query)."""
        return self.is_open and self.confidence is not None and self.confidence < DOUBTFUL_BELOW

    def clean(self):
        if (self.start is None) != (self.end is None):
            raise ValidationError({"end": _("Cần cả vị trí đầu và vị trí cuối của đoạn trích.")})
        if self.start is not None and self.end < self.start:
            raise ValidationError({"end": _("Vị trí cuối phải sau vị trí đầu.")})
        if (self.record_type_id is None) != (self.record_id is None):
            raise ValidationError({"record_id": _("Liên kết hồ sơ thiếu loại hoặc mã hồ sơ.")})
