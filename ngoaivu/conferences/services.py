"""Writes of international conferences: the dossier and its workflow steps (QĐ 06/2020/QĐ-TTg).

Every channel (UI, API, admin, demo) comes through here. The dossier is edited only as
a draft; its status and the values each step records change only through the steps.
"""
from django.db import transaction
from django.utils import timezone

from ngoaivu.conferences import transitions
from ngoaivu.conferences.models import Conference
from ngoaivu.core.services import record_update
from ngoaivu.core.workflow.services import check_draft_edit, create_draft, delete_uncounted, run_transition


def conference_create(*, actor, data: dict, channel: str = "") -> Conference:
    return create_draft(Conference, actor=actor, data=data, channel=channel)


@transaction.atomic
def conference_update(conference: Conference, *, actor, data: dict, channel: str = "") -> Conference:
    check_draft_edit(conference, actor=actor, data=data)
    return record_update(conference, actor=actor, data=data, channel=channel)


def conference_delete(conference: Conference, *, actor, channel: str = "") -> None:
    delete_uncounted(conference, actor=actor, channel=channel)


# Workflow steps. Keyword names match the step forms and API inputs.

def conference_submit(conference, *, actor, note: str = "", channel: str = "") -> Conference:
    # Sending it for approval is filing the dossier, unless the day it was filed is known.
    values = {"dossier_filed_on": conference.dossier_filed_on or timezone.localdate()}
    return run_transition(conference, transitions.SUBMIT, actor=actor, note=note, values=values, channel=channel)


def conference_approve(conference, *, actor, approval_number: str = "", approval_date=None, note: str = "",
                       channel: str = "") -> Conference:
    values = {"approval_number": approval_number.strip(), "approval_date": approval_date or timezone.localdate()}
    return run_transition(conference, transitions.APPROVE, actor=actor, note=note, values=values, channel=channel)


def conference_reject(conference, *, actor, reason: str = "", channel: str = "") -> Conference:
    return run_transition(conference, transitions.REJECT, actor=actor, note=reason, channel=channel)


def conference_reopen(conference, *, actor, note: str = "", channel: str = "") -> Conference:
    return run_transition(conference, transitions.REOPEN, actor=actor, note=note, channel=channel)


def conference_complete(conference, *, actor, note: str = "", channel: str = "") -> Conference:
    return run_transition(conference, transitions.COMPLETE, actor=actor, note=note, channel=channel)


def conference_report(conference, *, actor, result_summary: str = "", result_file=None, result_reported_on=None,
                      channel: str = "") -> Conference:
    values = {"result_summary": result_summary.strip(),
              "result_reported_on": result_reported_on or timezone.localdate()}
    if result_file:
        values["result_file"] = result_file
    return run_transition(conference, transitions.REPORT, actor=actor, values=values, channel=channel)


def conference_cancel(conference, *, actor, reason: str = "", channel: str = "") -> Conference:
    return run_transition(conference, transitions.CANCEL, actor=actor, note=reason, channel=channel)


STEP_SERVICES = {
    transitions.SUBMIT.name: conference_submit,
    transitions.APPROVE.name: conference_approve,
    transitions.REJECT.name: conference_reject,
    transitions.REOPEN.name: conference_reopen,
    transitions.COMPLETE.name: conference_complete,
    transitions.REPORT.name: conference_report,
    transitions.CANCEL.name: conference_cancel,
}


def conference_step(conference, name: str, *, actor, channel: str = "", **params) -> Conference:
    """Take the workflow step `name` (the generic step page and API route call this)."""
    return STEP_SERVICES[name](conference, actor=actor, channel=channel, **params)
