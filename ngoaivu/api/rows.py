"""The read path of a list's rows (issue 13, ADR 0019): a serializer's fields compiled into a
plan of (key, getter) steps, kept per serializer class, language and time zone (or compiled
per request when a field reads the request), then applied to every row.

DRF serializes a row by asking each of its ~40 field objects for the attribute (a generic
`get_attribute` walk with its error handling), testing for None, then calling the field's
`to_representation`; on a page of 50 rows that was a third of a list request's CPU. A plan
reads a model column with a plain attribute access and formats the common field types
(text, numbers, booleans, dates, times, foreign keys and many-to-many ids) with the same
functions DRF would call, inlined. Every other field keeps DRF's own two calls, so a field
type the plan does not know is still served exactly as DRF serves it. The output is equal
to `Serializer.to_representation` field for field (tests/api_fuzz/test_row_plans.py checks
every record type).
"""
from __future__ import annotations

import functools
import inspect
from datetime import date, datetime
from operator import attrgetter

from django.core.exceptions import FieldDoesNotExist
from django.db import router
from django.db.models import IntegerField, Prefetch, QuerySet
from django.db.models.constants import LOOKUP_SEP
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.manager import BaseManager
from django.db.models.query_utils import DeferredAttribute
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from rest_framework import serializers
from rest_framework.fields import ISO_8601, SkipField
from rest_framework.relations import ManyRelatedField, PKOnlyObject, PrimaryKeyRelatedField
from rest_framework.settings import api_settings

from ngoaivu.api.isodates import date_iso, datetime_iso
from ngoaivu.core.statements import kept_rows

_SKIP = object()   # a step's answer when DRF would leave the key out (SkipField)
# Where a list's query leaves a relation's prefetched rows as a plain list (`listed_prefetches`).
LISTED = "_listed_{}"


def _plain(serializer, field) -> str | None:
    """The attribute a field reads when it is a stored column of the serializer's model read
    directly (no dotted source, no callable, no property that might raise): None otherwise."""
    if len(field.source_attrs) != 1:
        return None
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    if model is None:
        return None
    try:
        model_field = model._meta.get_field(field.source_attrs[0])
    except FieldDoesNotExist:
        return None
    if not model_field.concrete or model_field.is_relation:
        return None
    return model_field.attname


def _foreign_key(serializer, field) -> str | None:
    """The `_id` column a primary-key relation reads (DRF's own `serializable_value`)."""
    if type(field) is not PrimaryKeyRelatedField or field.pk_field is not None or len(field.source_attrs) != 1:
        return None
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    try:
        model_field = model._meta.get_field(field.source_attrs[0]) if model is not None else None
    except FieldDoesNotExist:
        return None
    if model_field is None or not model_field.concrete or not model_field.many_to_one:
        return None
    return model_field.attname


def _formatter(field):
    """A function doing what `field.to_representation` does for a value that is not None."""
    custom = getattr(field, "row_formatter", None)
    if custom is not None:
        return custom()
    kind = type(field)
    if kind is serializers.CharField:
        return str
    if kind is serializers.IntegerField or kind is serializers.BigIntegerField and not getattr(
            field, "coerce_to_string", api_settings.COERCE_BIGINT_TO_STRING):
        return int
    if kind is serializers.ChoiceField:
        values = field.choice_strings_to_values

        def choice(value):
            return value if value == "" else values.get(str(value), value)

        # A text equal to a choice's text is that choice, itself a text: the same text back.
        choice.keeps = str if all(type(value) is str for value in values.values()) else None
        return choice
    if kind is serializers.BooleanField:
        slow = field.to_representation

        def boolean(value):
            return value if value is True or value is False else slow(value)

        boolean.keeps = bool
        return boolean
    if kind is serializers.DateField and getattr(field, "format", api_settings.DATE_FORMAT) == ISO_8601:
        slow = field.to_representation

        def day(value):
            return date_iso(value) if type(value) is date else slow(value)

        day.iso_date = True
        return day
    if kind is serializers.DateTimeField \
            and (getattr(field, "format", api_settings.DATETIME_FORMAT) or "").lower() == ISO_8601:
        return _datetime_formatter(field)
    return field.to_representation


def _datetime_formatter(field):
    slow = field.to_representation
    zone = field.timezone if hasattr(field, "timezone") else field.default_timezone()
    if zone is None:   # DRF's naive output
        return slow

    def represent(value):
        if type(value) is not datetime or value.tzinfo is None:
            return slow(value)
        text = datetime_iso(value.astimezone(zone))
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    return represent


def listed_prefetches(queryset: QuerySet) -> QuerySet:
    """The queryset with each one-level prefetch read into a plain list on the row
    (Prefetch.to_attr), which the row plans read in place of the relation's manager.

    For a related manager Django builds and filters a queryset per row and relation to hold
    the prefetched rows (prefetch_one_level): 150 querysets for a page of 50 delegations with
    three relations. The lists hold the same rows in the same order. Only a list's rows read
    them: anything else reading `row.members.all()` on such a row would query again.
    """
    lookups = queryset._prefetch_related_lookups
    paths = [lookup.prefetch_to if isinstance(lookup, Prefetch) else lookup for lookup in lookups]
    listed = []
    for lookup, path in zip(lookups, paths, strict=True):
        if isinstance(lookup, Prefetch) and lookup.to_attr is None and LOOKUP_SEP not in path \
                and not any(other.startswith(path + LOOKUP_SEP) for other in paths):
            lookup = Prefetch(path, lookup.queryset, to_attr=LISTED.format(path))
        listed.append(lookup)
    return queryset.prefetch_related(None).prefetch_related(*listed) if lookups else queryset


def kept_prefetches(queryset: QuerySet) -> tuple[QuerySet, tuple]:
    """The queryset less the listed prefetches that `prefetch_kept` can read (a one-level
    reverse foreign key or many-to-many of integer ids, whose queryset prefetches nothing
    itself), and those lookups."""
    kept, other = [], []
    for lookup in queryset._prefetch_related_lookups:
        (kept if _keepable(queryset.model, lookup) else other).append(lookup)
    if not kept:
        return queryset, ()
    return queryset.prefetch_related(None).prefetch_related(*other), tuple(kept)


def _keepable(model, lookup) -> bool:
    if not isinstance(lookup, Prefetch) or lookup.queryset is None or lookup.to_attr != LISTED.format(
            lookup.prefetch_through) or LOOKUP_SEP in lookup.prefetch_through:
        return False
    queryset = lookup.queryset
    if queryset._prefetch_related_lookups or queryset.query.is_sliced:
        return False
    try:
        relation = model._meta.get_field(lookup.prefetch_through)
    except FieldDoesNotExist:
        return False
    link = _link(relation)
    # The statement's slots are integers: the parents' ids must be.
    return link is not None and isinstance(link[4], IntegerField)


def _link(relation):
    """(filter name, attribute of a related row holding its parent's id, the parent's column
    it refers to, many-to-many, that column's field) of a reverse foreign key or a
    many-to-many; None otherwise."""
    if relation.one_to_many and not relation.concrete:   # a reverse foreign key
        field = relation.field
        if len(field.foreign_related_fields) != 1:
            return None
        target = field.foreign_related_fields[0]
        return field.name, field.attname, target.attname, False, target
    if relation.many_to_many:
        if relation.concrete:   # the model's own ManyToManyField
            through, source, query_name = relation.remote_field.through, relation.m2m_field_name(), \
                relation.related_query_name()
        else:
            through, source, query_name = relation.through, relation.field.m2m_reverse_field_name(), \
                relation.field.name
        fk = through._meta.get_field(source)
        if len(fk.local_related_fields) != 1:
            return None
        target = fk.foreign_related_fields[0]
        return query_name, f"_prefetch_related_val_{fk.local_related_fields[0].attname}", target.attname, True, \
            target
    return None


def _slots(count: int) -> int:
    """Statements are kept for 1, 2, 4, 8… parent ids (a page's ids padded by repeating its
    last), so pages of any size share a handful of statements."""
    size = 1
    while size < count:
        size *= 2
    return size


_RELATIONS: dict = {}


def _relation(model, name: str) -> tuple:
    """The relation named on the model and its `_link`, looked up once per process."""
    try:
        return _RELATIONS[model, name]
    except KeyError:
        relation = model._meta.get_field(name)
        return _RELATIONS.setdefault((model, name), (relation, _link(relation)))


def prefetch_kept(rows: list, lookups: tuple, key: tuple) -> None:
    """What Django's prefetch_related_objects does for `kept_prefetches`' lookups (each row
    gets its related rows in `_listed_<name>`, in the prefetch queryset's order; a reverse
    foreign key's rows know their parent), by statements kept per relation and number of
    slots (core.statements.kept_rows): building and compiling the filtered querysets cost
    more than the three prefetch queries of a page of delegations themselves."""
    if not rows:
        return
    model = type(rows[0])
    columns: dict = {}   # a parent column's values, row by row, and its ids padded: once for every lookup
    for lookup in lookups:
        name = lookup.prefetch_through
        relation, (filter_name, child_value, parent_column, many, _target) = _relation(model, name)
        queryset = lookup.queryset
        alias = queryset._db or router.db_for_read(queryset.model, instance=rows[0])
        if parent_column not in columns:
            values = [getattr(row, parent_column) for row in rows]
            parents = dict(zip(reversed(values), reversed(rows)))   # the first row of each value
            ids = list(dict.fromkeys(values))
            size = _slots(len(ids))
            columns[parent_column] = values, parents, ids + [ids[-1]] * (size - len(ids))
        values, parents, ids = columns[parent_column]
        size = len(ids)

        def build(slots, queryset=queryset, name=name, filter_name=filter_name, many=many, alias=alias):
            if not many:
                return queryset.using(alias).filter(**{f"{filter_name}__in": slots})
            # Django's own many-to-many prefetch query (its join table's id as an extra column).
            stand_ins = [model(pk=slot) for slot in slots]
            return getattr(stand_ins[0], name).get_prefetch_querysets(stand_ins, [queryset.using(alias)])[0]

        related: dict = {}
        field = None if many else relation.field
        for child in kept_rows((*key, name, alias, size), build, ids):
            parent_id = getattr(child, child_value)
            if field is not None and not field.is_cached(child):
                field.set_cached_value(child, parents[parent_id])
            related.setdefault(parent_id, []).append(child)
        attribute = lookup.to_attr
        for row, value in zip(rows, values):
            setattr(row, attribute, related.get(value, []))


# Field classes whose output depends on the row alone (not on the request, as a URL built
# from its host or a serializer method reading the context does): a plan made only of these
# is kept for every later request of the same language and time zone.
_PORTABLE = frozenset({
    serializers.BigIntegerField, serializers.BooleanField, serializers.CharField, serializers.ChoiceField,
    serializers.DateField, serializers.DateTimeField, serializers.DecimalField, serializers.DictField,
    serializers.EmailField, serializers.FloatField, serializers.IntegerField, serializers.JSONField, serializers.ListField,
    serializers.ModelField, serializers.MultipleChoiceField, serializers.ReadOnlyField, serializers.SlugField,
    serializers.TimeField, serializers.URLField, serializers.UUIDField, PrimaryKeyRelatedField,
    serializers.SlugRelatedField, serializers.StringRelatedField,
})


def _portable(field) -> bool:
    if isinstance(field, serializers.FileField):   # a file's name, not its URL
        return type(field) in (serializers.FileField, serializers.ImageField) \
            and not getattr(field, "use_url", api_settings.UPLOADED_FILES_USE_URL)
    if type(field) is ManyRelatedField:
        return _portable(field.child_relation)
    if isinstance(field, (serializers.ListField, serializers.DictField)):
        return type(field) in _PORTABLE and _portable(field.child)
    return type(field) in _PORTABLE or hasattr(field, "row_formatter")


# How a step's getter may be kept: ROW, it reads the row alone; CONTEXT, it is a factory
# taking the serializer's context (the request) and returning the getter; LOCAL, it belongs to
# one serializer instance (the plan is compiled again for the next request).
ROW, CONTEXT, LOCAL = "row", "context", "local"


def _step(serializer, field):
    """(kind, getter or factory) of one readable field: getter(instance) is the field's value
    in the row."""
    if isinstance(field, serializers.BaseSerializer):
        return _nested_step(field)
    portable = _portable(field)
    attname = _plain(serializer, field)
    if attname is not None:
        if type(field) in (serializers.FileField, serializers.ImageField) and not portable:
            return CONTEXT, _file_url(field, attname)
        return (ROW if portable else LOCAL), _Column(attrgetter(attname), _formatter(field), attname)
    attname = _foreign_key(serializer, field)
    if attname is not None:
        return ROW, attrgetter(attname)
    if type(field) is ManyRelatedField and type(field.child_relation) is PrimaryKeyRelatedField \
            and field.child_relation.pk_field is None and len(field.source_attrs) == 1:
        read, slow = attrgetter(field.source_attrs[0]), field.get_attribute
        listed = LISTED.format(field.source_attrs[0])

        def ids(instance):
            related = instance.__dict__.get(listed)
            if related is not None:
                return [row.pk for row in related]
            if instance.pk is None:
                return []
            try:
                related = read(instance)
            except AttributeError:   # DRF's defaults and refusals
                return _drf(field, slow, instance)
            return [row.pk for row in related.all()]

        return ROW, ids
    read = _path(serializer, field)
    if read is not None:
        return (ROW if portable else LOCAL), _path_getter(field, read, _formatter(field))
    return (ROW if portable else LOCAL), lambda instance: _drf(field, field.get_attribute, instance)


def _path(serializer, field):
    """An attrgetter of a field's source when it reads, through forward foreign keys, a column or
    a property of a model (`province.name`, `report_due_on`): what DRF's walk would read, as no
    step on the way is a mapping or a callable. None otherwise, or when the field reads its
    attribute its own way."""
    if type(field).get_attribute is not serializers.Field.get_attribute or field.source == "*" \
            or not field.source_attrs:
        return None
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    for name in field.source_attrs[:-1]:
        try:
            relation = model._meta.get_field(name) if model is not None else None
        except FieldDoesNotExist:
            return None
        if relation is None or not relation.concrete or not (relation.many_to_one or relation.one_to_one):
            return None
        model = relation.related_model
        if any("__call__" in vars(klass) for klass in model.__mro__):
            return None
    if model is None:
        return None
    name = field.source_attrs[-1]
    try:
        column = model._meta.get_field(name)
    except FieldDoesNotExist:
        if not isinstance(inspect.getattr_static(model, name, None), (property, cached_property, functools.cached_property)):
            return None
    else:
        if not column.concrete or column.is_relation:
            return None
    return attrgetter(".".join(field.source_attrs))


def _path_getter(field, read, represent):
    """What `_drf` gives for the field, reading its path in one call; anything unusual on the way
    (a missing related row, an error, a callable) is left to DRF's own walk."""
    slow = field.get_attribute

    def value(instance):
        try:
            found = read(instance)
        except Exception:
            return _drf(field, slow, instance)
        if found is None:
            return None
        if callable(found):
            return _drf(field, slow, instance)
        return represent(found)

    return value


def _file_url(field, attname):
    """A file column served as its URL (FileField.to_representation), absolute with the request's host."""
    read = attrgetter(attname)

    def factory(context):
        request = context.get("request")

        def url(instance):
            if instance.__dict__.get(attname, True) in ("", None):   # no file: no FieldFile to build
                return None
            value = read(instance)
            if not value:
                return None
            try:
                url = value.url
            except AttributeError:
                return None
            return request.build_absolute_uri(url) if request is not None else url

        return url

    return factory


def _drf(field, get_attribute, instance):
    """What Serializer.to_representation does for one field."""
    try:
        attribute = get_attribute(instance)
    except SkipField:
        return _SKIP
    check_for_none = attribute.pk if isinstance(attribute, PKOnlyObject) else attribute
    return None if check_for_none is None else field.to_representation(attribute)


def _nested_step(field):
    """A nested serializer (a record's members, its step history) by its own plan when it
    serializes the DRF way; as DRF does otherwise."""
    many = isinstance(field, serializers.ListSerializer)
    child = field.child if many else field
    if (many and type(field).to_representation not in _LIST_READS) or not _plannable(child):
        return LOCAL, lambda instance: _drf(field, field.get_attribute, instance)
    plan = _compile(child)
    get_attribute = field.get_attribute
    listed = LISTED.format(field.source_attrs[0]) if many and len(field.source_attrs) == 1 else None

    def factory(context):
        bound = plan.bind(context)

        def rows(instance):
            related = instance.__dict__.get(listed) if listed else None
            if related is not None:
                return [bound(row) for row in related]
            try:
                related = get_attribute(instance)
            except SkipField:
                return _SKIP
            if related is None:
                return None
            return [bound(row) for row in (related.all() if isinstance(related, BaseManager) else related)]

        def row(instance):
            try:
                related = get_attribute(instance)
            except SkipField:
                return _SKIP
            return None if related is None else bound(related)

        return rows if many else row

    if not plan.portable:
        return LOCAL, factory(child.context)
    return (CONTEXT if plan.contextual else ROW), (factory if plan.contextual else factory({}))


def _plannable(serializer) -> bool:
    return isinstance(serializer, serializers.Serializer) \
        and type(serializer).to_representation is serializers.Serializer.to_representation


class _Plan:
    """A serializer's steps: `bind(context)` gives the function of one row for a request."""

    def __init__(self, steps, portable: bool, model=None):
        self.steps, self.portable = steps, portable
        self.contextual = any(kind == CONTEXT for _, kind, _ in steps)
        self._make = _row_maker(tuple((key, fn if type(fn) is _Column else None) for key, _, fn in steps), model)
        self._row = None if self.contextual else self._make(tuple((key, fn) for key, _, fn in steps))

    def bind(self, context):
        if self._row is not None:
            return self._row
        return self._make(tuple((key, fn(context) if kind == CONTEXT else fn) for key, kind, fn in self.steps))


class _Column:
    """A step reading a column: `represent(value)`, or None for None. The row function reads
    columns in a loop of its own rather than calling this, one Python call less a field."""

    __slots__ = ("read", "represent", "attname")

    def __init__(self, read, represent, attname=None):
        self.read, self.represent, self.attname = read, represent, attname

    def __call__(self, instance):
        value = self.read(instance)
        return None if value is None else self.represent(value)


def _row_function(steps):
    # The keys are laid out first (all None), in the fields' order, so that the columns and the
    # other steps can be filled in two loops and the row keeps DRF's key order.
    keys = tuple(key for key, _ in steps)
    columns = tuple((key, getter.read, getter.represent) for key, getter in steps if type(getter) is _Column)
    others = tuple((key, getter) for key, getter in steps if type(getter) is not _Column)
    layout = dict.fromkeys

    def row(instance) -> dict:
        values = layout(keys)
        for key, read, represent in columns:
            value = read(instance)
            if value is not None:
                values[key] = represent(value)
        for key, getter in others:
            value = getter(instance)
            if value is _SKIP:
                del values[key]
            else:
                values[key] = value
        return values

    return row


# The class attributes of a column under which reading the instance's dict is reading the
# attribute (Django's own: the value stored on the instance as it is).
_DICT_READ = frozenset({DeferredAttribute, ForeignKeyDeferredAttribute})


def _dict_readable(model, attnames) -> bool:
    """Whether `instance.__dict__[name]`, when the key is there, is `getattr(instance, name)` for
    an instance of exactly this model and each of these names."""
    if model is None or not isinstance(model, type) or model.__getattribute__ is not object.__getattribute__:
        return False
    for name in attnames:
        descriptor = next((vars(klass)[name] for klass in model.__mro__ if name in vars(klass)), None)
        if type(descriptor) not in _DICT_READ:
            return False
    return True


def _row_maker(layout, model):
    """A function of a plan's steps (key, getter) giving its row function: `_row_function`, or
    where the plan's columns can be read from an instance's dict, a function written for the
    plan (its columns read and formatted in straight-line code, the row built as one dict
    display in the fields' order): no loop, and no call for a column whose formatter would give
    its value back (a text column's text, a boolean). It answers as `_row_function` does, which
    it hands any other row to (an instance of another class, a column missing from the dict)."""
    columns = [(index, step.attname) for index, (_, step) in enumerate(layout) if step is not None]
    if not columns or any(attname is None for _, attname in columns) \
            or not _dict_readable(model, [attname for _, attname in columns]):
        return _row_function
    keys = tuple(key for key, _ in layout)
    attnames = dict(columns)

    def make(steps):
        formats = tuple(_format(index, step.represent) if index in attnames else None
                        for index, (_, step) in enumerate(steps))
        maker = _MAKERS.get((keys, tuple(columns), formats))
        if maker is None:
            namespace = {"_SKIP": _SKIP, "date": date, "date_iso": date_iso}
            exec(_source(keys, attnames, formats), namespace)  # noqa: S102 - built from field names by repr
            maker = _MAKERS.setdefault((keys, tuple(columns), formats), namespace["make"])
        return maker(model, _row_function(steps), *(getter for _, getter in steps),
                     *(step.represent if index in attnames else None for index, (_, step) in enumerate(steps)))

    return make


def _format(index: int, represent) -> str:
    """The expression formatting a column's value `v` (not None) as `represent` (`f<index>`) would."""
    keeps = represent if represent is str or represent is int else getattr(represent, "keeps", None)
    if keeps is not None:   # represent(v) is v for a value of this very type
        return f"v if type(v) is {keeps.__name__} else f{index}(v)"
    if getattr(represent, "iso_date", False):
        return f"date_iso(v) if type(v) is date else f{index}(v)"
    return f"f{index}(v)"


def _source(keys: tuple, attnames: dict, formats: tuple) -> str:
    count = len(keys)
    lines = ["def make(model, slow, " + ", ".join([*(f"s{i}" for i in range(count)), *(f"f{i}" for i in range(count))])
             + "):",
             "    def row(instance):",
             "        if type(instance) is not model:",
             "            return slow(instance)",
             "        d = instance.__dict__",
             "        try:"]
    for index, attname in attnames.items():
        lines += [f"            v = d[{attname!r}]", f"            c{index} = None if v is None else {formats[index]}"]
    lines += ["        except KeyError:", "            return slow(instance)"]
    lines += [f"        c{index} = s{index}(instance)" for index in range(count) if index not in attnames]
    lines.append("        values = {" + ", ".join(f"{key!r}: c{index}" for index, key in enumerate(keys)) + "}")
    for index, key in enumerate(keys):
        if index not in attnames:
            lines += [f"        if c{index} is _SKIP:", f"            del values[{key!r}]"]
    lines += ["        return values", "    return row", ""]
    return "\n".join(lines)


_MAKERS: dict = {}


def _compile(serializer) -> _Plan:
    steps = []
    for field in serializer._readable_fields:
        kind, fn = _step(serializer, field)
        steps.append((field.field_name, kind, fn))
    portable = all(kind != LOCAL for _, kind, _ in steps) and _fields_by_class(type(serializer))
    return _Plan(tuple(steps), portable, getattr(getattr(serializer, "Meta", None), "model", None))


def _fields_by_class(cls) -> bool:
    """Whether every instance of the class has the same fields: nothing but DRF and the base
    record serializer decides them (no __init__ or get_fields of its own)."""
    return all(getattr(cls, name).__module__ in ("rest_framework.serializers", "ngoaivu.api.serializers")
               for name in ("__init__", "get_fields"))


# Portable plans by (serializer class, language, time zone): the fields of a record serializer
# cost more to build (ModelSerializer.get_fields) than a page of rows costs to serialize.
_PLANS: dict[tuple, _Plan] = {}


def row_plan(serializer):
    """The function of one row for this serializer and its request: from the class's kept plan
    when it has one, else compiled from this instance's fields (and kept when portable)."""
    key = (type(serializer), get_language(), timezone.get_current_timezone_name())
    plan = _PLANS.get(key)
    if plan is None:
        plan = _compile(serializer)
        if plan.portable:
            _PLANS[key] = plan
    return plan.bind(serializer.context)


class RowListSerializer(serializers.ListSerializer):
    """many=True of a record serializer: every row by the child's plan."""

    def to_representation(self, data):
        iterable = data.all() if isinstance(data, BaseManager) else data
        if not _plannable(self.child):
            return [self.child.to_representation(item) for item in iterable]
        plan = row_plan(self.child)
        return [plan(item) for item in iterable]


_LIST_READS = (serializers.ListSerializer.to_representation, RowListSerializer.to_representation)
