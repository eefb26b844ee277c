"""Generating the OpenAPI schema prints no warning and no error: every operation is
described as it behaves (a view drf-spectacular has to guess is a warning)."""
import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_schema_generates_without_warnings(tmp_path):
    # --fail-on-warn exits non-zero on any warning or error of the generator.
    call_command("spectacular", "--fail-on-warn", "--file", str(tmp_path / "schema.yml"))


@pytest.mark.django_db
def test_figures_and_national_answers_are_described(tmp_path):
    import yaml

    target = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(target))
    schema = yaml.safe_load(target.read_text())
    for path, component in (("/api/figures/", "FiguresSchema"), ("/api/national/", "NationalSchema")):
        answer = schema["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer == {"$ref": f"#/components/schemas/{component}"}
    national = schema["components"]["schemas"]["NationalRowSchema"]["properties"]
    assert {"rank", "province", "value", "change_pct", "parts", "same_period_last_year"} <= set(national)
    assert "plan" in schema["components"]["schemas"]["FiguresSchema"]["properties"]
