"""Messages of third-party libraries reach a Vietnamese user in Vietnamese (locale/vi)."""
import gettext
import importlib
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from ngoaivu.core.roles import Role

LIBRARIES = ("rest_framework", "django_filters", "django_tables2")


def _message_ids(package: str) -> set[str]:
    """Every message a library translates in any language: its compiled catalogues' keys."""
    root = Path(importlib.import_module(package).__file__).parent / "locale"
    ids: set[str] = set()
    for catalogue in root.glob("*/LC_MESSAGES/django.mo"):
        with catalogue.open("rb") as handle:
            keys = gettext.GNUTranslations(handle)._catalog
        ids.update(key[0] if isinstance(key, tuple) else key for key in keys)
    ids.discard("")
    return ids


@pytest.mark.parametrize("package", LIBRARIES)
def test_every_library_message_has_a_vietnamese_translation(package):
    ids = _message_ids(package)
    assert len(ids) > 4  # the catalogues were found
    with translation.override("vi"):
        untranslated = sorted(i for i in ids if translation.gettext(i) == i)
        padded = sorted(i for i in ids if translation.gettext(i) != translation.gettext(i).strip())
    assert untranslated == [], "add these to locale/vi/LC_MESSAGES/django.po"
    assert padded == []


def test_english_users_keep_the_libraries_english():
    with translation.override("en"):
        assert translation.gettext("A valid number is required.") == "A valid number is required."


@pytest.mark.django_db
def test_the_api_names_a_wrong_number_in_vietnamese(users, client_for):
    response = client_for(users[Role.SPECIALIST]).post(
        reverse("delegation-list"), {"name": "Đoàn thử", "cost": "nhiều", "countries": []},
        content_type="application/json")
    assert response.status_code == 400
    assert response.json()["cost"] == ["Cần một số hợp lệ."]
