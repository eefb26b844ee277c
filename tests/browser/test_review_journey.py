"""A specialist reviews a text read by the extractor: the doubtful figure is marked, the rest accepted at once."""
import pytest

from ngoaivu.core.roles import Role
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = ("Hà Tĩnh: kết quả vận động viện trợ phi chính phủ nước ngoài năm 2025\n\n"
        "Năm 2025, tỉnh Hà Tĩnh tiếp nhận 38 chương trình, dự án viện trợ phi chính phủ nước ngoài với tổng giá trị "
        "cam kết 4,6 triệu USD; giá trị giải ngân đạt 3,9 triệu USD.\n")


def test_the_doubtful_figure_is_marked_and_left_when_the_rest_is_accepted(page, screenshot, make_user, own_province):
    from ngoaivu.ingest import services
    from ngoaivu.ingest.models import ExtractedFact

    specialist = make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien")
    document = services.document_ingest(actor=specialist, province=own_province, text=TEXT, title="Viện trợ 2025").document
    figures = ExtractedFact.objects.filter(document=document, kind="observation").order_by("start")
    assert figures.count() == 3
    # the confidences are set here, not left to the shipped weights (a refit must not move this journey)
    figures.update(confidence=0.97)
    ExtractedFact.objects.filter(pk=figures.last().pk).update(confidence=0.41)

    login(page, "chuyenvien", "pw-test-123")
    page.goto(f"/van-ban-nguon/{document.pk}/")
    assert "1 số liệu cần kiểm tra kỹ trước khi chấp nhận" in page.locator("#doubtful-count").inner_text()
    assert page.locator(".doubtful-fact").count() == 1 and "0,41" in page.locator(".doubtful-fact").inner_text()
    screenshot("review-doubtful")

    page.click("#accept-confident")
    page.wait_for_selector("text=Còn 1 số liệu cần kiểm tra kỹ chờ duyệt.")
    assert page.locator(".doubtful-fact").count() == 1  # still waiting, still marked
    assert page.locator("#accept-confident").count() == 0  # nothing left but the doubtful one
    screenshot("review-doubtful-left")


def test_where_the_province_chose_it_accept_all_leaves_the_doubtful_figure_first(page, screenshot, make_user, own_province):
    from ngoaivu.accounts.models import ProvinceSettings
    from ngoaivu.ingest import services
    from ngoaivu.ingest.models import ExtractedFact

    ProvinceSettings.objects.update_or_create(province=own_province, defaults={"accept_all_skips_doubtful": True})
    specialist = make_user(role=Role.SPECIALIST, province=own_province, username="chuyenvien")
    document = services.document_ingest(actor=specialist, province=own_province, text=TEXT, title="Viện trợ 2025").document
    figures = ExtractedFact.objects.filter(document=document, kind="observation").order_by("start")
    figures.update(confidence=0.97)
    ExtractedFact.objects.filter(pk=figures.last().pk).update(confidence=0.41)

    login(page, "chuyenvien", "pw-test-123")
    page.goto(f"/van-ban-nguon/{document.pk}/")
    # the main button leaves the doubtful figure; accepting everything is the second choice, said so
    assert "Chấp nhận trừ số liệu cần kiểm tra" in page.locator(".btn-success").first.inner_text()
    assert "kể cả số liệu cần kiểm tra" in page.locator("#accept-all").inner_text()
    assert page.locator("#skips-doubtful-by-default").count() == 1
    screenshot("review-province-default")

    page.locator(".btn-success").first.click()
    page.wait_for_selector("text=Còn 1 số liệu cần kiểm tra kỹ chờ duyệt.")
    assert page.locator(".doubtful-fact").count() == 1
    assert ExtractedFact.objects.filter(document=document, status="accepted").count() == 2  # the two sure figures
