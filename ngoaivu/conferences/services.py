"""Writes of international conferences' dossiers (QĐ 06/2020/QĐ-TTg); the steps are conferences.workflow.

Every channel (UI, API, admin, demo) comes through here. The dossier is edited only as
a draft; its status and the values each step records change only through the steps.
"""
from ngoaivu.conferences.models import Conference
from ngoaivu.core.workflow.services import workflow_create, workflow_delete, workflow_update


def conference_create(*, actor, data: dict, channel: str = "") -> Conference:
    return workflow_create(Conference, actor=actor, data=data, channel=channel)


def conference_update(conference: Conference, *, actor, data: dict, channel: str = "") -> Conference:
    return workflow_update(conference, actor=actor, data=data, channel=channel)


def conference_delete(conference: Conference, *, actor, channel: str = "") -> None:
    workflow_delete(conference, actor=actor, channel=channel)
