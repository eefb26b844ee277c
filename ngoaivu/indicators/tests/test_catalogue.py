"""Every indicator code is tied to its computation, its report wording and its extraction rules,
all read from the one catalogue (ngoaivu.indicators.catalogue)."""
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps

from ngoaivu.indicators import computations
from ngoaivu.indicators.catalogue import BY_CODE, CATALOGUE, Code
from ngoaivu.indicators.computations import all_computations, computation_for
from ngoaivu.indicators.models import Indicator
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.indicators import INDICATORS
from ngoaivu.reports.builder.outline import reported_codes
from ngoaivu.reports.wording import WORDING

# Figures only ever stated (read from a text or entered), never computed from the records:
# no record type holds growth rates, a national rank, aid-promotion conferences or associations.
STATED_ONLY = {Code.EXPORT_GROWTH, Code.IMPORT_GROWTH, Code.LOCAL_EXPORT_GROWTH, Code.FDI_RANK,
               Code.NGO_PROMOTION_CONFERENCES, Code.FRIENDSHIP_ASSOCIATIONS}

# One sentence per code, in the wording reports use, that the extraction reads as that code alone.
EXAMPLES = {
    Code.EXPORT_VALUE: "Năm 2025, kim ngạch xuất khẩu của tỉnh đạt 609 triệu USD.",
    Code.IMPORT_VALUE: "Năm 2025, kim ngạch nhập khẩu của tỉnh đạt 310 triệu USD.",
    Code.TRADE_VALUE: "Năm 2025, tổng kim ngạch xuất nhập khẩu của tỉnh đạt 919 triệu USD.",
    Code.EXPORT_GROWTH: "Giai đoạn 2021-2025, tốc độ tăng xuất khẩu bình quân đạt 12%/năm.",
    Code.IMPORT_GROWTH: "Giai đoạn 2021-2025, tốc độ tăng nhập khẩu bình quân đạt 8%/năm.",
    Code.LOCAL_EXPORT_GROWTH: "Giai đoạn 2021-2025, xuất khẩu địa phương tăng bình quân 9%/năm.",
    Code.FDI_NEW_PROJECTS: "Năm 2025, tỉnh cấp mới 12 dự án FDI.",
    Code.FDI_NEW_CAPITAL: "Năm 2025, vốn đăng ký cấp mới của các dự án FDI đạt 210 triệu USD.",
    Code.FDI_ADJUSTED_PROJECTS: "Năm 2025, tỉnh điều chỉnh tăng vốn cho 7 dự án FDI.",
    Code.FDI_ADDED_CAPITAL: "Năm 2025, vốn FDI điều chỉnh tăng thêm đạt 95 triệu USD.",
    Code.FDI_REGISTERED_CAPITAL: "Năm 2025, tỉnh thu hút 410 triệu USD vốn FDI.",
    Code.FDI_ACTIVE_PROJECTS: "Đến cuối năm 2025, trên địa bàn tỉnh có 134 dự án FDI còn hiệu lực.",
    Code.FDI_TOTAL_CAPITAL: "Đến cuối năm 2025, tổng vốn FDI đăng ký lũy kế đạt 5,2 tỷ USD.",
    Code.FDI_IMPLEMENTED_CAPITAL: "Năm 2025, vốn FDI thực hiện đạt 320 triệu USD.",
    Code.FDI_RANK: "Năm 2025, tỉnh xếp thứ 12/63 cả nước về thu hút FDI.",
    Code.ODA_PROJECTS: "Năm 2025, trên địa bàn tỉnh có 15 dự án ODA đang triển khai.",
    Code.ODA_MOBILIZING_PROJECTS: "Năm 2025, tỉnh đang vận động 4 dự án ODA.",
    Code.ODA_DISBURSED: "Năm 2025, vốn ODA giải ngân đạt 45 triệu USD.",
    Code.NGO_PROJECTS: "Năm 2025, trên địa bàn tỉnh có 21 dự án viện trợ phi chính phủ nước ngoài đang triển khai.",
    Code.NGO_NEW_COMMITMENTS: "Năm 2025, tỉnh tiếp nhận 9 khoản viện trợ mới của các tổ chức phi chính phủ nước ngoài.",
    Code.NGO_COMMITTED: "Năm 2025, giá trị viện trợ phi chính phủ nước ngoài cam kết đạt 6 triệu USD.",
    Code.NGO_DISBURSED: "Năm 2025, viện trợ phi chính phủ nước ngoài giải ngân đạt 5 triệu USD.",
    Code.NGO_ORGANIZATIONS: "Năm 2025, có 8 tổ chức phi chính phủ nước ngoài hoạt động trên địa bàn tỉnh.",
    Code.INTL_ORGANIZATIONS: "Năm 2025, có 7 tổ chức quốc tế triển khai dự án trên địa bàn tỉnh.",
    Code.AGREEMENTS_SIGNED: "Năm 2025, tỉnh đã ký kết 8 thỏa thuận quốc tế.",
    Code.INTL_CONFERENCES: "Năm 2025, tỉnh tổ chức 11 hội nghị quốc tế.",
    Code.DELEGATION_EXCHANGES: "Năm 2025, tỉnh tổ chức 40 đoàn ra nước ngoài.",
    Code.INVESTMENT_PROMOTION_DOMESTIC: "Năm 2025, tỉnh tổ chức 5 hội nghị xúc tiến đầu tư.",
    Code.INVESTMENT_PROMOTION_ABROAD: "Năm 2025, tỉnh tổ chức 3 sự kiện xúc tiến đầu tư ở nước ngoài.",
    Code.NGO_PROMOTION_CONFERENCES: "Năm 2025, tỉnh tổ chức 2 hội nghị vận động viện trợ phi chính phủ nước ngoài.",
    Code.PARTNER_LOCALITIES: "Năm 2025, tỉnh có quan hệ hợp tác với 26 địa phương nước ngoài.",
    Code.FRIENDSHIP_ASSOCIATIONS: "Năm 2025, toàn tỉnh có 6 hội hữu nghị cấp tỉnh.",
    Code.CULTURAL_EVENTS: "Năm 2025, tỉnh tổ chức 9 hoạt động văn hóa đối ngoại.",
    Code.WORKERS_ABROAD: "Năm 2025, toàn tỉnh đưa 2.300 người đi lao động ở nước ngoài.",
    Code.REMITTANCES: "Năm 2025, lượng kiều hối gửi về tỉnh đạt 120 triệu USD.",
}


def test_the_catalogue_lists_every_code_once():
    assert [entry.code for entry in CATALOGUE] == list(Code)
    assert set(BY_CODE) == set(Code)


@pytest.mark.django_db
def test_the_database_catalogue_holds_every_code():
    assert set(Code) <= set(Indicator.objects.values_list("code", flat=True))


@pytest.mark.parametrize("code", list(Code))
def test_every_code_has_its_computation_or_is_stated_only(code):
    if code in STATED_ONLY:
        assert computation_for(code) is None
    else:
        assert computation_for(code) is not None, f"{code}: no computation registered or it cannot run"


def _leaves(computation):
    parts = getattr(computation, "parts", None)
    return [leaf for part in parts for leaf in _leaves(part)] if parts else [computation]


def test_each_domain_app_registers_the_computations_of_its_own_records():
    engine = "\n".join(line.split("#")[0] for line in Path(computations.__file__).read_text().splitlines())
    for computation in all_computations():
        assert computation.indicator in BY_CODE
        for leaf in _leaves(computation):
            app = apps.get_model(leaf.model)._meta.app_config
            assert f"{app.name}.indicators" in sys.modules, leaf  # registered by the app's indicators.py
            assert leaf.model not in engine  # the engine names no model of any app


@pytest.mark.parametrize("code", list(Code))
def test_every_code_has_its_wording(code):
    wording = WORDING[code]
    assert wording.label
    entry = BY_CODE[code]
    if entry.unit != "money":  # counts are stated in the present when read at a date
        assert wording.is_stock == entry.at_a_date, code
    if wording.capital_code:
        assert BY_CODE[wording.capital_code].unit == "money"


def test_wording_and_outline_name_no_code_outside_the_catalogue():
    assert set(WORDING) == set(Code)
    assert set(reported_codes()) <= set(Code)  # delegations are reported by their table, not a figure


@pytest.mark.parametrize("code", list(Code))
def test_every_code_is_read_by_the_extraction(code):
    assert INDICATORS[code].unit == BY_CODE[code].unit
    facts = [fact for fact in extract_text(EXAMPLES[code])["facts"] if fact["kind"] == "observation"]
    assert [fact["indicator"] for fact in facts] == [code], facts


def test_the_pipeline_reads_the_catalogue_without_django():
    code = "import sys, ngoaivu.ingest.pipeline.indicators; assert 'django' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
