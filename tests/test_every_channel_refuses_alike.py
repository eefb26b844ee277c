"""Every channel enforces the same rules (issue 10, ADR 0014): a write that breaks a record
type's rule is refused by the page, the API and the import alike, the refusal names the
field (or the import's column), and nothing is written. The import reaches the service and
gives its message; the page's form (and, for an empty list, the API's serializer) refuses
first, beside the field, with Django's words — the same refusal, not yet the same sentence. The admin holds no province record, so it is no channel here
(`core/tests/test_admin.py`). Deleting is not an import's business: a deletion rule is
checked on the page, the API and the list's bulk deletion instead.
"""
import io
import json
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import Workbook

from ngoaivu.agreements.models import Agreement
from ngoaivu.agreements.tests.helpers import make_partner
from ngoaivu.core.roles import Role
from ngoaivu.exchange.cells import link_label
from ngoaivu.exchange.services import bulk_delete, import_confirm, import_preview
from ngoaivu.exchange.specs import spec_for
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.trade.models import BorderGate
from ngoaivu.trade.tests.helpers import make_figure, make_gate

pytestmark = pytest.mark.django_db

NO_PARTNER = "Cần chọn ít nhất một bên nước ngoài."
COMPUTED = "Số liệu tính từ hồ sơ do hệ thống tạo, không nhập tay."
GATE_IN_USE = "Không thể xóa cửa khẩu đang có số liệu kim ngạch"


def _imported(user, key: str, values: dict) -> list[str]:
    """The errors of importing one row (all or nothing), its cells named by model field."""
    spec = spec_for(key)
    columns = [column for column in spec.columns() if column.importable]
    workbook = Workbook()
    workbook.active.append([column.header for column in columns])
    workbook.active.append([values.get(column.name, "") for column in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    batch = import_preview(spec, user=user, file_name="nhap.xlsx", content=buffer.getvalue(), mode="all_or_nothing")
    batch = import_confirm(batch, user=user)
    return [error for row in batch.report["rows"] for error in row["errors"]]


def _agreement_without_partner(channel, user, province, client_for, api_client_for) -> str:
    fields = {"title": "Biên bản ghi nhớ hợp tác", "kind": "memorandum", "vietnamese_party": "UBND tỉnh",
              "sectors": ["trade"]}
    make_partner(province)  # a partner exists; the write simply names none
    if channel == "ui":
        page = client_for(user).post(reverse("agreements:agreement_add"),
                                     {**fields, "status": "proposed", "level": "province_committee"})
        assert page.status_code == 400  # the form again, with the refusal beside its field
        text = " ".join(page.context["form"].errors["partners"])
    elif channel == "api":
        response = api_client_for(user).post(reverse("agreement-list"), {**fields, "partners": []}, format="json")
        assert response.status_code == 400
        text = json.dumps(response.json()["partners"], ensure_ascii=False)
    else:
        text = "\n".join(_imported(user, "agreements.agreement", {  # "Dòng 2, cột 'Bên nước ngoài': …"
            "title": fields["title"], "kind": "Biên bản ghi nhớ", "vietnamese_party": fields["vietnamese_party"],
            "signed_on": "15/04/2024"}))
    assert not Agreement.objects.exists()
    return text


def _computed_observation(channel, user, province, client_for, api_client_for) -> str:
    indicator = Indicator.objects.get(code="export_value")
    if channel == "ui":
        page = client_for(user).post(reverse("indicators:observation_add"), {
            "indicator": indicator.pk, "period_start": "01/01/2026", "period_end": "30/06/2026",
            "value": "98.500.000", "currency": "USD", "source": "computed", "qualifier": ""})
        assert page.status_code == 400
        text = " ".join(page.context["form"].errors["source"])
    elif channel == "api":
        response = api_client_for(user).post(reverse("observation-list"), {
            "indicator": "export_value", "period_start": "2026-01-01", "period_end": "2026-06-30",
            "value": "98500000", "currency": "USD", "source": "computed"}, format="json")
        assert response.status_code == 400
        text = json.dumps(response.json()["source"], ensure_ascii=False)
    else:
        text = "\n".join(_imported(user, "indicators.observation", {
            "indicator": link_label(indicator), "period_start": "01/01/2026", "period_end": "30/06/2026",
            "value": "98500000", "currency": "USD", "source": "Tính từ hồ sơ"}))
    assert not Observation.objects.exists()
    return text


def _gate_with_figures_deleted(channel, user, province, client_for, api_client_for) -> str:
    gate = make_gate(province)
    make_figure(province, border_gate=gate, start=date(2022, 1, 1), end=date(2022, 6, 30))
    if channel == "ui":
        page = client_for(user).post(reverse("trade:gate_delete", args=[gate.pk]), follow=True)
        text = page.content.decode()
    elif channel == "api":
        response = api_client_for(user).delete(reverse("border-gate-detail", args=[gate.pk]))
        assert response.status_code == 400
        text = json.dumps(response.json(), ensure_ascii=False)
    else:
        with pytest.raises(ValidationError) as refused:
            bulk_delete(spec_for("trade.bordergate"), user=user, ids=[gate.pk])
        text = " ".join(refused.value.messages)
    assert BorderGate.objects.filter(pk=gate.pk).exists()
    return text


# The page's form refuses first with Django's words for the field: required, or not offered.
FORM_REQUIRED = "Trường này là bắt buộc."
FORM_NOT_OFFERED = "Hãy chọn một lựa chọn hợp lệ."

RULES = [
    pytest.param(_agreement_without_partner, {"ui": FORM_REQUIRED, "api": "Danh sách này không được để trống.",
                                              "import": f"cột 'Bên nước ngoài': {NO_PARTNER}"},
                 id="agreement-without-partner"),
    pytest.param(_computed_observation, {"ui": FORM_NOT_OFFERED, "api": COMPUTED, "import": f"cột 'Nguồn': {COMPUTED}"},
                 id="observation-source-computed"),
    pytest.param(_gate_with_figures_deleted, {"ui": GATE_IN_USE, "api": GATE_IN_USE, "bulk": GATE_IN_USE},
                 id="gate-with-figures-deleted"),
]


@pytest.mark.parametrize(("attempt", "refusals"), RULES)
def test_a_rule_violating_write_is_refused_by_every_channel(attempt, refusals, users, own_province, client_for,
                                                           api_client_for):
    for channel, message in refusals.items():
        text = attempt(channel, users[Role.SPECIALIST], own_province, client_for, api_client_for)
        assert message in text, f"{channel}: {text!r}"
