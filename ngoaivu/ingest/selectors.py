"""Reads of source documents, runs and facts, always within the user's province scope."""
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.selectors import province_settings_for
from ngoaivu.core.registry import records
from ngoaivu.core.scoping import restrict
from ngoaivu.ingest.choices import OPEN_STATUSES
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.ingest.pipeline.figure_filter import DOUBTFUL_BELOW

_OPEN_FACTS = Q(facts__status__in=OPEN_STATUSES, facts__deleted_at__isnull=True)
# The figures the learned filter is least sure of (pipeline/figure_filter.py): worth a closer look.
DOUBTFUL = Q(confidence__lt=DOUBTFUL_BELOW)


# Every read of documents carries it (the declaration's annotation, ingest/apps.py).
OPEN_FACT_COUNT = Count("facts", filter=_OPEN_FACTS)


def with_open_fact_count(documents):
    # A grouped query drops Meta.ordering: the order is restated.
    return documents.annotate(open_fact_count=OPEN_FACT_COUNT).order_by(*SourceDocument._meta.ordering)


def document_list(*, user):
    return records(SourceDocument, user)


def document_get(*, user, pk: int) -> SourceDocument | None:
    return document_list(user=user).filter(pk=pk).first()


def document_find_same_text(*, province, content_hash: str) -> SourceDocument | None:
    """The province's alive document with this text (the service has checked the actor's scope)."""
    return SourceDocument.objects.filter(province=province, content_hash=content_hash).first()


def document_facts(*, user, document: SourceDocument):
    return restrict(ExtractedFact.objects.filter(document=document).select_related("reviewed_by"), user)


def accept_all_skips_doubtful(province) -> bool:
    """Whether "accept all" on the province's texts leaves the doubtful figures by default
    (ProvinceSettings.accept_all_skips_doubtful; no settings: it accepts them too)."""
    settings = province_settings_for(province)
    return bool(settings and settings.accept_all_skips_doubtful)


def run_get(*, user, pk: int) -> ExtractionRun | None:
    return restrict(ExtractionRun.objects.select_related("document"), user).filter(pk=pk).first()


def fact_get(*, user, pk: int) -> ExtractedFact | None:
    return restrict(ExtractedFact.objects.select_related("document"), user).filter(pk=pk).first()


def documents_awaiting_review(documents):
    """Attention rule: documents whose facts still wait for a decision."""
    waiting = with_open_fact_count(documents).filter(open_fact_count__gt=0).order_by("created_at")
    return [(_("Văn bản có dữ kiện chờ duyệt"), waiting, "due")]
