import itertools

import pytest

from ngoaivu.core.roles import Role
from ngoaivu.ingest import services
from ngoaivu.ingest.extraction import Extraction
from ngoaivu.ingest.tests.texts import REPORT, report_facts


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


@pytest.fixture
def fixed_extractor(monkeypatch):
    """The extractor reads REPORT's fixed facts (the pipeline has its own tests)."""
    calls = []

    def extract(text, *, source, published):
        calls.append(text)
        return Extraction("Lạng Sơn", published, report_facts() if text == REPORT else [])

    monkeypatch.setattr(services, "extract_facts", extract)
    return calls


@pytest.fixture
def report(specialist, own_province, fixed_extractor):
    """REPORT ingested in the own province, its facts pending."""
    return services.document_ingest(actor=specialist, province=own_province, text=REPORT, title="Sơ kết 6 tháng")


@pytest.fixture
def fact_of(report):
    def find(kind, **fields):
        facts = [f for f in report.document.facts.all()
                 if f.kind == kind and all(f.payload.get(k) == v for k, v in fields.items())]
        assert len(facts) == 1, (kind, fields, facts)
        return facts[0]

    return find


_unique = itertools.count(1)


def unique_text() -> str:
    """A short report no other test uploads (documents are recognised by their text)."""
    return f"Báo cáo số {next(_unique)}: tỉnh đã ký kết 2 thỏa thuận quốc tế trong năm 2024."
