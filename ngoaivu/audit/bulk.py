"""Many new rows of one model at once: COPY on PostgreSQL, bulk_create elsewhere.

Django's bulk_create on PostgreSQL binds the values client-side into UNNEST arrays,
quoting every string and JSON document in Python; for an import of 100.000 rows with
two JSON snapshots each (change log, undo entry) that quoting was most of the write.
COPY streams the rows in PostgreSQL's own format instead. Ids are drawn from the
table's sequence first, so the caller gets them as bulk_create gives them (the change
log and the undo entries name the new records). Like bulk_create, no save() and no
signals: the services calling this do what save() would. It sits in audit, the lowest
app that writes (the change log's batches), so core's and exchange's record batches use it too.
"""
from __future__ import annotations

import time

from django.db import connections, models, router
from django.db.models.fields import AutoFieldMixin

# Rows per INSERT where COPY is not available (SQLite's bound-parameter limit is the real cap).
BATCH_SIZE = 1000


def insert_many(model: type[models.Model], objs: list[models.Model]) -> list[models.Model]:
    """INSERT `objs` (new instances of `model`) and give each its id."""
    if not objs:
        return objs
    using = router.db_for_write(model)
    connection = connections[using]
    if connection.vendor != "postgresql" or model._meta.parents:
        model._base_manager.using(using).bulk_create(objs, batch_size=BATCH_SIZE)
        return objs
    meta = model._meta
    quote = connection.ops.quote_name
    fields = [field for field in meta.local_concrete_fields if not field.generated]
    pk = meta.pk
    for obj in objs:
        if obj.pk is None and not isinstance(pk, AutoFieldMixin):
            obj.pk = pk.get_pk_value_on_save(obj)    # a default such as uuid4
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
    missing = [obj for obj in objs if obj.pk is None]
    started = time.monotonic()
    with connection.wrap_database_errors, connection.cursor() as cursor:
        if missing:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                           [quote(meta.db_table), pk.column, len(missing)])
            for obj, (value,) in zip(missing, cursor.fetchall()):
                obj.pk = value
        statement = "COPY {} ({}) FROM STDIN".format(quote(meta.db_table),
                                                    ", ".join(quote(field.column) for field in fields))
        with cursor.cursor.copy(statement) as copy:
            for obj in objs:
                copy.write_row([field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields])
    if connection.queries_logged:       # counted like any statement (tests that hold query counts)
        connection.queries_log.append({"sql": f"{statement} -- {len(objs)} rows",
                                       "time": f"{time.monotonic() - started:.3f}"})
    for obj in objs:
        obj._state.adding, obj._state.db = False, using
    return objs
