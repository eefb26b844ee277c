"""Selects whose options are written in Python rather than by a template include per option.

Django renders every <option> through its own template: a select of the 250 countries took
25–40 ms, most of a filter form's time on every list page. The output is the same markup.
"""
from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe


def _attributes(attrs: dict) -> str:
    # In the order given, as Django's attrs.html writes them (flatatt puts the flags last).
    return format_html_join("", "{}", ((format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
                                       for name, value in attrs.items() if value is not False))


class PlainSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [format_html('<select name="{}"{}>', widget["name"], _attributes(widget["attrs"]))]
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(format_html('<optgroup label="{}">', group_name))
            parts.extend(format_html('<option value="{}"{}>{}</option>', option["value"], _attributes(option["attrs"]),
                                     option["label"]) for option in options)
            if group_name:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("\n".join(parts))


class PlainSelectMultiple(PlainSelect, forms.SelectMultiple):
    pass


PLAIN = {forms.Select: PlainSelect, forms.SelectMultiple: PlainSelectMultiple}


def plain_widget_class(field_class) -> type[forms.Widget] | None:
    """The Python-rendered select for a form field whose default widget is Django's select."""
    return PLAIN.get(getattr(field_class, "widget", None))
