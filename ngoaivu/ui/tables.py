"""Base table: the first column links to the record; numbers and dates in vi format;
text columns sort in Vietnamese order."""
import datetime

import django_tables2 as tables
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django_tables2.columns.base import library
from django_tables2.data import TableQuerysetData

from ngoaivu.core.collation import order_vietnamese
from ngoaivu.core.pagination import CappedPaginator
from ngoaivu.ui.display import format_amount


class VietnameseQuerysetData(TableQuerysetData):
    """Sorting by a name column orders "Đ" after "D" and "Cà Mau" before "Cao Bằng"."""

    def order_by(self, aliases):
        super().order_by(aliases)
        self.data = order_vietnamese(self.data)


class TablePaginator(CappedPaginator):
    """The capped count of a table's rows: the table hands its rows over wrapped twice."""

    def countable(self):
        data = getattr(self.object_list, "data", None)   # BoundRows → TableQuerysetData
        return getattr(data, "data", None) if isinstance(data, TableQuerysetData) else super().countable()


class RecordTable(tables.Table):
    def __init__(self, *args, detail_url_name: str | None = None, **kwargs):
        self.detail_url_name = detail_url_name
        data = kwargs.get("data", args[0] if args else None)
        if data is not None and TableQuerysetData.validate(data):
            if args:
                args = (VietnameseQuerysetData(data), *args[1:])
            else:
                kwargs["data"] = VietnameseQuerysetData(data)
        super().__init__(*args, **kwargs)

    def detail_url(self, record) -> str | None:
        return reverse(self.detail_url_name, args=[record.pk]) if self.detail_url_name else None

    class Meta:
        attrs = {"class": "table table-sm table-hover align-middle"}
        per_page = 25
        template_name = "ui/table.html"


class DetailLinkColumn(tables.Column):
    """The column whose text links to the record's page."""

    def render(self, value, record, table):
        from django.utils.html import format_html

        url = table.detail_url(record)
        return format_html('<a href="{}">{}</a>', url, value) if url else value


@library.register
class ShortDateColumn(tables.Column):
    """A date field's column, dd/mm/yyyy. django_tables2's DateColumn compiled a template for
    every cell: a quarter of a 50-row list's rendering time. (A library column registered
    later takes precedence over the library's own.)"""

    def render(self, value):
        return date_format(value, "SHORT_DATE_FORMAT")

    def value(self, value):
        return value.isoformat() if isinstance(value, datetime.date) else value

    @classmethod
    def from_field(cls, field, **kwargs):
        # Date-times stay with the library's column, which shows them in local time.
        if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
            return cls(**kwargs)
        return None


class MoneyColumn(tables.Column):
    """An amount with the currency it was entered in: "25.000.000 USD"."""

    def __init__(self, *args, currency_field: str = "currency", **kwargs):
        self.currency_field = currency_field
        super().__init__(*args, **kwargs)

    def render(self, value, record):
        return format_amount(value, getattr(record, self.currency_field))
