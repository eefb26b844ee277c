"""The joins an API list needs, derived from its serializer's fields (issue 13, ADR 0019).

A record type's `select_related` serves its pages, whose tables show linked names (a
delegation's partner and its country); the API gives most links as ids and reads only some
linked rows (the province's name). A list joins what its serializer's fields read:

- a column or a primary-key link (`partner` as an id): nothing;
- a dotted source (`province.name`), a slug or a nested serializer of a forward link: the
  links the source walks (`province`), a nested serializer's own joins after its link;
- many-to-many ids and nested lists: nothing here (their prefetches, `api_prefetch_related`);
- a property or method of the row (`report_due_on`, a target's `wording`): the links its
  code names (`self.indicator`), following the row's other properties and methods it calls;
  code that reads attributes by computed names (`getattr`) is opaque;
- anything else the fields do not show (a serializer method, `str()` of a linked row): the
  type's own `select_related` as well, since such code may follow any link.

A property that reaches a link another way (getattr with a computed name) is not seen:
tests/api_fuzz/test_query_counts.py reads every type's list at 5 and 25 rows.
"""
from __future__ import annotations

import dis
import inspect

from django.core.exceptions import FieldDoesNotExist
from django.db.models.constants import LOOKUP_SEP
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, PrimaryKeyRelatedField, SlugRelatedField

from ngoaivu.api.rows import _fields_by_class, _foreign_key, _plain

OPAQUE = None   # a field whose reads cannot be told from its declaration

# Derived joins by serializer class, for the classes whose fields every instance shares.
_JOINS: dict[type, tuple[str, ...] | None] = {}


def serializer_joins(serializer) -> tuple[str, ...] | None:
    """The `select_related` paths the serializer's rows read; None when a field is opaque."""
    cls = type(serializer)
    if cls in _JOINS:
        return _JOINS[cls]
    joins = _derive(serializer)
    if _fields_by_class(cls):
        _JOINS[cls] = joins
    return joins


def list_joins(serializer, page_joins: tuple[str, ...]) -> tuple[str, ...]:
    """What a list of these rows joins: the derived paths, with the page's when a field is opaque."""
    joins = serializer_joins(serializer)
    return tuple(page_joins) if joins is None else joins


def _derive(serializer) -> tuple[str, ...] | None:
    model = serializer.Meta.model
    paths: list[str] = []
    for field in serializer._readable_fields:
        if _plain(serializer, field) is not None or _foreign_key(serializer, field) is not None:
            continue
        if not field.source_attrs:   # source="*": a serializer method, the whole row
            return OPAQUE
        code = _row_code(model, field)
        if code is OPAQUE:
            return OPAQUE
        if code is not _NOT_CODE:
            paths += code
            continue
        if isinstance(field, (ManyRelatedField, serializers.ListSerializer)):
            continue   # a relation's rows: prefetched, not joined
        links = _forward_links(model, field.source_attrs)
        if isinstance(field, serializers.BaseSerializer):
            if links is None or len(links) != len(field.source_attrs):
                return OPAQUE
            inner = _derive(field) if isinstance(field, serializers.ModelSerializer) else OPAQUE
            if inner is None:
                return OPAQUE
            prefix = LOOKUP_SEP.join(links)
            paths += [prefix, *(f"{prefix}{LOOKUP_SEP}{path}" for path in inner)]
            continue
        if links is None or not _reads_a_column(field, links):
            return OPAQUE
        if links:
            paths.append(LOOKUP_SEP.join(links))
    # A longer path joins its prefixes too: keep the longest only.
    unique = dict.fromkeys(paths)
    return tuple(path for path in unique if not any(other.startswith(path + LOOKUP_SEP) for other in unique))


def _row_code(model, field):
    """The links a field read by the row's own code names: a property or method (a dotted
    source's first step: `period.label`), a class constant or a column the list's query
    annotates (nothing). OPAQUE when the code reaches attributes by computed names;
    _NOT_CODE for a field that reads a model field or a link."""
    if isinstance(field, (serializers.RelatedField, ManyRelatedField)):
        return _NOT_CODE
    name = field.source_attrs[0]
    try:
        model._meta.get_field(name)
        return _NOT_CODE
    except FieldDoesNotExist:
        pass
    member = inspect.getattr_static(model, name, _MISSING)
    if member is _MISSING or not (callable(member) or hasattr(member, "__get__")):
        return []   # an annotation of the list's query, a constant of the class
    function = _function(model, name)
    if function is None:
        return OPAQUE
    links = _named_links(model, function, set())
    return OPAQUE if links is None else sorted(links)


_NOT_CODE = object()
_MISSING = object()


def _function(model, name: str):
    """The code of the model's property or method `name`, unwrapped; None when it is not one."""
    member = inspect.getattr_static(model, name, None)
    if isinstance(member, property):
        member = member.fget
    elif hasattr(member, "func"):   # cached_property
        member = member.func
    member = inspect.unwrap(member) if callable(member) else None
    return member if inspect.isfunction(member) else None


def _named_links(model, function, seen: set) -> set[str] | None:
    """The model's forward links the function's code names, and those of the model's own
    properties and methods it names (once each); None when it reads attributes by computed
    names (`getattr(self, self.funder_field)`)."""
    names = _names_read(function)
    if names is None:
        return None
    links = set()
    for name in names:
        if name in seen:
            continue
        seen.add(name)
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            inner = _function(model, name)
            if inner is not None:
                inner_links = _named_links(model, inner, seen)
                if inner_links is None:
                    return None
                links |= inner_links
            continue
        if model_field.is_relation and (model_field.many_to_one or model_field.one_to_one) and model_field.concrete \
                and name == model_field.name:   # `province_id` reads the row's column
            links.add(name)
    return links


def _names_read(function) -> list[str] | None:
    """The attribute names the function's code names, with those getattr reads by a constant
    name (`getattr(self, "_report_days", None)`); None when getattr is given a computed one."""
    names = [name for name in function.__code__.co_names if name != "getattr"]
    instructions = list(dis.get_instructions(function))
    for index, instruction in enumerate(instructions):
        if instruction.opname == "LOAD_GLOBAL" and instruction.argval == "getattr":
            name = instructions[index + 2] if index + 2 < len(instructions) else None
            if name is None or name.opname != "LOAD_CONST" or not isinstance(name.argval, str):
                return None
            names.append(name.argval)
    return names


def _forward_links(model, attrs) -> list[str] | None:
    """The forward links (foreign keys, one-to-one) at the start of a dotted source; None when
    the source reads something that is not a model field before it ends."""
    links = []
    for index, attr in enumerate(attrs):
        try:
            model_field = model._meta.get_field(attr)
        except FieldDoesNotExist:
            return None
        if model_field.is_relation and (model_field.many_to_one or model_field.one_to_one) and model_field.concrete:
            links.append(attr)
            model = model_field.related_model
            continue
        if model_field.is_relation or index != len(attrs) - 1:
            return None
        return links
    return links


def _reads_a_column(field, links: list[str]) -> bool:
    """Whether the field reads a column of the last linked row (or the row itself as a slug or
    key), not code of that row (`str()`, a property)."""
    if len(links) == len(field.source_attrs):   # the linked row itself
        if isinstance(field, SlugRelatedField):
            return LOOKUP_SEP not in field.slug_field and "." not in field.slug_field
        return type(field) is PrimaryKeyRelatedField
    return True
