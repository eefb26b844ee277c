"""Numbers on the figure pages, written the Vietnamese way (1.234,5; 17,6%; +33%)."""
from django import template

from ngoaivu.core.vnformat import format_number, format_percent

register = template.Library()


@register.filter
def vn_number(value, decimals=2):
    return "—" if value is None or value == "" else format_number(value, int(decimals))


@register.filter
def vn_percent(value, decimals=1):
    return "—" if value is None else format_percent(value, int(decimals))


@register.filter
def vn_change(value, decimals=1):
    """A signed change: "+17,6%", "−4%"."""
    if value is None:
        return "—"
    text = format_percent(abs(value), int(decimals))
    return text if text.startswith("0%") else ("+" if value > 0 else "−") + text


@register.filter
def shown_as(indicator, candidate):
    """A candidate value in the indicator's way: "609,1 triệu USD"."""
    return candidate.display(indicator)
