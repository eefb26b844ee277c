"""The scoping matrix: every role × every endpoint × own and other province, and the admin.

An app's tests describe their record type once (`RecordCase`) and call
`assert_scoping_matrix`; denied actions must change nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from django.urls import reverse

from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.roles import Action, Role, can


@dataclass
class RecordCase:
    model: type
    api_basename: str                       # router basename: "partner" → partner-list, partner-detail
    ui_namespace: str                       # "partners:partner"
    make: Callable                          # make(province) → a saved record of that province
    api_payload: Callable[[], dict]         # a valid JSON body for POST
    form_data: Callable[[], dict]           # a valid form body for the create page
    api_patch: dict = field(default_factory=dict)   # a valid partial update
    # A type created in the background worker answers 202 with the record under its own key.
    api_create_status: int = 201
    api_created_id: Callable[[dict], int] = lambda body: body["id"]


def _alive(model, pk) -> bool:
    return model.objects.filter(pk=pk).exists()


def _unchanged(obj) -> bool:
    return snapshot(type(obj)._base_manager.get(pk=obj.pk)) == snapshot(obj)


def assert_not_in_admin(case: RecordCase, *, own_province, make_user, client_for):
    """The admin channel: province records are not in the admin (ADR 0014), so even a
    superuser finds no page there to list, add, change or delete one, and nothing changes."""
    root = make_user(role=Role.ADMIN, province=None, is_superuser=True, is_staff=True)
    record, model = case.make(own_province), case.model
    before = model.all_objects.count()
    web = client_for(root)
    base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
    for url in (base, f"{base}add/", f"{base}{record.pk}/change/", f"{base}{record.pk}/delete/"):
        assert web.get(url).status_code == 404, f"[admin] {url}"
        assert web.post(url, {**case.form_data(), "post": "yes"}).status_code == 404, f"[admin] {url}"
    assert model.all_objects.count() == before and _unchanged(record), "[admin] a write went through"
    web.logout()


def assert_scoping_matrix(case: RecordCase, *, own_province, other_province, make_user, api_client_for, client_for):
    assert_not_in_admin(case, own_province=own_province, make_user=make_user, client_for=client_for)
    matrix_users = [(role.value, make_user(role=role, province=own_province)) for role in Role]
    matrix_users.append(("national", make_user(role=Role.VIEWER, province=None)))
    model = case.model
    for label, user in matrix_users:
        own, other = case.make(own_province), case.make(other_province)
        national = user.province_id is None
        api = api_client_for(user)
        where = f"[{label}]"

        # API reads
        listed = {row["id"] for row in api.get(reverse(f"{case.api_basename}-list"), {"page_size": 500}).json()["results"]}
        assert (own.pk in listed) == can(user, Action.VIEW), where
        assert (other.pk in listed) == national, f"{where} sees another province in the API list"
        status = api.get(reverse(f"{case.api_basename}-detail", args=[other.pk])).status_code
        assert status == (200 if national else 404), f"{where} API detail of another province: {status}"

        # API writes on the other province: never allowed
        response = api.patch(reverse(f"{case.api_basename}-detail", args=[other.pk]), case.api_patch, format="json")
        assert response.status_code in (403, 404), f"{where} patched another province: {response.status_code}"
        assert _unchanged(other), where
        response = api.delete(reverse(f"{case.api_basename}-detail", args=[other.pk]))
        assert response.status_code in (403, 404), where
        assert _alive(model, other.pk), where

        # API writes on the own province, as the role allows
        before = model.all_objects.count()
        response = api.post(reverse(f"{case.api_basename}-list"), case.api_payload(), format="json")
        if can(user, Action.ADD):
            assert response.status_code == case.api_create_status, \
                f"{where} create: {response.status_code} {response.content[:300]}"
            created = model.objects.get(pk=case.api_created_id(response.json()))
            assert created.province_id == own_province.pk, where
        else:
            assert response.status_code == 403, f"{where} create allowed: {response.status_code}"
            assert model.all_objects.count() == before, where
        response = api.patch(reverse(f"{case.api_basename}-detail", args=[own.pk]), case.api_patch, format="json")
        if can(user, Action.CHANGE):
            assert response.status_code == 200, f"{where} patch: {response.status_code} {response.content[:300]}"
        else:
            assert response.status_code == 403, f"{where} patch allowed: {response.status_code}"
            assert _unchanged(own), where
        response = api.delete(reverse(f"{case.api_basename}-detail", args=[own.pk]))
        if can(user, Action.DELETE):
            assert response.status_code == 204, where
            assert not _alive(model, own.pk), where
            own = case.make(own_province)
        else:
            assert response.status_code == 403, f"{where} delete allowed: {response.status_code}"
            assert _alive(model, own.pk), where

        # UI pages
        web = client_for(user)
        ns = case.ui_namespace
        page = web.get(reverse(f"{ns}_list"), {"per_page": 500})
        assert page.status_code == 200, where
        body = page.content.decode()
        assert (reverse(f"{ns}_detail", args=[other.pk]) in body) == national, f"{where} UI list leaks"
        assert web.get(reverse(f"{ns}_detail", args=[other.pk])).status_code == (200 if national else 404), where
        assert web.get(reverse(f"{ns}_detail", args=[own.pk])).status_code == (200 if can(user, Action.VIEW) else 404)
        status = web.post(reverse(f"{ns}_edit", args=[other.pk]), case.form_data()).status_code
        assert status in (403, 404), f"{where} UI edit of another province: {status}"
        assert _unchanged(other), where
        status = web.post(reverse(f"{ns}_delete", args=[other.pk])).status_code
        assert status in (403, 404), where
        assert _alive(model, other.pk), where
        before = model.all_objects.count()
        status = web.post(reverse(f"{ns}_add"), case.form_data()).status_code
        if can(user, Action.ADD):
            assert status == 302, f"{where} UI create: {status}"
            assert model.all_objects.count() == before + 1, where
        else:
            assert status == 403, f"{where} UI create allowed: {status}"
            assert model.all_objects.count() == before, where
        status = web.post(reverse(f"{ns}_delete", args=[own.pk])).status_code
        if can(user, Action.DELETE):
            assert status == 302 and not _alive(model, own.pk), where
        else:
            assert status == 403 and _alive(model, own.pk), f"{where} UI delete: {status}"
        web.logout()
