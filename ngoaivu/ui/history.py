"""The change log as people read it: labels, choice labels, dd/mm/yyyy, money in
Vietnamese, linked records by name, long texts as a word diff; technical fields hidden.

The log stores raw snapshots (ngoaivu.audit.snapshots); this module only displays them.
Linked records are read once per page and model (`in_bulk`), not once per row.
"""
from __future__ import annotations

import datetime
import difflib
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ngoaivu.core.registry import record_type_for
from ngoaivu.ui.display import HIDDEN_FIELDS, display_value, format_amount

LONG_TEXT = 120  # characters above which a change is shown as a diff
# Machine bookkeeping a reader cannot act on: hashes, character offsets, snapshots.
TECHNICAL_NAMES = ("fingerprint", "hash", "snapshot", "payload", "offset", "search_")
TECHNICAL_EXACT = {"start", "end", "evidence_start", "evidence_end", "record_id", "record_type", "pipeline_version",
                   "counts", "version", "progress"}
CHANNEL_LABELS = {"ui": "Giao diện", "api": "API", "admin": "Trang quản trị", "import": "Nhập tệp",
                  "ingest": "Đọc văn bản", "demo": "Dữ liệu mẫu", "job": "Tác vụ nền"}


def _field(model, name: str):
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if name in (field.attname, field.name):
            return field
    return None


def is_technical(field) -> bool:
    if field is None or field.name in HIDDEN_FIELDS or field.name in TECHNICAL_EXACT:
        return True
    if isinstance(field, models.JSONField):
        return True
    return any(part in field.name for part in TECHNICAL_NAMES)


def channel_label(channel: str) -> str:
    return _(CHANNEL_LABELS[channel]) if channel in CHANNEL_LABELS else channel


class _Links:
    """Names (and pages) of the linked records a page of changes mentions, read in bulk."""

    def __init__(self):
        self.wanted: dict[type, set] = defaultdict(set)
        self.found: dict[type, dict] = {}

    def want(self, model, pks):
        self.wanted[model].update(pk for pk in pks if pk is not None)

    def load(self):
        for model, pks in self.wanted.items():
            self.found[model] = model._base_manager.in_bulk(list(pks))

    def render(self, model, pk):
        obj = self.found.get(model, {}).get(pk)
        if obj is None:
            return _("(bản ghi #%(pk)s không còn)") % {"pk": pk}
        record_type = record_type_for(model)
        if record_type is not None and not getattr(obj, "is_deleted", False):
            try:
                return format_html('<a href="{}">{}</a>', reverse(record_type.url_name("detail"), args=[pk]), obj)
            except NoReverseMatch:
                pass
        return str(obj)


def _money(model, value, snapshot: dict):
    currency = snapshot.get("currency") if _field(model, "currency") is not None else None
    if not currency:
        return None
    return format_amount(Decimal(str(value)), currency)


def _text_diff(before: str, after: str):
    """Words removed in <del>, added in <ins>, the rest shortened around the changes."""
    old, new = before.split(), after.split()
    pieces = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            words = old[a1:a2]
            text = " ".join(words) if len(words) <= 12 else " ".join([*words[:5], "…", *words[-5:]])
            pieces.append(("span", text))
        if op in ("delete", "replace"):
            pieces.append(("del", " ".join(old[a1:a2])))
        if op in ("insert", "replace"):
            pieces.append(("ins", " ".join(new[b1:b2])))
    return format_html('<span class="text-diff">{}</span>',
                       format_html_join(" ", "<{0}>{1}</{0}>", pieces))


def _value(model, field, value, snapshot: dict, links: _Links):
    if value is None or value == "" or value == []:
        return "—"
    if field.many_to_many:
        return format_html_join(", ", "{}", ((links.render(field.related_model, pk),) for pk in value))
    if field.is_relation:
        return links.render(field.related_model, value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return display_value(bool(value))
    if isinstance(field, models.DateTimeField):
        return display_value(datetime.datetime.fromisoformat(value))
    if isinstance(field, models.DateField):
        return display_value(datetime.date.fromisoformat(value))
    if isinstance(field, models.IntegerField) and field.name.endswith("year"):
        return str(value)
    if isinstance(field, (models.DecimalField, models.FloatField, models.IntegerField)):
        try:
            return _money(model, value, snapshot) or display_value(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    if isinstance(field, models.FileField):
        return str(value).rsplit("/", 1)[-1]
    return str(value)


def change_rows(changes) -> list[dict]:
    """Each change of the page with its readable field differences."""
    changes = list(changes)
    links, pending = _Links(), []
    for change in changes:
        model = change.content_type.model_class()
        before, after = change.before or {}, change.after or {}
        fields = []
        for name in change.changed_fields() if model else []:
            field = _field(model, name)
            if is_technical(field):
                continue
            if field.is_relation:
                for value in (before.get(name), after.get(name)):
                    links.want(field.related_model, (value or []) if field.many_to_many else [value])
            fields.append((name, field))
        if model:  # in the form's order (the model's), not the log's alphabetical one
            position = {field: index for index, field in enumerate(model._meta.get_fields())}
            fields.sort(key=lambda item: position.get(item[1], len(position)))
        pending.append((change, model, fields))
    links.load()
    rows = []
    for change, model, fields in pending:
        before, after = change.before or {}, change.after or {}
        diffs = []
        for name, field in fields:
            old, new = before.get(name), after.get(name)
            if not change.before and new in (None, "", []):
                continue  # a new record: list what was filled in, not every empty field
            label = capfirst(str(field.verbose_name))
            is_text = isinstance(field, (models.TextField, models.CharField)) and not field.choices
            if old and new and is_text and max(len(old), len(new)) > LONG_TEXT:
                diffs.append({"label": label, "diff": _text_diff(old or "", new or "")})
                continue
            diffs.append({"label": label, "before": _value(model, field, old, before, links) if change.before else None,
                          "after": _value(model, field, new, after, links)})
        if change.action in ("delete", "restore"):
            diffs = []  # the action says it all: only deleted_at moved
        rows.append({"change": change, "diffs": diffs, "channel": channel_label(change.channel)})
    return rows
