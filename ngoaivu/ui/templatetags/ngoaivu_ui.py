"""Template helpers of the generic pages."""
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from ngoaivu.core.search import match_spans, query_words

register = template.Library()


@register.filter
def highlight(text, query: str):
    """Mark the query's words in `text` with <mark>, whatever the diacritics."""
    text = str(text)
    spans = match_spans(text, query_words(query or ""))
    if not spans:
        return escape(text)
    parts, position = [], 0
    for start, end in spans:
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))
