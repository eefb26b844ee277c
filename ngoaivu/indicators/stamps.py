"""Record stamps: a random mark per province unit, renewed by the database itself whenever a
record the figures read changes in that unit, and the figures' grouped reads kept in the cache
under those marks (ADR 0026).

Every table a figure's grouped statement reads (each computation's table, the parents its
child manager looks at, the tables its field paths join) carries triggers that, in the
writing transaction, give each unit whose rows the statement inserted, changed or deleted a
new random stamp (`indicators.RecordStamp`). They fire for every way of writing: the record
services, imports (COPY), bulk_create, `QuerySet.update`, a restore from backup, the data set
generator, a test's `objects.create`, SQL typed by hand. A TRUNCATE renews row 0, which every
key names, and so does every `migrate` (new code may compute differently).

A grouped read is kept under its statement's key and the stamps of the units it reads (of
every unit when it joins a table whose rows may lie in other units, e.g. an NGO aid's partner);
it is kept only if those stamps are the same after the read as before, so a kept value is
exactly the figures of the rows as they stood under its stamps, whatever was being written
meanwhile. The stamps are random and never repeat: a rolled-back transaction, or a database
restored to an earlier state, cannot bring back a stamp under which other rows were read.
Writes with triggers switched off (`session_replication_role = replica`, `pg_restore
--disable-triggers`) must be followed by `ngoaivu renew_stamps`.
"""
from __future__ import annotations

from django.apps import apps
from django.db import connections, router

from ngoaivu.core.statements import cached_values

EPOCH = 0  # the row every key names: renewed by migrate, TRUNCATE and renew_stamps
_TRIGGER = "ngoaivu_stamp"


def stamped_models() -> list:
    """The models whose tables a figure's grouped statement may read: each installed
    computation's model, its parents (a child is hidden with its deleted parent) and every
    model its field paths go through (an adjustment's project, an NGO aid's partner)."""
    from ngoaivu.indicators.computations import all_computations

    found: dict = {}

    def add(model) -> None:
        if model is None or model in found:
            return
        found[model] = None
        parent = getattr(model, "parent_field", "")
        if parent:
            add(model._meta.get_field(parent).related_model)

    for computation in all_computations():
        for leaf in computation.leaves():
            if leaf.skipped_reason:
                continue
            model = apps.get_model(leaf.model)
            add(model)
            for path in leaf._field_paths():
                current = model
                for part in path.split("__"):
                    try:
                        field = current._meta.get_field(part)
                    except Exception:  # a lookup (`in`, `gte`) ends the path
                        break
                    if field.related_model is None:
                        break
                    current = field.related_model
                    add(current)
    return sorted(found, key=lambda model: model._meta.db_table)


def stamped_tables() -> dict[str, bool]:
    """{table: whether its rows name a unit (`province_id`)} of the stamped models."""
    return {model._meta.db_table: any(field.column == "province_id" for field in model._meta.concrete_fields)
            for model in stamped_models()}


def parent_tables(model) -> frozenset[str]:
    """The tables of the model's parents: their rows lie in the child's unit (a child is
    created in its parent's unit and never moves, core.services.child_create)."""
    tables = set()
    while getattr(model, "parent_field", ""):
        model = model._meta.get_field(model.parent_field).related_model
        tables.add(model._meta.db_table)
    return frozenset(tables)


def read(province_ids=None) -> dict[int, str]:
    """{unit: stamp} of these units and row 0 (of every unit when None), in one query. A unit
    whose records have not changed since the table was made has no row: ''."""
    from ngoaivu.indicators.models import RecordStamp

    if province_ids is None:
        rows = cached_values(("record-stamps", None), lambda: RecordStamp.objects.order_by().values(
            "province_id", "stamp"))
    else:
        ids = tuple(sorted({EPOCH, *province_ids}))
        rows = cached_values(("record-stamps", ids), lambda: RecordStamp.objects.filter(
            province_id__in=ids).order_by().values("province_id", "stamp"))
    return {row["province_id"]: row["stamp"] for row in rows}


def renew(using: str | None = None) -> None:
    """A new stamp for every unit and row 0: everything kept is read afresh."""
    from ngoaivu.indicators.models import RecordStamp

    using = using or router.db_for_write(RecordStamp)
    with connections[using].cursor() as cursor:
        cursor.execute(f"UPDATE indicators_recordstamp SET stamp = {_random(connections[using])}")
        cursor.execute(f"INSERT INTO indicators_recordstamp (province_id, stamp) VALUES ({EPOCH}, "
                       f"{_random(connections[using])}) ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp")


def _random(connection) -> str:
    if connection.vendor == "postgresql":
        return "md5(random()::text || clock_timestamp()::text || txid_current()::text)"
    return "lower(hex(randomblob(16)))"


# --- the triggers ----------------------------------------------------------------------

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO indicators_recordstamp (province_id, stamp)
        SELECT unit, {random} FROM (SELECT DISTINCT province_id AS unit FROM new_rows) AS units
        WHERE unit IS NOT NULL ORDER BY unit
        ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO indicators_recordstamp (province_id, stamp)
        SELECT unit, {random} FROM (SELECT province_id AS unit FROM new_rows
                                    UNION SELECT province_id FROM old_rows) AS units
        WHERE unit IS NOT NULL ORDER BY unit
        ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO indicators_recordstamp (province_id, stamp)
        SELECT unit, {random} FROM (SELECT DISTINCT province_id AS unit FROM old_rows) AS units
        WHERE unit IS NOT NULL ORDER BY unit
        ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp;
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION {name}_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO indicators_recordstamp (province_id, stamp) VALUES ({epoch}, {random})
    ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp;
    RETURN NULL;
END $$;
"""


def _pg_triggers(table: str, per_unit: bool) -> list[str]:
    quoted = f'"{table}"'
    drops = [f"DROP TRIGGER IF EXISTS {_TRIGGER}_{event} ON {quoted}"
             for event in ("insert", "update", "delete", "truncate", "all")]
    truncate = f"CREATE TRIGGER {_TRIGGER}_truncate AFTER TRUNCATE ON {quoted} FOR EACH STATEMENT EXECUTE FUNCTION {_TRIGGER}_all()"
    if not per_unit:
        return [*drops, truncate, f"CREATE TRIGGER {_TRIGGER}_all AFTER INSERT OR UPDATE OR DELETE ON {quoted} "
                                  f"FOR EACH STATEMENT EXECUTE FUNCTION {_TRIGGER}_all()"]
    return [*drops, truncate,
            f"CREATE TRIGGER {_TRIGGER}_insert AFTER INSERT ON {quoted} REFERENCING NEW TABLE AS new_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {_TRIGGER}()",
            f"CREATE TRIGGER {_TRIGGER}_update AFTER UPDATE ON {quoted} REFERENCING OLD TABLE AS old_rows "
            f"NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {_TRIGGER}()",
            f"CREATE TRIGGER {_TRIGGER}_delete AFTER DELETE ON {quoted} REFERENCING OLD TABLE AS old_rows "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {_TRIGGER}()"]


def _sqlite_triggers(table: str, per_unit: bool) -> list[str]:
    upsert = ("INSERT INTO indicators_recordstamp (province_id, stamp) VALUES ({unit}, lower(hex(randomblob(16)))) "
              "ON CONFLICT (province_id) DO UPDATE SET stamp = excluded.stamp;")
    rows = {"insert": ["NEW"], "update": ["NEW", "OLD"], "delete": ["OLD"]}
    statements = []
    for event, sides in rows.items():
        name = f"{_TRIGGER}_{event}_{table}"
        units = [f"{side}.province_id" for side in sides] if per_unit else [str(EPOCH)]
        body = " ".join(upsert.format(unit=unit) for unit in units)
        statements += [f'DROP TRIGGER IF EXISTS "{name}"',
                       f'CREATE TRIGGER "{name}" AFTER {event.upper()} ON "{table}" FOR EACH ROW BEGIN {body} END']
    return statements


def install(using: str = "default") -> None:
    """The triggers on every stamped table (again: idempotent), then new stamps for all."""
    connection = connections[using]
    tables = stamped_tables()
    existing = set(connection.introspection.table_names())
    if "indicators_recordstamp" not in existing:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(_PG_FUNCTION.format(name=_TRIGGER, random=_random(connection), epoch=EPOCH))
        for table, per_unit in tables.items():
            if table not in existing:
                continue
            make = _pg_triggers if connection.vendor == "postgresql" else _sqlite_triggers
            for statement in make(table, per_unit):
                cursor.execute(statement)
    renew(using)


def installed_tables(using: str = "default") -> set[str]:
    """The tables that carry the stamp triggers now (the tests compare them with stamped_tables)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT DISTINCT event_object_table FROM information_schema.triggers "
                           "WHERE trigger_name LIKE %s", [f"{_TRIGGER}%"])
        else:
            cursor.execute("SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
                           [f"{_TRIGGER}%"])
        return {row[0] for row in cursor.fetchall()}


def after_migrate(sender, using="default", **kwargs) -> None:
    """post_migrate receiver (IndicatorsConfig.ready), once per migrate, as the search indexes'."""
    if sender.label == "indicators":
        install(using)
