"""Linked records named in a sheet → the records, matched like the text review screen matches.

Names are compared in `normalize_name` form against the record's display name and its
name-like fields (a partner's original name, a country's ISO code and aliases, a
programme's code). Only records the importing user may see are candidates; a name that
fits two records is reported with both, never guessed.
"""
from __future__ import annotations

from django.db import models
from django.utils.translation import gettext as _

from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.scoping import restrict, scope_province_ids
from ngoaivu.exchange.cells import CellError, link_label, normalized
from ngoaivu.geo.catalog import normalize_name

NAME_FIELDS = ("name", "name_vi", "name_original", "name_vn", "title", "number", "code", "local_code", "key",
               "full_name")


def _names(obj) -> set[str]:
    names = {link_label(obj)}
    for field in NAME_FIELDS:
        value = getattr(obj, field, None)
        if isinstance(value, str) and value:
            names.add(value)
    names.update(alias for alias in getattr(obj, "aliases", None) or () if isinstance(alias, str))
    return {normalize_name(name) for name in names if name}


class LinkResolver:
    def __init__(self, user):
        self.user = user
        self._index: dict[type, tuple[dict[str, list], dict[str, list]]] = {}

    def candidates(self, model: type[models.Model]) -> models.QuerySet:
        from ngoaivu.geo.models import Province

        queryset = model._default_manager.all()
        relations = [f.name for f in model._meta.concrete_fields
                     if f.is_relation and f.name != "province" and not f.null]
        if relations:
            queryset = queryset.select_related(*relations)
        if issubclass(model, ProvinceRecord):
            return restrict(queryset, self.user)
        if model is Province:
            ids = scope_province_ids(self.user)
            return queryset if ids is None else queryset.filter(pk__in=ids)
        return queryset

    def _model_index(self, model) -> tuple[dict[str, list], dict[str, list]]:
        """(by display name, by any other name): the display name — what an export writes —
        wins, so "Nghệ An" is today's unit and "Nghệ An (đến 30/06/2025)" the former one."""
        if model not in self._index:
            self._index[model] = ({}, {})
            for obj in self.candidates(model):
                self.add(obj)
        return self._index[model]

    def add(self, obj) -> None:
        """Indexes a candidate; also a record created earlier in the same file, for later rows."""
        index = self._index.get(type(obj))
        if index is not None:
            label = normalize_name(link_label(obj))
            index[0].setdefault(label, []).append(obj)
            for name in _names(obj) - {label}:
                index[1].setdefault(name, []).append(obj)

    def resolve(self, model, text: str):
        wanted = normalized(text)
        by_label, by_name = self._model_index(model)
        found = {obj.pk: obj for obj in by_label.get(wanted) or by_name.get(wanted, ())}
        if not found:
            raise CellError(_("không tìm thấy %(what)s '%(value)s'") % {
                "what": model._meta.verbose_name, "value": text})
        if len(found) > 1:
            names = "; ".join(sorted(f"{link_label(obj)} (#{obj.pk})" for obj in found.values()))
            raise CellError(_("'%(value)s' trùng tên với nhiều %(what)s: %(names)s — hãy ghi rõ hơn") % {
                "value": text, "what": model._meta.verbose_name, "names": names})
        return next(iter(found.values()))
