import itertools

import pytest

from ngoaivu.ingest.models import SourceDocument
from ngoaivu.ingest.reading import content_hash
from ngoaivu.ingest.tests.conftest import unique_text
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db
_made = itertools.count(1)


def make_document(province):
    text = f"Bản tin đối ngoại số {next(_made)}."
    return SourceDocument.objects.create(province=province, title="Bản tin đối ngoại", source_format="pasted",
                                         text=text, content_hash=content_hash(text))


CASE = RecordCase(
    model=SourceDocument,
    api_basename="document",
    ui_namespace="ingest:document",
    make=make_document,
    api_payload=lambda: {"text": unique_text(), "title": "Báo cáo tháng"},
    form_data=lambda: {"text": unique_text(), "title": "Báo cáo quý"},
    api_patch={"title": "Báo cáo quý I"},
    api_create_status=202,  # stored at once, read in the worker
    api_created_id=lambda body: body["document"]["id"],
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)
