"""Model instances read from the database built without `Model.__init__` (issue 13).

`Model.from_db` calls `cls(*values)`, whose `__init__` sets each column through `setattr` (a
descriptor looked up, then the instance's dict) and sends `pre_init` and `post_init`: some
30.000 machine instructions for a delegation of 38 columns, 100 instances a page of the API.
For a model whose columns are all plain (their class attributes are Django's own descriptors
that store the value in the instance's dict as it is), that does not define `__init__` or
`__setattr__`, and when nobody listens to its `pre_init` or `post_init`, `FastFromDb.from_db`
fills the instance's dict directly: the same dict, in the same order, the same `_state`. Any
other case (deferred columns, a listener, another descriptor) is Django's own `from_db`.

It lives in the lowest app with models, so that the provinces and the records (core) share it.
"""
from __future__ import annotations

from django.db import models
from django.db.models.base import ModelState
from django.db.models.fields.files import FileDescriptor
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init

# Descriptors whose __set__ (if any) on a new instance only stores the value in its dict.
_PLAIN_DESCRIPTORS = frozenset({DeferredAttribute, ForeignKeyDeferredAttribute, FileDescriptor})
_LAYOUTS: dict[type, tuple[str, ...] | None] = {}


def _layout(cls) -> tuple[str, ...] | None:
    """The attribute names of the model's columns in `from_db`'s order, or None when an
    instance of it cannot be filled directly."""
    if cls.__init__ is not models.Model.__init__ or cls.__setattr__ is not object.__setattr__:
        return None
    attnames = []
    for field in cls._meta.concrete_fields:
        descriptor = next((klass.__dict__[field.attname] for klass in cls.__mro__ if field.attname in klass.__dict__),
                          None)
        if type(descriptor) not in _PLAIN_DESCRIPTORS:
            return None
        attnames.append(field.attname)
    return tuple(attnames)


class FastFromDb:
    """A model mixin: `from_db` without `__init__` where that gives the same instance."""

    @classmethod
    def from_db(cls, db, field_names, values):
        try:
            attnames = _LAYOUTS[cls]
        except KeyError:
            attnames = _LAYOUTS.setdefault(cls, _layout(cls))
        # No receiver at all (the usual case): no need to ask for this class's.
        if attnames is None or len(values) != len(attnames) or (pre_init.receivers or post_init.receivers) and (
                pre_init.has_listeners(cls) or post_init.has_listeners(cls)):
            return super().from_db(db, field_names, values)
        new = cls.__new__(cls)
        state = ModelState()
        state.adding, state.db = False, db
        instance_dict = new.__dict__
        instance_dict["_state"] = state
        instance_dict.update(zip(attnames, values))
        return new
