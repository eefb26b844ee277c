"""A fact's identity: its kind and normalised key fields, so the same fact is stored once.

Two readings of the same text, or the same figure repeated in a text, give the same
fingerprint; the evidence and offsets do not count.
"""
from __future__ import annotations

import hashlib
import json
from decimal import Decimal, InvalidOperation

from ngoaivu.geo.catalog import normalize_name


def _number(value):
    """2400000000, 2400000000.0 and "2400000000" are one value."""
    if value is None or value == "":
        return None
    try:
        return str(Decimal(str(value)).normalize())
    except InvalidOperation:
        return str(value)


def _name(value) -> str:
    return normalize_name(value or "")


def _document_number(value) -> str:
    return "".join(str(value or "").split()).casefold()


def _period(payload: dict) -> list:
    period = payload.get("period") or {}
    return [period.get("start"), period.get("end"), period.get("as_of")]


def _figure(payload: dict) -> list:
    return [payload.get("indicator"), _period(payload), _number(payload.get("value")),
            _number(payload.get("value_min")), _number(payload.get("value_max")), payload.get("unit"),
            payload.get("per")]


_KEYS = {
    "observation": lambda p: [*_figure(p), _name(p.get("counterpart"))],
    "target": _figure,
    "partner": lambda p: [_name(p.get("name")), p.get("country") or ""],
    "legal_document": lambda p: [_document_number(p.get("number")), p.get("date") or ""],
    "border_gate": lambda p: [_name(p.get("vn")), _name(p.get("foreign"))],
}


def fact_fingerprint(kind: str, payload: dict) -> str:
    key = [kind, _KEYS[kind](payload)]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()
