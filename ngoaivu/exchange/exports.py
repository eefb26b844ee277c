"""An export file of a record type's list: XLSX or CSV, named after the type and the day."""
from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.api.exports import XLSX_TYPE
from ngoaivu.exchange import writers
from ngoaivu.exchange.selectors import export_queryset, export_title
from ngoaivu.exchange.specs import ExchangeSpec

FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    filename: str
    content_type: str
    rows: int


class ExportFormatError(ValueError):
    pass


def export_file(spec: ExchangeSpec, *, user, fmt: str, params=None, request=None, ids=None, base=None) -> ExportFile:
    if fmt not in FORMATS:
        raise ExportFormatError(_("Định dạng “%(fmt)s” không được hỗ trợ: chọn xlsx hoặc csv.") % {"fmt": fmt})
    columns = spec.columns()
    queryset = export_queryset(spec, user=user, params=params, request=request, ids=ids, base=base)
    counter = {"rows": 0}

    def rows():
        for values in writers.record_rows(columns, queryset.iterator(chunk_size=2000)):
            counter["rows"] += 1
            yield values

    if fmt == "xlsx":
        content = writers.write_xlsx(columns, rows(), title=export_title(spec, user))
        content_type = XLSX_TYPE
    else:
        content = writers.write_csv(columns, rows())
        content_type = writers.CSV_TYPE
    filename = f"{spec.slug}-{timezone.localdate():%Y%m%d}.{fmt}"
    return ExportFile(content, filename, content_type, counter["rows"])
