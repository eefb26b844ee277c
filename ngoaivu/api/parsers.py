"""The API's JSON parser: DRF's, refusing bodies nested deeper than any record needs.

Python's json module recurses per level: 100.000 nested brackets raise RecursionError
(a 500) and a few thousand make every later walk of the data slow. A record body is an
object of fields holding at most a list of objects, so 32 levels is generous.
"""
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32


def json_depth_exceeds(data, limit: int) -> bool:
    """Whether `data` nests lists/objects more than `limit` levels (iterative: no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_("Dữ liệu JSON lồng quá sâu (tối đa %(n)d cấp).") % {"n": MAX_DEPTH}) from None
        if json_depth_exceeds(data, MAX_DEPTH):
            raise ParseError(_("Dữ liệu JSON lồng quá sâu (tối đa %(n)d cấp).") % {"n": MAX_DEPTH})
        return data
