"""Instances read without Model.__init__ (geo.loading.FastFromDb) are the instances Django builds."""
import datetime

import pytest
from django.apps import apps
from django.db import models
from django.db.models.signals import post_init

from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import make_delegation
from ngoaivu.geo.loading import FastFromDb, _layout
from ngoaivu.geo.models import Province

FAST = [model for model in apps.get_models() if issubclass(model, FastFromDb)]


def _values(model):
    """A value per column, distinct from one another, in from_db's order."""
    return [f"value {index}" for index in range(len(model._meta.concrete_fields))]


def _django(model, values):
    return models.Model.from_db.__func__(model, "default", [f.attname for f in model._meta.concrete_fields], values)


@pytest.mark.parametrize("model", FAST, ids=lambda model: model._meta.label)
def test_every_fast_models_instance_is_djangos(model):
    assert _layout(model) is not None, "a record model whose columns cannot be filled directly is read slowly"
    values = _values(model)
    fast = model.from_db("default", [f.attname for f in model._meta.concrete_fields], values)
    slow = _django(model, values)
    assert type(fast) is model and list(fast.__dict__) == list(slow.__dict__)
    assert {key: value for key, value in fast.__dict__.items() if key != "_state"} == \
        {key: value for key, value in slow.__dict__.items() if key != "_state"}
    assert (fast._state.adding, fast._state.db, fast._state.fields_cache) == (False, "default", {})


def test_a_listener_deferred_columns_or_a_setter_leave_it_to_django(monkeypatch):
    names = [f.attname for f in Province._meta.concrete_fields]
    seen = []

    def listener(sender, instance, **kwargs):
        seen.append(instance)

    post_init.connect(listener, sender=Province)
    try:
        built = Province.from_db("default", names, _values(Province))
    finally:
        post_init.disconnect(listener, sender=Province)
    assert seen == [built]
    partial = Province.from_db("default", names[:3], _values(Province)[:3])
    assert partial.get_deferred_fields() == set(names[3:])
    monkeypatch.setattr(Province, "__setattr__", lambda self, name, value: object.__setattr__(self, name, value),
                        raising=False)
    assert _layout(Province) is None


@pytest.mark.django_db
def test_rows_read_and_saved_as_before(own_province):
    delegation = make_delegation(own_province, start_date=datetime.date(2024, 5, 1))
    read = Delegation.objects.select_related("province").get(pk=delegation.pk)
    assert read.province == own_province and read.start_date == datetime.date(2024, 5, 1)
    assert not read._state.adding and read.get_deferred_fields() == set()
    read.name = "Đoàn đổi tên"
    read.save(update_fields=["name"])
    assert Delegation.objects.get(pk=delegation.pk).name == "Đoàn đổi tên"
    assert Delegation.objects.only("name").get(pk=delegation.pk).get_deferred_fields()
