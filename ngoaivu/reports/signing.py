"""Who signs a new report, under which symbol, on which date: the province's settings.

A new draft takes the settings of its unit (or of today's unit carrying it on) as its
particulars; the report keeps its own copy, so later changes to the settings, or a
regeneration of the figures, never move a report's signer or date.
"""
from __future__ import annotations

from datetime import date

from django.utils import timezone

from ngoaivu.accounts.selectors import province_settings_for
from ngoaivu.geo.models import Province
from ngoaivu.reports.builder.collect import header_for


def signing_defaults(unit: Province, today: date | None = None) -> dict:
    """The particulars a new draft of `unit` starts with."""
    settings = province_settings_for(unit)
    header = header_for(unit)
    return {
        "signer_authority": settings.report_signer_authority if settings else "",
        "signer_title": (settings.report_signer_title if settings else "") or header["signer_title"],
        "signer_name": settings.report_signer_name if settings else "",
        "symbol": (settings.report_number_suffix if settings else "") or header["symbol"],
        "recipients": "\n".join(header["recipients"]),
        "issued_on": today or timezone.localdate(),
    }
