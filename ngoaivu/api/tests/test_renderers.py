"""ngoaivu.api.renderers: the API's JSON written by orjson is DRF's own bytes, value for value,
and whatever orjson cannot write the same way is DRF's renderer's answer (or error)."""
import datetime
import decimal
import random
import uuid
from collections import OrderedDict, namedtuple
from zoneinfo import ZoneInfo

import pytest
from django.db import models
from django.utils.translation import gettext_lazy
from rest_framework import renderers
from rest_framework.utils.serializer_helpers import ReturnDict, ReturnList

from ngoaivu.api.renderers import JSONRenderer


class Colour(models.TextChoices):
    RED = "do", "Đỏ"


class Level(models.IntegerChoices):
    HIGH = 3, "Cao"


Point = namedtuple("Point", "x y")


def _both(data, media_type="application/json"):
    return JSONRenderer().render(data, media_type), renderers.JSONRenderer().render(data, media_type)


def test_every_kind_of_value_a_serializer_gives_is_written_as_drf_writes_it():
    ordered = OrderedDict([("b", 1), ("a", 2)])
    ordered.move_to_end("b")
    data = {
        "text": "Đoàn công tác \u2028 dòng\u2029 <script>\x00\x1f\x7f \"trích\" \\ é 中文 😀",
        "numbers": [0, -1, 2**63 - 1, 1.5, 0.1, 1e16, 123456789.123, -0.0, True, False, None],
        "decimals": [decimal.Decimal("12.50"), decimal.Decimal("0.00001"), decimal.Decimal("-3")],
        "times": [datetime.datetime(2026, 12, 4, 3, 4, 5, 678901, tzinfo=datetime.timezone.utc),
                  datetime.datetime(2026, 12, 4, 10, 4, 5, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
                  datetime.datetime(2026, 12, 4), datetime.date(2026, 2, 1), datetime.time(7, 30),
                  datetime.timedelta(hours=2)],
        "others": [uuid.UUID(int=7), gettext_lazy("Nháp"), Colour.RED, Level.HIGH, ordered, (1, "a"), Point(1, 2),
                   ReturnList([{"a": 1}], serializer=None), ReturnDict({"x": [1]}, serializer=None), b"bytes"],
        "": {},
    }
    ours, drf = _both(data)
    assert ours == drf
    assert b"\\u2028" in ours and b"\\u2029" in ours


def test_random_records_are_the_same_bytes():
    generator = random.Random(13)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠỹ \"\\/\n\t\u2028\u2029\x01<>&'😀中"

    def value(depth):
        kind = generator.randrange(9 if depth < 3 else 6)
        if kind == 0:
            return "".join(generator.choice(alphabet) for _ in range(generator.randrange(30)))
        if kind == 1:
            return generator.randrange(-10**12, 10**12)
        if kind == 2:
            return round(generator.uniform(-1e9, 1e9), generator.randrange(7))
        if kind == 3:
            return decimal.Decimal(generator.randrange(-10**9, 10**9)).scaleb(-generator.randrange(12))
        if kind == 4:
            return generator.choice([None, True, False])
        if kind == 5:
            return datetime.date(2000, 1, 1) + datetime.timedelta(days=generator.randrange(20000))
        if kind in (6, 7):
            return {"".join(generator.choice(alphabet) for _ in range(5)): value(depth + 1) for _ in range(5)}
        return [value(depth + 1) for _ in range(generator.randrange(6))]

    for _ in range(300):
        data = {"count": 3, "results": [value(0) for _ in range(5)]}
        ours, drf = _both(data)
        assert ours == drf


def _deep(levels):
    data = []
    for _ in range(levels):
        data = [data]
    return data


@pytest.mark.parametrize("data", [{1: "a", None: 2, 1.5: True}, {"big": 2**70}, {"deep": _deep(300)}])
def test_what_orjson_cannot_write_alike_is_drf_s(data):
    ours, drf = _both(data)
    assert ours == drf


def test_drf_s_refusals_and_indented_answers_are_unchanged():
    for data in ({"amount": decimal.Decimal("NaN")}, {"at": datetime.time(7, tzinfo=datetime.timezone.utc)},
                 {"object": object()}):
        with pytest.raises((ValueError, TypeError)) as ours:
            JSONRenderer().render(data)
        with pytest.raises((ValueError, TypeError)) as drf:
            renderers.JSONRenderer().render(data)
        assert type(ours.value) is type(drf.value)
    indented = {"a": [1, {"b": "c"}]}
    assert _both(indented, "application/json; indent=4")[0] == _both(indented, "application/json; indent=4")[1]
    assert JSONRenderer().render(None) == b""


def test_the_api_answers_through_it(settings):
    from rest_framework.settings import api_settings

    assert api_settings.DEFAULT_RENDERER_CLASSES[0] is JSONRenderer
