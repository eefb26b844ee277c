"""Writes of the legal-basis register. Every channel (UI, API, admin, text review) comes through here."""
from ngoaivu.core.services import record_bulk_create, record_create, record_delete, record_update
from ngoaivu.legal.models import LegalDocument


def legal_document_create(*, actor, data: dict, channel: str = "") -> LegalDocument:
    return record_create(LegalDocument, actor=actor, data=data, channel=channel)


def legal_document_bulk_create(*, actor, rows: list[dict], channel: str = "") -> list[LegalDocument]:
    """legal_document_create for many rows at once (imports)."""
    return record_bulk_create(LegalDocument, actor=actor, rows=rows, channel=channel)


def legal_document_update(document: LegalDocument, *, actor, data: dict, channel: str = "") -> LegalDocument:
    return record_update(document, actor=actor, data=data, channel=channel)


def legal_document_delete(document: LegalDocument, *, actor, channel: str = "") -> None:
    record_delete(document, actor=actor, channel=channel)
