"""Changing the plain status of selected records at once: through the type's update service
(audited, versioned), all or none, scoped, from the list page and the API; never a workflow's status."""
from ngoaivu.audit.models import ObjectChange
from ngoaivu.exchange.specs import spec_for
from ngoaivu.exchange.tests.test_export import _partner
from ngoaivu.partners.models import Partner


def test_list_page_changes_the_status_of_selected_records(web, own_province, other_province):
    page = web.get("/doi-tac/").content.decode()
    assert "Đổi trạng thái" in page and 'value="lapsed"' in page
    first, second, untouched = (_partner(own_province, name) for name in ("Một", "Hai", "Ba"))
    # The model's own rule holds: a lapsed relation needs its end date, so none changes.
    refused = web.post("/du-lieu/partners-partner/chon/", {"action": "status", "status": "lapsed",
                                                            "ids": [first.pk, second.pk]}, follow=True)
    page = refused.content.decode()
    assert "“Một”: Quan hệ đã ngừng cần có ngày chấm dứt." in page or "“Hai”: Quan hệ đã ngừng cần có ngày chấm dứt." in page
    assert set(Partner.objects.values_list("status", flat=True)) == {"active"}
    response = web.post("/du-lieu/partners-partner/chon/", {"action": "status", "status": "planned",
                                                             "ids": [first.pk, second.pk]})
    assert response.status_code == 302
    assert dict(Partner.objects.values_list("name", "status")) == {"Một": "planned", "Hai": "planned", "Ba": "active"}
    changes = ObjectChange.objects.filter(action="update", object_id__in=[first.pk, second.pk])
    assert changes.count() == 2 and {change.channel for change in changes} == {"ui"}
    assert Partner.objects.get(pk=first.pk).version == first.version + 1

    foreign = _partner(other_province, "Tỉnh khác")
    web.post("/du-lieu/partners-partner/chon/", {"action": "status", "status": "planned",
                                                  "ids": [untouched.pk, foreign.pk]})
    assert Partner.objects.get(pk=untouched.pk).status == "active"      # one not allowed: none changed
    assert Partner.all_objects.get(pk=foreign.pk).status == "active"


def test_api_changes_status_all_or_none_and_names_bad_input(api_client_for, specialist, users, own_province):
    from ngoaivu.core.roles import Role

    first, second = _partner(own_province, "Một"), _partner(own_province, "Hai")
    api = api_client_for(specialist)
    response = api.post("/api/bulk-status/", {"record_type": "partners.partner", "ids": [first.pk, second.pk],
                                              "status": "planned"}, format="json")
    assert response.status_code == 200 and response.json() == {"changed": 2}
    assert set(Partner.objects.values_list("status", flat=True)) == {"planned"}
    assert ObjectChange.objects.filter(action="update", channel="api").count() == 2

    bad = api.post("/api/bulk-status/", {"record_type": "partners.partner", "ids": [first.pk], "status": "xyz"},
                   format="json")
    assert bad.status_code == 400 and "status" in bad.json()
    missing = api.post("/api/bulk-status/", {"record_type": "partners.partner", "status": "active"}, format="json")
    assert missing.status_code == 400 and "ids" in missing.json()
    viewer = api_client_for(users[Role.VIEWER]).post(
        "/api/bulk-status/", {"record_type": "partners.partner", "ids": [first.pk], "status": "active"}, format="json")
    assert viewer.status_code == 403
    assert set(Partner.objects.values_list("status", flat=True)) == {"planned"}


def test_a_workflow_status_is_not_changed_in_bulk(api_client_for, specialist):
    assert spec_for("delegations.delegation").status_column() is None
    assert spec_for("agreements.agreement").status_column() is None
    assert spec_for("partners.partner").status_column() is not None
    response = api_client_for(specialist).post("/api/bulk-status/", {
        "record_type": "delegations.delegation", "ids": [1], "status": "approved"}, format="json")
    assert response.status_code == 400 and "bước xử lý" in response.json()["detail"][0]
