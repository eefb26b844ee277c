"""One workflow mechanism: the same rules hold for every workflow record type, on the pages and in
the API alike — the wrong role is refused, a date before the previous step is refused, a step
that needs a reason (or a field) is refused without it, and a step taken writes its history row
and its change-log entry. The history endpoint's queries do not grow with its rows."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.timezone import localtime

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.core.workflow.services import take_step, workflow_create

pytestmark = pytest.mark.django_db
D0 = date(2024, 3, 10)  # the day of the step taken before the one under test


def _delegation(province):
    from ngoaivu.delegations.tests.helpers import make_in_status

    return make_in_status(province, "draft")


def _conference(province):
    from ngoaivu.conferences.tests.helpers import make_in_status

    return make_in_status(province, "draft")


def _agreement(province):
    from ngoaivu.agreements.tests.helpers import make_agreement

    return make_agreement(province, status="consulting", opinions_requested_on=date(2024, 3, 1))


def _case(province):
    from ngoaivu.consular.tests.helpers import make_case

    return make_case(province, opened_on=date(2024, 3, 1))


def _ngo_aid(province):
    from ngoaivu.aid.tests.factories import make_ngo_aid

    return make_ngo_aid(province)


@dataclass
class Kind:
    make: Callable
    ui: str                 # URL name of the step page
    api: str                # API basename
    before: str             # the step taken first, on D0, by a specialist
    step: str               # the step under test
    role: str               # who may take it
    wrong: str              # a role that may not
    missing: dict           # a body lacking what the step needs …
    needed: str             # … the field its error names
    given: dict = field(default_factory=dict)  # what makes it complete


KINDS = {
    "delegation": Kind(_delegation, "delegations:delegation_step", "delegation", "submit", "reject", Role.APPROVER,
                       Role.SPECIALIST, {}, "note", {"note": "Chưa có trong kế hoạch"}),
    "conference": Kind(_conference, "conferences:conference_step", "conference", "submit", "reject", Role.APPROVER,
                       Role.SPECIALIST, {}, "note", {"note": "Trùng lịch"}),
    "agreement": Kind(_agreement, "agreements:agreement_step", "agreement", "submit", "refuse", Role.APPROVER,
                      Role.SPECIALIST, {}, "note", {"note": "Chưa phù hợp", "decision_number": "12/UBND-NV"}),
    "citizen case": Kind(_case, "consular:case_step", "citizen-case", "forward", "answer", Role.SPECIALIST,
                         Role.CONTRIBUTOR, {}, "outcome", {"outcome": "Công dân đã về nước"}),
    "NGO aid": Kind(_ngo_aid, "aid:ngo_aid_step", "ngo-aid", "submit", "refuse", Role.APPROVER, Role.SPECIALIST,
                    {"decision_number": "9/UBND-NV", "approval_authority": "province_chair"}, "refusal_reason",
                    {"decision_number": "9/UBND-NV", "approval_authority": "province_chair",
                     "refusal_reason": "Không phù hợp quy hoạch"}),
}


class Channel:
    """Posts a step through the pages or the API and reads the outcome the same way."""

    def __init__(self, name, kind: Kind, client_for, api_client_for):
        self.name, self.kind, self.client_for, self.api_client_for = name, kind, client_for, api_client_for

    def post(self, user, obj, body: dict, on: date):
        if self.name == "ui":
            return self.client_for(user).post(reverse(self.kind.ui, args=[obj.pk, self.kind.step]),
                                              {**body, "on": on.strftime("%d/%m/%Y")})
        return self.api_client_for(user).post(reverse(f"{self.kind.api}-step", args=[obj.pk, self.kind.step]),
                                              {**body, "on": on.isoformat()}, format="json")

    def refused_naming(self, response, name: str) -> bool:
        if self.name == "ui":
            return response.status_code == 400 and f'id="id_{name}_errors"' in response.content.decode()
        return response.status_code == 400 and name in response.json()

    def taken(self, response) -> bool:
        return response.status_code == (302 if self.name == "ui" else 200)


@pytest.mark.parametrize("channel", ["ui", "api"])
@pytest.mark.parametrize("kind_name", list(KINDS))
def test_every_workflow_enforces_the_same_rules_on_pages_and_api(kind_name, channel, users, own_province, client_for,
                                                                   api_client_for):
    kind = KINDS[kind_name]
    via = Channel(channel, kind, client_for, api_client_for)
    obj = take_step(kind.make(own_province), kind.before, actor=users[Role.SPECIALIST], on=D0)
    rows = obj.status_changes.count()
    state = obj.status

    # The wrong role: refused, nothing written.
    assert via.post(users[kind.wrong], obj, kind.given, D0 + timedelta(days=5)).status_code == 403
    # A date before the previous step: refused beside the date.
    assert via.refused_naming(via.post(users[kind.role], obj, kind.given, D0 - timedelta(days=1)), "on")
    # What the step needs (a reason, a field): refused beside it.
    assert via.refused_naming(via.post(users[kind.role], obj, kind.missing, D0 + timedelta(days=5)), kind.needed)
    assert type(obj).objects.get(pk=obj.pk).status == state
    assert obj.status_changes.count() == rows

    assert via.taken(via.post(users[kind.role], obj, kind.given, D0 + timedelta(days=5)))
    obj = type(obj).objects.get(pk=obj.pk)
    row = obj.status_changes.last()
    assert (row.step, row.from_state, row.to_state, row.happened_on, row.actor) == (
        kind.step, state, obj.status, D0 + timedelta(days=5), users[kind.role])
    assert obj.status != state and obj.status_changes.count() == rows + 1
    assert ObjectChange.objects.filter(object_id=obj.pk, action="update", channel=channel,
                                       user=users[kind.role], after__status=obj.status).exists()


@pytest.mark.parametrize("kind_name", list(KINDS))
def test_the_history_endpoint_reads_in_a_fixed_number_of_queries(kind_name, users, own_province, api_client_for):
    kind = KINDS[kind_name]
    api = api_client_for(users[Role.VIEWER])
    short, long = kind.make(own_province), take_step(kind.make(own_province), kind.before,
                                                     actor=users[Role.SPECIALIST], on=D0)
    values = {name: value for name, value in kind.given.items() if name != "note"}
    take_step(long, kind.step, actor=users[kind.role], on=D0, note="Lý do", values=values)

    def count(obj):
        with CaptureQueriesContext(connection) as queries:
            response = api.get(reverse(f"{kind.api}-steps", args=[obj.pk]))
        assert response.status_code == 200
        return len(queries), response.json()

    few, short_rows = count(short)
    many, long_rows = count(long)
    assert len(long_rows) == len(short_rows) + 2 and few == many
    assert [row["step"] for row in long_rows][-2:] == [kind.before, kind.step]


def test_registering_a_record_past_its_first_state_is_an_approvers_or_an_imports(users, own_province,
                                                                                api_client_for):
    from ngoaivu.agreements.models import Agreement
    from ngoaivu.agreements.tests.helpers import make_partner

    partner = make_partner(own_province)
    body = {"title": "Biên bản ghi nhớ", "vietnamese_party": "UBND tỉnh", "partners": [partner.pk],
            "status": "permitted", "decided_on": "2024-01-15"}
    for role in (Role.CONTRIBUTOR, Role.SPECIALIST):
        assert api_client_for(users[role]).post(reverse("agreement-list"), body, format="json").status_code == 403
    assert not Agreement.all_objects.exists()
    response = api_client_for(users[Role.APPROVER]).post(reverse("agreement-list"), body, format="json")
    assert response.status_code == 201 and response.json()["status"] == "permitted"
    imported = workflow_create(Agreement, actor=users[Role.SPECIALIST], channel="import", data={
        "province": own_province, "title": "Thỏa thuận nhập từ Excel", "vietnamese_party": "UBND tỉnh",
        "partners": [partner], "status": "in_force", "signed_on": date(2021, 3, 26)})
    assert imported.status_changes.get().to_state == "in_force"
    assert ObjectChange.objects.get(object_id=imported.pk, action="create").channel == "import"


def _migration(app: str, name: str):
    import importlib

    return importlib.import_module(f"ngoaivu.{app}.migrations.{name}")


def test_old_history_rows_are_migrated(users, own_province, monkeypatch):
    """The data migrations, run on rows as the old engines left them."""
    from ngoaivu.aid.tests.factories import make_implementing_ngo_aid
    from ngoaivu.consular.models import CitizenCaseStatusChange
    from ngoaivu.consular.tests.helpers import make_case
    from ngoaivu.core.services import record_create
    from ngoaivu.core.workflow.migrating import fill_dossier_history
    from ngoaivu.delegations.models import DelegationStatusChange
    from ngoaivu.delegations.tests.helpers import make_in_status

    # Delegations: rows had only from/to states; the step and the day are derived.
    delegation = make_in_status(own_province, "approved")
    DelegationStatusChange.objects.create(delegation=delegation, province=own_province, from_state="submitted",
                                          to_state="approved", step="", happened_on=date(2000, 1, 1))
    fill_dossier_history("delegations.delegationstatuschange")(apps, None)
    assert [(row.step, row.happened_on == localtime(row.created_at).date())
            for row in delegation.status_changes.all()] == [
        ("create", True), ("approve", True)]

    # Citizen cases: rows had a state and a day; from-state, step and actor come back from the change log.
    case = make_case(own_province)
    old = record_create(CitizenCaseStatusChange, actor=users[Role.SPECIALIST], data={
        "province": own_province, "case": case, "step": "?", "to_state": "forwarded", "happened_on": date(2024, 1, 8)})
    _migration("consular", "0004_step_history").fill(apps, None)
    old.refresh_from_db()
    assert (old.step, old.from_state, old.actor, old.actor_name) == (
        "forward", "received", users[Role.SPECIALIST], users[Role.SPECIALIST].get_username())

    # NGO aid had no history: it is rebuilt from the dates the steps recorded.
    aid = make_implementing_ngo_aid(own_province, started_on=date(2022, 3, 1))
    rebuilding = _migration("aid", "0004_step_history")
    # run on today's models, where aid/0006 has renamed decision_date to decided_on
    monkeypatch.setattr(rebuilding, "PATH", [(step, state, "decided_on" if field == "decision_date" else field)
                                             for step, state, field in rebuilding.PATH])
    rebuilding.rebuild(apps, None)
    assert list(aid.status_changes.values_list("step", "to_state", "happened_on")) == [
        ("create", "mobilising", localtime(aid.created_at).date()), ("submit", "appraising", date(2022, 1, 20)),
        ("approve", "approved", date(2022, 2, 9)), ("start", "implementing", date(2022, 3, 1))]


@pytest.mark.parametrize("basename, old", [("delegation", "approve"), ("conference", "submit"),
                                           ("citizen-case", "transition"), ("ngo-aid", "refuse"),
                                           ("agreement", "status-history")])
def test_the_old_routes_answer_gone_naming_the_new_one(basename, old, users, api_client_for):
    url = reverse(f"{basename}-retired", kwargs={"pk": 1, "old": old})
    assert url.endswith(f"/1/{old}/")
    response = api_client_for(users[Role.APPROVER]).post(url)
    assert response.status_code == 410 and "/steps/" in response.json()["detail"]
