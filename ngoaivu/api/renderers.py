"""The API's JSON, written by orjson (issue 13): DRF's `JSONRenderer` built the answer as a `str`
with the standard library's encoder (escaping, joining the pieces), replaced U+2028 and U+2029
in it and encoded it to UTF-8: some 2 M machine instructions for a page of 50 records, of the
page's 30 M. orjson writes the UTF-8 bytes directly.

The bytes are DRF's, compact, not ASCII-escaped (`UNICODE_JSON`, `COMPACT_JSON`), with U+2028
and U+2029 escaped as DRF escapes them. What the standard library writes its own way orjson is
not given: subclasses of `str`, `int`, `float`, `dict`, `list` and `tuple` come to `_default`
and are written as the standard library writes them (a choice's value, an ordered dict's items
in its order); dates, times, decimals, lazy translations and the rest go through DRF's own
encoder, and a float it returns (a decimal) is written by Python's `repr`, as the standard
library writes it. Anything orjson refuses (a non-string key, an integer past 64 bits, nesting
past 255 levels, a value DRF's encoder refuses or a non-finite decimal) is rendered by DRF's
renderer, which answers as it always did. An indented answer (`Accept: application/json;
indent=4`, the browsable API) is DRF's too.

One difference remains, in plain floats read from JSON columns or computed by a method field:
orjson writes a float below 1e-4 in plain digits (0.00001 where Python writes 1e-05: the same
number for any JSON reader) and a NaN or an infinity as null (DRF refused them with an error).
"""
from __future__ import annotations

import orjson
from rest_framework import renderers
from rest_framework.utils.encoders import JSONEncoder

_OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATACLASS
_LINE_SEPARATORS = ((b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))
_drf = JSONEncoder()


def _float(value: float):
    """A float as the standard library writes it (strict: no NaN or infinity)."""
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("Out of range float values are not JSON compliant")
    return orjson.Fragment(float.__repr__(value))


def _default(value):
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, dict):
        return dict(value.items())
    if isinstance(value, list):
        return list.copy(value)
    if isinstance(value, tuple):
        return list(tuple.__iter__(value))
    value = _drf.default(value)
    return _float(value) if type(value) is float else value


class JSONRenderer(renderers.JSONRenderer):
    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None or not self.compact or self.ensure_ascii or not self.strict \
                or self.encoder_class is not JSONEncoder \
                or self.get_indent(accepted_media_type, renderer_context or {}) is not None:
            return super().render(data, accepted_media_type, renderer_context)
        try:
            written = orjson.dumps(data, default=_default, option=_OPTIONS)
        except orjson.JSONEncodeError:
            return super().render(data, accepted_media_type, renderer_context)
        # Both separators' UTF-8 begins with E2 (as every character from U+2000 to U+2FFF): one
        # byte search (memchr) finds most answers free of them, where a search for each of the
        # two three-byte sequences read the whole answer twice.
        if b"\xe2" in written:
            for separator, escaped in _LINE_SEPARATORS:
                if separator in written:
                    written = written.replace(separator, escaped)
        return written
