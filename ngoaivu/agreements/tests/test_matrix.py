"""The scoping matrix of each record type of the app (ngoaivu.testing.matrix)."""
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.testing.files import pdf_bytes
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

from .helpers import make_agreement, make_partner, make_review, make_signed

pytestmark = pytest.mark.django_db


def run(case, own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def test_agreements(own_province, other_province, make_user, api_client_for, client_for):
    def payload():
        return {"title": "Biên bản ghi nhớ", "kind": "memorandum", "vietnamese_party": "UBND tỉnh",
                "partners": [make_partner(own_province).pk], "sectors": ["trade"]}

    case = RecordCase(
        model=Agreement, api_basename="agreement", ui_namespace="agreements:agreement",
        make=make_agreement, api_payload=payload, form_data=lambda: {**payload(), "status": "proposed",
                                                                     "level": "province_committee"},
        api_patch={"notes": "Cập nhật"},
    )
    run(case, own_province, other_province, make_user, api_client_for, client_for)


def test_reviews(own_province, other_province, make_user, api_client_for, client_for):
    def payload():
        return {"agreement": make_signed(own_province, signed_on=date(2022, 5, 1)).pk, "year": 2023,
                "rating": "effective", "summary": "Hội đàm"}

    case = RecordCase(
        model=AgreementReview, api_basename="agreement-review", ui_namespace="agreements:review",
        make=make_review, api_payload=payload, form_data=payload, api_patch={"summary": "Cập nhật"},
    )
    run(case, own_province, other_province, make_user, api_client_for, client_for)


class MultipartAPIClient(APIClient):
    """The matrix posts JSON; a file can only be uploaded as multipart."""

    def post(self, path, data=None, format=None, **extra):
        return super().post(path, data, format="multipart", **extra)


def test_documents(own_province, other_province, make_user, client_for):
    def make_document(province):
        return AgreementDocument.objects.create(province=province, agreement=make_signed(province), kind="report",
                                                file=SimpleUploadedFile("bao-cao.pdf", pdf_bytes()))

    def payload():
        return {"agreement": make_signed(own_province).pk, "kind": "signed_copy",
                "file": SimpleUploadedFile("ban-ky.pdf", pdf_bytes())}

    def multipart_client_for(user):
        client = MultipartAPIClient()
        client.force_authenticate(user)
        return client

    case = RecordCase(
        model=AgreementDocument, api_basename="agreement-document", ui_namespace="agreements:document",
        make=make_document, api_payload=payload, form_data=payload, api_patch={"title": "Bản dịch"},
    )
    run(case, own_province, other_province, make_user, multipart_client_for, client_for)
