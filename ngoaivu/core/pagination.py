"""One paginator for the pages' tables and the API lists: counts stop at a cap (ADR 0017).

A national list has hundreds of thousands of live rows, and `COUNT(*)` over all of them cost
more than reading the page itself. `CappedPaginator` counts at most `cap + 1` rows
(`SELECT count(*) FROM (… LIMIT cap + 1)`), or up to one row past the requested page when
that lies deeper, so the count never costs more than the page's own `OFFSET`. When the rows go
on past what was counted, `count_exact` is False and `count` is a lower bound: there are *more
than* `count` rows ("hơn 10.000 bản ghi"); `num_pages` then counts the pages known to exist,
so "next" links stay right.

Given a `kept_key` (an API list that names no filter, search or ordering, issue 13), the count's
and the page's statements are kept (core.statements) under that key, the count's limit and the
page's slice: the caller's key must name everything else their SQL depends on (the record type
and the reader's scope); the test settings' check compares every use with the SQL compiled afresh.
"""
from __future__ import annotations

import math

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from ngoaivu.core.statements import kept_count, kept_rows

COUNT_CAP = 10_000


class CappedPaginator(Paginator):
    cap = COUNT_CAP

    def __init__(self, *args, kept_key: tuple | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kept_key = kept_key
        self._exact = True
        self._reach = 0   # rows up to the end of the requested page

    def countable(self):
        """The queryset to count, or None to count the object list as it is."""
        return self.object_list if isinstance(self.object_list, QuerySet) else None

    def validate_number(self, number):
        # Remember how deep the page is before `count` is first read, so a page past the cap
        # still learns whether a next one exists.
        try:
            self._reach = max(int(number), 1) * self.per_page
        except (TypeError, ValueError, OverflowError):
            pass
        return super().validate_number(number)

    @cached_property
    def count(self) -> int:
        queryset = self.countable()
        if queryset is None or queryset.query.is_sliced:   # already bounded
            return super().count
        limit = max(self.cap, self._reach) + 1
        # The order does not change how many rows there are; dropping it keeps the subquery
        # an index-only scan instead of a sort.
        if self.kept_key is None:
            counted = queryset.order_by()[:limit].count()
        else:
            counted = kept_count((*self.kept_key, "count", limit), lambda: queryset.order_by()[:limit])
        if counted < limit:
            return counted
        self._exact = False
        return limit - 1

    def _get_page(self, object_list, *args, **kwargs):
        if self.kept_key is not None and isinstance(object_list, QuerySet) and object_list.query.is_sliced:
            query = object_list.query
            object_list = kept_rows((*self.kept_key, "page", query.low_mark, query.high_mark),
                                    lambda slots: object_list, [])
        return super()._get_page(object_list, *args, **kwargs)

    @property
    def count_exact(self) -> bool:
        self.count  # noqa: B018 - counting is what finds out
        return self._exact

    @cached_property
    def num_pages(self) -> int:
        if self.count_exact:
            return super().num_pages
        # At least one row lies past `count`, so the page holding it exists too.
        return math.ceil((self.count + 1) / self.per_page)
