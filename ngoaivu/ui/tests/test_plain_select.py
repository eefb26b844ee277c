"""The Python-rendered selects write what Django's templates write, option for option."""
import re

import pytest
from django import forms

from ngoaivu.delegations.filtersets import DelegationFilterSet
from ngoaivu.geo.models import Country
from ngoaivu.ui.widgets import PlainSelect, PlainSelectMultiple


def _same_markup(html: str) -> str:
    return re.sub(r">\s+<", "><", html.strip())


CHOICES = [("", "Tất cả"), ("a&b", 'Chữ "có" <dấu>'), ("Nhóm", [("x", "Một"), ("y", "Hai")]), ("z", "Ba")]


@pytest.mark.parametrize(("django_widget", "plain_widget", "value"), [
    (forms.Select, PlainSelect, "x"),
    (forms.Select, PlainSelect, None),
    (forms.SelectMultiple, PlainSelectMultiple, ["a&b", "z"]),
])
def test_plain_select_writes_djangos_markup(django_widget, plain_widget, value):
    attrs = {"class": "form-select", "data-x": 'a"b', "required": True, "disabled": False}
    expected = django_widget(attrs=attrs, choices=CHOICES).render("field", value, attrs={"id": "id_field"})
    written = plain_widget(attrs=attrs, choices=CHOICES).render("field", value, attrs={"id": "id_field"})
    assert _same_markup(written) == _same_markup(expected)
    assert "&lt;dấu&gt;" in written and "optgroup" in written
    # No value chosen: the empty option is the selected one, as in Django's.
    assert written.count(" selected") == (len(value) if isinstance(value, list) else 1)


@pytest.mark.django_db
def test_list_filters_use_them_for_long_choice_lists(rf):
    form = DelegationFilterSet({"country": "JP"}, queryset=None).form
    assert isinstance(form.fields["country"].widget, PlainSelect)
    html = str(form["country"])
    assert html.count("<option") == Country.objects.count() + 2   # "Tất cả" and "(Không có)"
    assert '<option value="JP" selected>' in html
