"""Generic record writes: validate, check scope, save, log — all in one transaction.

Domain services (partners.services.partner_create, …) call these and add their own
rules; views, API viewsets, the admin and importers call the domain services.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.audit.bulk import insert_many
from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record, change_records
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.errors import ScopeDenied, StaleRecord
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.core.search import refresh_search_columns, search_values

# Ids per statement in bulk writes (SQLite's bound-parameter limit is the real cap).
BULK_SIZE = 1000


def ensure_allowed(actor, action: str, province_id: int | None) -> None:
    if not may_act_in_province(actor, action, province_id):
        raise ScopeDenied(_("Bạn không có quyền thực hiện thao tác này với dữ liệu của tỉnh, thành phố này."))


# `data["version"]` is the version the editor started from, never a value to store.
VERSION_KEY = "version"
# Saving touches these without anything having changed.
_NOT_A_CHANGE = frozenset({"updated_at", VERSION_KEY})


def pop_expected_version(data: dict) -> int | None:
    value = data.pop(VERSION_KEY, None)
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError({VERSION_KEY: _("Phiên bản phải là một số nguyên.")}) from None


def changes_since(instance: models.Model, version: int) -> list[dict]:
    """Who changed what in `instance` after `version`, oldest first, from the change log."""
    from django.contrib.contenttypes.models import ContentType

    from ngoaivu.audit.models import ObjectChange

    labels = {field.attname: str(field.verbose_name) for field in instance._meta.concrete_fields}
    labels.update({field.name: str(field.verbose_name) for field in instance._meta.many_to_many})
    rows = ObjectChange.objects.filter(content_type=ContentType.objects.get_for_model(type(instance)),
                                       object_id=instance.pk, after__version__gt=version).order_by("time", "pk")
    return [{"user": row.user_name, "time": row.time, "version": row.after.get(VERSION_KEY),
             "fields": [labels.get(name, name) for name in row.changed_fields() if name not in _NOT_A_CHANGE]}
            for row in rows]


def check_version(instance: models.Model, expected: int | None) -> None:
    """Refuse an edit started from an older version than the stored (locked) row."""
    current = getattr(instance, VERSION_KEY, None)
    if expected is None or current is None or expected == current:
        return
    changes = changes_since(instance, expected)
    from ngoaivu.core.vnformat import format_date

    described = "; ".join(
        _("%(user)s lúc %(time)s sửa: %(fields)s") % {
            "user": change["user"] or _("hệ thống"),
            "time": f"{timezone.localtime(change['time']):%H:%M} {format_date(timezone.localtime(change['time']))}",
            "fields": ", ".join(change["fields"]) or _("trạng thái lưu")}
        for change in changes)
    raise StaleRecord(
        _("Bản ghi đã được sửa sau khi bạn mở nó (bạn sửa từ phiên bản %(yours)d, hiện là phiên bản %(current)d)%(what)s. "
          "Thay đổi của bạn chưa được lưu; hãy mở lại bản ghi để xem bản mới nhất rồi sửa lại.")
        % {"yours": expected, "current": current, "what": f": {described}" if described else ""},
        current_version=current, changes=changes)


def bump_version(instance: models.Model, before: dict, after: dict) -> None:
    """Add one to the version of a locked row that really changed; `after` (the change
    log's snapshot) gets the new number, so changes_since() can tell what came later."""
    if not hasattr(instance, VERSION_KEY):
        return
    if {k: v for k, v in before.items() if k not in _NOT_A_CHANGE} == \
            {k: v for k, v in after.items() if k not in _NOT_A_CHANGE}:
        return
    type(instance)._base_manager.filter(pk=instance.pk).update(version=F(VERSION_KEY) + 1)
    instance.version += 1
    after[VERSION_KEY] = instance.version


def _split_m2m(model: type[models.Model], data: dict) -> tuple[dict, dict]:
    m2m_names = {field.name for field in model._meta.many_to_many}
    plain = {key: value for key, value in data.items() if key not in m2m_names}
    m2m = {key: value for key, value in data.items() if key in m2m_names}
    return plain, m2m


def _check_related_scope(actor, instance: models.Model, m2m: dict) -> None:
    """Links to other province records must stay inside the actor's province."""
    from ngoaivu.core.models import ProvinceRecord

    related = [getattr(instance, field.name) for field in instance._meta.concrete_fields if field.is_relation]
    for values in m2m.values():
        related.extend(values or [])
    for obj in related:
        if isinstance(obj, ProvinceRecord) and not may_act_in_province(actor, Action.VIEW, obj.province_id):
            raise ValidationError(_("Bản ghi liên kết “%(obj)s” không thuộc tỉnh, thành phố của bạn.") % {"obj": obj})


def _save(actor, instance: models.Model, m2m: dict) -> None:
    instance.full_clean()
    _check_related_scope(actor, instance, m2m)
    instance.save()
    for name, values in m2m.items():
        getattr(instance, name).set(values or [])
    refresh_search_columns(instance)


@transaction.atomic
def record_create(model: type[models.Model], *, actor, data: dict, channel: str = "",
                  action: str = Action.ADD) -> models.Model:
    """Create a record. `action` is the role-table verb the creation needs: sending a report
    to the Ministry is an approver's "approve", not an "add"."""
    plain, m2m = _split_m2m(model, data)
    instance = model(**plain)
    ensure_allowed(actor, action, getattr(instance, "province_id", None))
    _save(actor, instance, m2m)
    change_record(actor=actor, action=ChangeAction.CREATE, instance=instance, before=None,
                  after=snapshot(instance), channel=channel)
    return instance


class BulkRowErrors(ValidationError):
    """Rows of a bulk write that did not validate: `errors` maps a row's index to its
    ValidationError. Nothing was written."""

    def __init__(self, errors: dict[int, ValidationError]):
        super().__init__([message for error in errors.values() for message in error.messages])
        self.errors = errors


def _check_links(model: type[models.Model], instances: list[models.Model]) -> dict[int, ValidationError]:
    """What full_clean checks of foreign keys (the target exists), one query per field, not per row."""
    errors: dict[int, ValidationError] = {}
    for field in model._meta.concrete_fields:
        if not field.is_relation or not field.many_to_one:
            continue
        values = {getattr(obj, field.attname) for obj in instances} - {None}
        if not values:
            continue
        target = field.remote_field.model._base_manager.complex_filter(field.get_limit_choices_to())
        found = set(target.filter(**{f"{field.remote_field.field_name}__in": values})
                    .values_list(field.remote_field.field_name, flat=True))
        for index, obj in enumerate(instances):
            value = getattr(obj, field.attname)
            if value is not None and value not in found:
                errors[index] = ValidationError({field.name: field.error_messages["invalid"] % {
                    "model": field.remote_field.model._meta.verbose_name, "pk": value,
                    "field": field.remote_field.field_name, "value": value}})
    return errors


@transaction.atomic
def record_bulk_create(model: type[models.Model], *, actor, rows: list[dict], channel: str = "",
                       action: str = Action.ADD) -> list[models.Model]:
    """record_create for many rows (an import): the same scope check, field validation,
    clean() and links-in-scope rule per row, but one query per linked field instead of
    one per row, INSERTs in batches, and the search columns and change log written with
    them. Uniqueness is left to the database: a duplicate raises IntegrityError for the
    whole call, and the caller writes those rows one by one to learn which (record_create
    says why). Rows that do not validate raise BulkRowErrors and nothing is written."""
    allowed: dict = {}
    instances, m2m_values, errors = [], [], {}
    relations = [field for field in model._meta.concrete_fields if field.is_relation and field.many_to_one]
    for index, data in enumerate(rows):
        plain, m2m = _split_m2m(model, data)
        instance = model(**plain)
        instances.append(instance)
        m2m_values.append(m2m)
        province_id = getattr(instance, "province_id", None)
        if province_id not in allowed:
            allowed[province_id] = may_act_in_province(actor, action, province_id)
        try:
            if not allowed[province_id]:
                ensure_allowed(actor, action, province_id)
            # Links are checked below in one query per field; None still fails where required.
            exclude = {field.name for field in relations if getattr(instance, field.attname) is not None}
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
            _check_related_scope(actor, instance, m2m)
        except (ValidationError, ScopeDenied) as error:
            errors[index] = error if isinstance(error, ValidationError) else ValidationError(str(error))
    errors.update({index: error for index, error in _check_links(model, instances).items() if index not in errors})
    if errors:
        raise BulkRowErrors(errors)
    for instance, m2m in zip(instances, m2m_values):
        if all(hasattr(instance, name) for name in ("search_title", "search_text")):
            instance.search_title, instance.search_text = search_values(instance, m2m)
    insert_many(model, instances)
    for field in model._meta.many_to_many:
        through = getattr(model, field.name).through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        insert_many(through, [through(**{f"{source}_id": instance.pk, f"{target}_id": obj.pk})
                              for instance, m2m in zip(instances, m2m_values) for obj in m2m.get(field.name) or ()])
    change_records(actor=actor, action=ChangeAction.CREATE, channel=channel,
                   changes=[(instance, None, snapshot(instance, m2m)) for instance, m2m in zip(instances, m2m_values)])
    return instances


@transaction.atomic
def record_update(instance: models.Model, *, actor, data: dict, channel: str = "",
                  action: str = Action.CHANGE) -> models.Model:
    """Change fields of a record. `action` is the role-table verb the change needs: a
    workflow step such as approving is an "approve", not a "change". `data["version"]`,
    when given, is the version the editor started from: an older one raises StaleRecord."""
    ensure_allowed(actor, action, getattr(instance, "province_id", None))
    data = dict(data)
    expected = pop_expected_version(data)
    # Re-read under lock so two editors cannot overwrite each other's half-saved state.
    instance = type(instance)._base_manager.select_for_update().get(pk=instance.pk)
    check_version(instance, expected)
    before = snapshot(instance)
    plain, m2m = _split_m2m(type(instance), data)
    for name, value in plain.items():
        setattr(instance, name, value)
    # The province of a record never moves: that would move it out of someone's scope.
    if "province_id" in before and getattr(instance, "province_id", None) != before["province_id"]:
        raise ValidationError({"province": _("Không được chuyển bản ghi sang tỉnh, thành phố khác.")})
    _save(actor, instance, m2m)
    after = snapshot(instance)
    bump_version(instance, before, after)
    if after != before:
        change_record(actor=actor, action=ChangeAction.UPDATE, instance=instance, before=before, after=after,
                      channel=channel)
    return instance


def _is_child_link(field) -> bool:
    """A link from a child row (a member, a document, a status-history row) to its parent:
    the child is hidden with its parent (core.models.ChildManager), so it uses nothing."""
    return getattr(field.model, "parent_field", None) == field.name


def _linking_fields(model: type[models.Model]):
    """(record model, its field) for every field of a province record that links to `model`,
    a child's link to its parent aside. Hidden reverse relations (related_name="+", e.g. a
    delegation's partner) count too: `_meta.related_objects` leaves them out."""
    from ngoaivu.core.models import ProvinceRecord

    for relation in model._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete and relation.is_relation):
            continue
        related, field = relation.related_model, relation.field
        if issubclass(related, ProvinceRecord) and not _is_child_link(field):
            yield related, field


def record_users(instance: models.Model, limit: int = 5) -> list[str]:
    """Alive records that link to `instance` (an agreement naming a partner…), at most `limit`."""
    found: list[str] = []
    for model, field in _linking_fields(type(instance)):
        rows = model.objects.filter(**{field.name: instance})[: limit - len(found)]
        found += [f"{model._meta.verbose_name} “{row}”" for row in rows]
        if len(found) >= limit:
            break
    return found


@transaction.atomic
def record_delete(instance: models.Model, *, actor, channel: str = "") -> None:
    """Soft-delete a record. Its children go (and come back) with it; a record that other
    records use is refused, naming them, so nothing loses a link silently."""
    ensure_allowed(actor, Action.DELETE, getattr(instance, "province_id", None))
    users = record_users(instance)
    if users:
        raise ValidationError(_("Không xóa được vì bản ghi đang được dùng ở: %(users)s. "
                                "Hãy bỏ liên kết ở các bản ghi đó trước.") % {"users": "; ".join(users)})
    before = snapshot(instance)
    instance.deleted_at = timezone.now()
    instance.save(update_fields=["deleted_at"])
    change_record(actor=actor, action=ChangeAction.DELETE, instance=instance, before=before,
                  after=snapshot(instance), channel=channel)


def _users_of_many(model: type[models.Model], ids: list, limit: int = 5) -> list[str]:
    """record_users for many records of one type: alive records of other sets that link to
    any of them, at most `limit`, one query per linking field and chunk of ids."""
    found: list[str] = []
    for related, field in _linking_fields(model):
        for chunk in _chunks(ids):
            rows = related.objects.filter(**{f"{field.name}__in": chunk})
            if related is model:            # records of the same set go with it
                rows = rows.exclude(pk__in=ids)
            found += [f"{related._meta.verbose_name} “{row}”" for row in rows[: limit - len(found)]]
            if len(found) >= limit:
                return found
    return found


def _chunks(ids: list, size: int = BULK_SIZE) -> list[list]:
    return [ids[start:start + size] for start in range(0, len(ids), size)]


@transaction.atomic
def record_bulk_delete(model: type[models.Model], instances: list[models.Model], *, actor,
                       channel: str = "") -> None:
    """record_delete for many records of one type (taking back an import): the same scope
    check and refusal when other records use them, one query per linking field instead of
    one per record and field, one UPDATE per 1.000 records, one change-log batch."""
    for province_id in {getattr(instance, "province_id", None) for instance in instances}:
        ensure_allowed(actor, Action.DELETE, province_id)
    ids = [instance.pk for instance in instances]
    users = _users_of_many(model, ids)
    if users:
        raise ValidationError(_("Không xóa được vì bản ghi đang được dùng ở: %(users)s. "
                                "Hãy bỏ liên kết ở các bản ghi đó trước.") % {"users": "; ".join(users)})
    # Links read once per record (from a prefetch when the caller made one), for both snapshots.
    links = [{field.name: list(getattr(instance, field.name).all()) for field in model._meta.many_to_many}
             for instance in instances]
    befores = [snapshot(instance, m2m) for instance, m2m in zip(instances, links)]
    now = timezone.now()
    for chunk in _chunks(ids):
        model._base_manager.filter(pk__in=chunk).update(deleted_at=now)
    for instance in instances:
        instance.deleted_at = now
    change_records(actor=actor, action=ChangeAction.DELETE, channel=channel,
                   changes=[(instance, before, snapshot(instance, m2m))
                            for instance, before, m2m in zip(instances, befores, links)])


@transaction.atomic
def record_restore(instance: models.Model, *, actor, channel: str = "") -> models.Model:
    ensure_allowed(actor, Action.RESTORE, getattr(instance, "province_id", None))
    if instance.deleted_at is None:
        raise ValidationError(_("Bản ghi này chưa bị xóa."))
    before = snapshot(instance)
    instance.deleted_at = None
    # A record restored beside a newer one with the same key must say so, not crash.
    instance.full_clean()
    instance.save(update_fields=["deleted_at"])
    change_record(actor=actor, action=ChangeAction.RESTORE, instance=instance, before=before,
                  after=snapshot(instance), channel=channel)
    return instance


def _parent_label(model) -> str:
    return str(model._meta.get_field(model.parent_field).verbose_name)


@transaction.atomic
def child_create(model, *, actor, data: dict, channel: str = "") -> models.Model:
    """Create a child row in its parent's province (which may be a unit before 2025)."""
    parent = data.get(model.parent_field)
    if parent is None or parent.is_deleted:
        raise ValidationError({model.parent_field: _("Hãy chọn %(parent)s.") % {"parent": _parent_label(model)}})
    return record_create(model, actor=actor, data={**data, "province": parent.province}, channel=channel)


@transaction.atomic
def child_update(child, *, actor, data: dict, channel: str = "") -> models.Model:
    """Update a child row; it never moves to another parent (nor so to another province)."""
    parent_field = type(child).parent_field
    if parent_field in data and data[parent_field] != getattr(child, parent_field):
        raise ValidationError({parent_field: _("Không chuyển được sang %(parent)s khác; hãy xóa và thêm mới.")
                               % {"parent": _parent_label(type(child))}})
    return record_update(child, actor=actor, data=data, channel=channel)
