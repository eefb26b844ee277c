"""Writes of ODA projects and foreign NGO aid where they differ from the ordinary ones (a local
code and IATI identifier given once); their transactions are plain child rows (core.services)
and the NGO-aid steps are declared in aid.workflow. Every channel comes through here."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.aid.iati import activity_identifier
from ngoaivu.aid.models import AidActivity, NgoAid, OdaProject
from ngoaivu.core.services import record_create, record_update
from ngoaivu.core.workflow.services import workflow_create, workflow_update

# ---------------------------------------------------------------- activities (ODA and NGO aid)


def _next_local_code(model: type[AidActivity], province, year: int) -> str:
    stem = f"{model.code_prefix}-{year}-"
    taken = set(model.all_objects.filter(province=province, local_code__startswith=stem)
                .values_list("local_code", flat=True))
    number = len(taken) + 1
    while f"{stem}{number:03d}" in taken:
        number += 1
    return f"{stem}{number:03d}"


def _activity_create(model: type[AidActivity], *, actor, data: dict, channel: str) -> AidActivity:
    """Give the activity its local code (generated when blank) and its permanent IATI identifier;
    a workflow record (NGO aid) is registered through core.workflow (first history row)."""
    province = data.get("province")
    if province is not None:
        year = (data.get("planned_start") or timezone.localdate()).year
        local_code = data.get("local_code") or _next_local_code(model, province, year)
        identifier = activity_identifier(province, local_code)
        if model.all_objects.filter(iati_identifier=identifier).exists():
            raise ValidationError({"local_code": _("Mã “%(code)s” đã được dùng (kể cả bản ghi trong Thùng rác).")
                                   % {"code": local_code}})
        data = {**data, "local_code": local_code, "iati_identifier": identifier}
    if getattr(model, "workflow", None) is not None:
        return workflow_create(model, actor=actor, data=data, channel=channel)
    return record_create(model, actor=actor, data=data, channel=channel)


def _check_unchanged(activity: AidActivity, data: dict, fields, message: str) -> None:
    changed = [name for name in fields if name in data and data[name] != getattr(activity, name)]
    if changed:
        raise ValidationError({name: message for name in changed})


IDENTITY_FIELDS = ("local_code",)
IDENTITY_MESSAGE = gettext_lazy("Mã chương trình, dự án không đổi được sau khi lưu (mã định danh IATI đã cấp).")


# ---------------------------------------------------------------- ODA projects


def oda_project_create(*, actor, data: dict, channel: str = "") -> OdaProject:
    return _activity_create(OdaProject, actor=actor, data=data, channel=channel)


def oda_project_update(project: OdaProject, *, actor, data: dict, channel: str = "") -> OdaProject:
    _check_unchanged(project, data, IDENTITY_FIELDS, IDENTITY_MESSAGE)
    return record_update(project, actor=actor, data=data, channel=channel)


# ---------------------------------------------------------------- NGO aid


def ngo_aid_create(*, actor, data: dict, channel: str = "") -> NgoAid:
    """A programme starts at its first state; registering one further on is an approver's."""
    return _activity_create(NgoAid, actor=actor, data=data, channel=channel)


def ngo_aid_update(aid: NgoAid, *, actor, data: dict, channel: str = "") -> NgoAid:
    _check_unchanged(aid, data, IDENTITY_FIELDS, IDENTITY_MESSAGE)
    return workflow_update(aid, actor=actor, data=data, channel=channel)
