"""The import template of a record type: its columns, a row of example values, the allowed values."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ngoaivu.api.exports import XLSX_TYPE
from ngoaivu.exchange.cells import YES, link_label
from ngoaivu.exchange.columns import BOOLEAN, CHOICE, DATE, DECIMAL, INTEGER, LINK, LINKS, Column
from ngoaivu.exchange.exports import ExportFile
from ngoaivu.exchange.links import LinkResolver
from ngoaivu.exchange.selectors import export_title
from ngoaivu.exchange.specs import ExchangeSpec
from ngoaivu.exchange.writers import write_template


def _example(column: Column, resolver: LinkResolver, user):
    if not column.importable:
        return None
    if column.kind == DATE:
        return date(date.today().year, 1, 15)
    if column.kind == DECIMAL:
        return Decimal("1234.5")
    if column.kind == INTEGER:
        return date.today().year if not column.grouped else 10
    if column.kind == BOOLEAN:
        return YES
    if column.kind == CHOICE:
        return column.choices[0][1] if column.choices else None
    if column.kind in (LINK, LINKS):
        if column.name == "province":
            return link_label(user.province) if user.province else None
        first = resolver.candidates(column.related_model).first()
        return link_label(first) if first is not None else None
    return column.label


def template_file(spec: ExchangeSpec, *, user) -> ExportFile:
    columns = spec.columns()
    resolver = LinkResolver(user)
    example = [_example(column, resolver, user) for column in columns]
    headers = {column.name: column.header for column in columns}
    key = [headers.get(name, name) for name in spec.key_columns()]
    content = write_template(columns, example, title=export_title(spec, user), natural_key=key)
    return ExportFile(content, f"mau-nhap-{spec.slug}.xlsx", XLSX_TYPE, 1)
