"""Reads of the geography tables."""
from datetime import date
from functools import lru_cache

from ngoaivu.geo.models import Province, ProvinceSuccession


def lineage_ids(province_id: int) -> list[int]:
    """The unit and every unit it succeeded, transitively (its records' provinces)."""
    return list(_closure(province_id, True))


def successor_ids(province_id: int) -> list[int]:
    """The units that carried on the unit's territory after it, transitively (not itself)."""
    return list(_closure(province_id, False)[1:])


def predecessor_ids(province_id: int) -> list[int]:
    """The units a unit was formed from directly (several in a merger)."""
    return list(_predecessor_ids(province_id))


def _predecessor_ids(province_id: int) -> tuple[int, ...]:
    return tuple(predecessor for predecessor, successor in _edges() if successor == province_id)


@lru_cache(maxsize=1)
def _edges() -> tuple[tuple[int, int], ...]:
    # Successions are reference data loaded by a migration and never edited at run
    # time, so one read per process serves every unit: a page that meets a unit for the
    # first time costs no query (the query count of a list stays flat).
    return tuple(ProvinceSuccession.objects.order_by("pk").values_list("predecessor_id", "successor_id"))


def successor_units(province_id: int) -> list[Province]:
    """`successor_ids` as units (read once per process and unit)."""
    return list(_successor_units(province_id))


@lru_cache(maxsize=256)
def _successor_units(province_id: int) -> tuple[Province, ...]:
    ids = successor_ids(province_id)
    if not ids:
        return ()
    units = _successors_by_id()
    return tuple(units[pk] for pk in ids if pk in units)


@lru_cache(maxsize=1)
def _successors_by_id() -> dict[int, Province]:
    # Every unit that succeeded another, read at once: the first page that meets several
    # old units costs one query, not one per unit.
    return Province.objects.in_bulk({successor for _, successor in _edges()})


@lru_cache(maxsize=512)
def _closure(province_id: int, backwards: bool) -> tuple[int, ...]:
    edges: dict[int, list[int]] = {}
    for predecessor_id, successor_id in _edges():
        if backwards:
            edges.setdefault(successor_id, []).append(predecessor_id)
        else:
            edges.setdefault(predecessor_id, []).append(successor_id)
    seen = [province_id]
    frontier = [province_id]
    while frontier:
        current = frontier.pop()
        for other in edges.get(current, []):
            if other not in seen:
                seen.append(other)
                frontier.append(other)
    return tuple(seen)


def forget_read_geography() -> None:
    """Drop what this process read of the successions (called when the geography is loaded)."""
    for cached in (_edges, _successors_by_id, _successor_units, _closure):
        cached.cache_clear()


def current_province(province: Province) -> Province:
    """Today's unit that carries this unit's records (itself when still in force)."""
    seen = set()
    while province.valid_to is not None and province.pk not in seen:
        seen.add(province.pk)
        successor = province.successors.order_by("-valid_from").first()
        if successor is None:
            break
        province = successor
    return province


def current_provinces(provinces) -> dict[int, Province]:
    """`current_province` of several units by their id, with one query per step of
    succession (one, since 2025) instead of one per unit: a list's rows read their unit's
    settings this way."""
    result = {province.pk: province for province in provinces}
    pending = {pk: province for pk, province in result.items() if province.valid_to is not None}
    seen: dict[int, set[int]] = {pk: set() for pk in pending}
    while pending:
        successors: dict[int, Province] = {}
        for succession in ProvinceSuccession.objects.filter(
                predecessor_id__in={unit.pk for unit in pending.values()}).select_related("successor") \
                .order_by("predecessor_id", "-successor__valid_from"):
            successors.setdefault(succession.predecessor_id, succession.successor)
        still = {}
        for pk, unit in pending.items():
            seen[pk].add(unit.pk)
            successor = successors.get(unit.pk)
            if successor is None:
                continue
            result[pk] = successor
            if successor.valid_to is not None and successor.pk not in seen[pk]:
                still[pk] = successor
        pending = still
    return result


def unit_of_period(unit: Province, on: date) -> Province:
    """The unit as it was on a date: a report of 2022 by today's Huế is issued by Thừa Thiên
    Huế; a merged unit of today speaks as its predecessor of the same name (else its only one)."""
    while unit.valid_from is not None and on < unit.valid_from:
        earlier = [p for p in unit.predecessors.all() if p.valid_to is None or p.valid_to >= on]
        same_name = [p for p in earlier if p.name == unit.name]
        chosen = same_name or (earlier if len(earlier) == 1 else [])
        if not chosen:
            break
        unit = chosen[0]
    return unit


def province_find(name: str) -> Province | None:
    """A unit by name, full name, key or alias; the current unit wins over a historic one."""
    from ngoaivu.geo.catalog import find_province

    unit = find_province(name)
    if unit is None:
        return None
    return Province.objects.filter(key=unit.key).first()
