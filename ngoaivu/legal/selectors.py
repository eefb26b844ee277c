from datetime import date

from ngoaivu.core.scoping import restrict
from ngoaivu.legal.models import LegalDocument


def legal_document_list(*, user):
    return restrict(LegalDocument.objects.select_related("province", "replaced_by"), user)


def legal_document_find(*, user, number: str, issued_on: date | None) -> LegalDocument | None:
    """The document of the user's scope with this number and date, however its number was cased."""
    return legal_document_list(user=user).filter(number__iexact=number.strip(), issued_on=issued_on).first()
