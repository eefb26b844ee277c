"""PostgreSQL's timestamps parsed by psycopg's C loader (issue 13).

Django reads every `timestamptz` through a loader of its own, a subclass of psycopg's pure-Python
one that sets the result's tzinfo to the connection's time zone: a regular expression and a
dozen Python calls per value, a hundred of them on an API page of 50 delegations (their creation
and change times). psycopg's C loader parses the same text into the same fields but cannot be
subclassed; the loader here hands it the text and then sets the tzinfo as Django's does, so the
datetime is the one Django gives. It keeps Django's `timezone` attribute, which Django's cursor
compares with the connection's before choosing a loader of its own (a connection whose time
zone changes still gets Django's). A psycopg without its C part is left as it is.
"""
from __future__ import annotations

from functools import lru_cache


def install(sender=None, connection=None, **kwargs) -> None:
    """connection_created receiver (CoreConfig.ready): a new PostgreSQL connection's timestamptz
    loader is `_loader_class(its time zone)` when psycopg's own is its C one."""
    if connection is None or connection.vendor != "postgresql":
        return
    loader = _loader_class(connection.timezone)
    if loader is not None:
        connection.connection.adapters.register_loader("timestamptz", loader)


@lru_cache
def _loader_class(zone):
    from psycopg import adapters
    from psycopg.adapt import Loader
    from psycopg.pq import Format
    from psycopg.types.datetime import TimestamptzLoader

    parser = adapters.get_loader(adapters.types["timestamptz"].oid, Format.TEXT)
    if parser is None or parser is TimestamptzLoader or issubclass(parser, TimestamptzLoader):
        return None   # the pure-Python one: Django's subclass of it is as fast

    class CTimestamptzLoader(Loader):
        timezone = zone

        def __init__(self, oid, context=None):
            super().__init__(oid, context)
            self._parse = parser(oid, context).load

        def load(self, data):
            return self._parse(data).replace(tzinfo=zone)

    return CTimestamptzLoader
