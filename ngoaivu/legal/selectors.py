from datetime import date

from ngoaivu.core.registry import records
from ngoaivu.legal.models import LegalDocument


def legal_document_find(*, user, number: str, issued_on: date | None) -> LegalDocument | None:
    """The document of the user's scope with this number and date, however its number was cased."""
    return records(LegalDocument, user).filter(number__iexact=number.strip(), issued_on=issued_on).first()
