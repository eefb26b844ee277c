"""Writes of agreements, their yearly reviews and files; the procedure steps are declared in
agreements.workflow and taken by core.workflow.services.take_step.

Every channel (UI, API, import, text review, demo) comes through here.
"""
from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.agreements.models import Agreement, AgreementDocument
from ngoaivu.core.services import record_create, record_update
from ngoaivu.core.workflow.services import workflow_create, workflow_update

# Agreements

def _check_partners(data: dict) -> None:
    if "partners" in data and not data["partners"]:
        raise ValidationError({"partners": _("Cần chọn ít nhất một bên nước ngoài.")})


def agreement_create(*, actor, data: dict, channel: str = "", proposed_on: date | None = None) -> Agreement:
    """A new agreement: a proposal, or — by an approver or an import — one signed years ago,
    registered in its status. `proposed_on` dates the first history row of a proposal
    entered after the fact."""
    _check_partners({"partners": None, **data})
    return workflow_create(Agreement, actor=actor, data=data, channel=channel, on=proposed_on)


def agreement_update(agreement: Agreement, *, actor, data: dict, channel: str = "") -> Agreement:
    _check_partners(data)
    return workflow_update(agreement, actor=actor, data=data, channel=channel)


# Files: child rows in the agreement's province, with who uploaded them (yearly reviews are
# plain child rows: core.services.child_create/child_update).

def _with_agreement_province(data: dict) -> dict:
    agreement = data.get("agreement")
    return {**data, "province": agreement.province} if agreement else data


def _refuse_moving(child, data: dict) -> None:
    if "agreement" in data and data["agreement"] != child.agreement:
        raise ValidationError({"agreement": _("Không được chuyển sang thỏa thuận khác.")})


def document_create(*, actor, data: dict, channel: str = "") -> AgreementDocument:
    data = {**_with_agreement_province(data), "uploaded_by": actor}
    return record_create(AgreementDocument, actor=actor, data=data, channel=channel)


def document_update(document: AgreementDocument, *, actor, data: dict, channel: str = "") -> AgreementDocument:
    _refuse_moving(document, data)
    if data.get("file") and data["file"] != document.file:
        data = {**data, "uploaded_by": actor}
    return record_update(document, actor=actor, data=data, channel=channel)
