"""The base every province record inherits: its province, timestamps and soft deletion."""
import functools

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.loading import FastFromDb

# The years the system records (and year filters accept): from the founding of the state
# to a horizon no plan reaches. A year outside is a typing mistake, not data.
YEAR_MIN, YEAR_MAX = 1945, 2100
YEAR_VALIDATORS = [MinValueValidator(YEAR_MIN), MaxValueValidator(YEAR_MAX)]


@functools.cache
def _labels(field: models.Field, language: str | None) -> dict:
    return {value: str(label) for value, label in field.flatchoices}


def choice_labels(field: models.Field) -> dict:
    """{value: label} of a choice field in the active language, built once per language:
    Django's get_FOO_display() rebuilt and hashed every choice, translating each label, on
    every call (three calls a row on a list of delegations)."""
    return _labels(field, get_language())


class RecordQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)


class AliveManager(models.Manager.from_queryset(RecordQuerySet)):
    """Hides deleted rows; they stay in the table so they can be restored."""

    def get_queryset(self):
        return super().get_queryset().alive()


class ProvinceRecord(FastFromDb, models.Model):
    """A record of one province's foreign-affairs work.

    Deleting sets `deleted_at`; the row stays until restored, so nothing is lost.
    Writes go through ngoaivu.core.services, never through save() directly.
    """

    province = models.ForeignKey(
        "geo.Province", verbose_name=_("tỉnh, thành phố"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    deleted_at = models.DateTimeField(_("ngày xóa"), null=True, blank=True, editable=False)
    # Optimistic concurrency: each change adds one (core.services.bump_version); an edit made
    # from an older version is refused instead of silently overwriting the newer one.
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)
    # Folded (no diacritics, lower-case) copies for search; written by core.search.
    search_title = models.CharField(_("tên để tìm kiếm"), max_length=500, blank=True, default="", editable=False)
    search_text = models.TextField(_("nội dung để tìm kiếm"), blank=True, default="", editable=False)

    objects = AliveManager()
    all_objects = RecordQuerySet.as_manager()

    class Meta:
        abstract = True
        base_manager_name = "all_objects"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        try:
            return choice_labels(field).get(value, value)
        except TypeError:   # a value that cannot be a key: Django's own way
            return super()._get_FIELD_display(field)


def deleted_rows_index(name: str) -> models.Index:
    """The few deleted rows of a parent table, by key: a ChildManager's `NOT EXISTS` reads
    them from this index instead of scanning the table (every parent model declares it;
    core/tests checks)."""
    return models.Index(fields=["id"], condition=models.Q(deleted_at__isnull=False), name=name)


class ChildManager(AliveManager):
    """Alive rows whose parent is alive too.

    Deleting a project hides its adjustments and restoring it brings them back, so no
    cascade has to be undone. The model names its parent in `parent_field`.

    A child is left out when its parent is among the deleted ones (`NOT EXISTS`, an
    anti-join against the parent's deleted_rows_index), not by joining every parent: a
    province's whole table then reads no parent row (FDI implementations of province 26
    hashed all 46.307 projects), and children looked up by their parents (a list's
    prefetch) stay an index look-up — a `NOT IN` had made that one scan the child table.
    """

    def get_queryset(self):
        link = self.model._meta.get_field(self.model.parent_field)
        deleted_parent = link.related_model._base_manager.filter(pk=OuterRef(link.attname), deleted_at__isnull=False)
        return super().get_queryset().filter(~Exists(deleted_parent))
