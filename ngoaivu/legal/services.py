"""Writes of the legal-basis register: the ordinary record services (core.services); this
module keeps only the batch write imports use."""
from ngoaivu.core.services import record_bulk_create
from ngoaivu.legal.models import LegalDocument


def legal_document_bulk_create(*, actor, rows: list[dict], channel: str = "") -> list[LegalDocument]:
    """Many new documents at once (imports)."""
    return record_bulk_create(LegalDocument, actor=actor, rows=rows, channel=channel)
