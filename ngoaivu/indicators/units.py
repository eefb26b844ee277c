"""Which province unit a figure belongs to, before and after the 2025 reorganisation.

Figures of past years belong to the unit of their time (Hà Giang's 2023 exports to
"Hà Giang", not to today's Tuyên Quang); pages show them under today's unit by summing
its lineage, or unit by unit with the "historic units" switch.
"""
from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.core.collation import sort_by_name
from ngoaivu.geo.choices import Scheme
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import lineage_ids, successor_ids
from ngoaivu.indicators.periods import Period


def is_valid_on(unit: Province, day: date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= day) and (unit.valid_to is None or day <= unit.valid_to)


def _existed_between(unit: Province, first: date, last: date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= last) and (unit.valid_to is None or first <= unit.valid_to)


def _lifetime(unit: Province) -> str:
    if unit.valid_to is not None:
        return _("đến %(day)s") % {"day": unit.valid_to.strftime("%d/%m/%Y")}
    return _("từ %(day)s") % {"day": unit.valid_from.strftime("%d/%m/%Y")}


def clip_to_unit(period: Period, unit: Province) -> Period | None:
    """The part of `period` the unit existed for."""
    return period.clipped(unit.valid_from, unit.valid_to)


def lines(units) -> dict[int, list[Province]]:
    """For each unit, the other units of `units` in its line of succession: those it
    succeeded and those that succeeded it (not its siblings in a merger)."""
    units = list(units)
    ancestors = {unit.pk: set(lineage_ids(unit.pk)) for unit in units}
    return {unit.pk: [other for other in units if other.pk != unit.pk
                      and (other.pk in ancestors[unit.pk] or unit.pk in ancestors[other.pk])] for unit in units}


def later_units(units) -> list[int]:
    """The ids of the units that carried on these units' territory and are not among them."""
    own = {unit.pk for unit in units}
    return [pk for pk in dict.fromkeys(pk for unit in units for pk in successor_ids(unit.pk)) if pk not in own]


def outside_unit(period: Period, unit: Province, line) -> list[Period]:
    """The parts of `period` in which the unit did not exist but a unit of its line did:
    where its records dated outside its own time belong (today's Thái Nguyên's records of
    2024, Bắc Kạn's of the second half of 2025)."""
    pieces = []
    for other in line:
        piece = clip_to_unit(period, other)
        if piece is None:
            continue
        before = piece.clipped(None, unit.valid_from - timedelta(days=1)) if unit.valid_from else None
        after = piece.clipped(unit.valid_to + timedelta(days=1), None) if unit.valid_to else None
        pieces += [part for part in (before, after) if part is not None]
    merged: list[Period] = []
    for piece in sorted(pieces, key=lambda piece: piece.start):
        if merged and piece.start <= merged[-1].next_day():
            merged[-1] = Period(merged[-1].start, max(merged[-1].end, piece.end))
        else:
            merged.append(piece)
    return merged


def lineage_units(province: Province, units_by_id: dict[int, Province] | None = None) -> list[Province]:
    """Today's unit and every unit it succeeded, whose figures it shows.

    Pass `units_by_id` (every unit, read once) when resolving many provinces.
    """
    ids = lineage_ids(province.pk)
    units = units_by_id if units_by_id is not None else Province.objects.in_bulk(ids)
    return [units[pk] for pk in ids]


def successor_chain(province: Province) -> list[Province]:
    """The unit and the units that carried on its territory after it (for a plan's figures)."""
    chain, seen = [province], {province.pk}
    while chain[-1].valid_to is not None:
        successor = chain[-1].successors.exclude(pk__in=seen).order_by("-valid_from").first()
        if successor is None:
            break
        chain.append(successor)
        seen.add(successor.pk)
    return chain


def current_units() -> list[Province]:
    return sort_by_name(Province.objects.filter(valid_to__isnull=True), key=lambda unit: unit.name)


def historic_units() -> list[Province]:
    return sort_by_name(Province.objects.filter(scheme=Scheme.VN63), key=lambda unit: unit.name)


def reporting_unit(province: Province, day: date, chosen: Province | None = None,
                   field: str = "reporting_unit", since: date | None = None) -> Province:
    """The unit of `province`'s lineage a record dated `day` belongs to.

    `chosen` must be in the lineage and must have existed for some of the record's time
    (`since`…`day`; a merged province may report the whole year it was formed in); without
    it the unit in force on `day` is taken, and when several were (Thái Nguyên and Bắc Kạn
    before 1/7/2025) the user must choose.
    """
    units = lineage_units(province)
    if chosen is not None:
        if chosen.pk not in {unit.pk for unit in units}:
            raise ValidationError({field: _("Đơn vị hành chính này không thuộc tỉnh, thành phố của bạn.")})
        if not _existed_between(chosen, since or day, day):
            raise ValidationError({field: _("%(unit)s không tồn tại trong thời kỳ này (%(lifetime)s): hãy chọn "
                                            "đơn vị hành chính của thời kỳ.")
                                   % {"unit": chosen.name, "lifetime": _lifetime(chosen)}})
        return chosen
    in_force = [unit for unit in units if is_valid_on(unit, day)]
    if len(in_force) == 1:
        return in_force[0]
    if not in_force:
        raise ValidationError({field: _("Không có đơn vị hành chính nào của tỉnh, thành phố của bạn "
                                        "tồn tại vào thời điểm này.")})
    raise ValidationError({field: _("Thời điểm này thuộc nhiều đơn vị hành chính cũ (%(names)s): "
                                    "hãy chọn một đơn vị.") % {"names": ", ".join(u.name for u in in_force)}})
