"""The editing page: the whole report, a form per paragraph, badges by state, saved in place
(JSON) or by a plain post; regenerating keeps the edits."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.reports import services
from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report
from ngoaivu.reports.selectors import report_text

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def report(make_report, own_province, trade_figure):
    trade_figure("export", 2023, "2.4e9", estimate=True)
    trade_figure("export", 2022, "1.8e9")
    return make_report(own_province)


def test_every_paragraph_in_a_form_with_its_state(report, users, client_for):
    page = client_for(users[Role.SPECIALIST]).get(reverse("reports:report_editor", args=[report.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    paragraphs = report_text(report).paragraphs
    assert body.count('class="paragraph-form') == len(paragraphs) > 3
    for paragraph in paragraphs:
        assert f'id="p-{paragraph.key}"' in body
    assert "Tự động từ số liệu" in body and "<script>" not in body and "onclick" not in body


def test_save_in_place_then_regenerate_keeps_the_edit(report, users, client_for, trade_figure):
    client = client_for(users[Role.SPECIALIST])
    key = next(p.key for p in report_text(report).paragraphs if "xuất khẩu" in p.generated)
    url = reverse("reports:report_paragraph", args=[report.pk, key])
    saved = client.post(url, {"text": "Xuất khẩu tăng mạnh nhờ các thị trường mới."}, **JSON)
    assert saved.status_code == 200
    assert saved.json()["state"] == "edited" and saved.json()["label"] == "Đã sửa"
    assert saved.json()["text"] == "Xuất khẩu tăng mạnh nhờ các thị trường mới."

    trade_figure("import", 2023, "2.7e9")
    services.report_regenerate(report, actor=users[Role.SPECIALIST])
    paragraph = report_text(report).paragraph(key)
    assert paragraph.text == "Xuất khẩu tăng mạnh nhờ các thị trường mới." and paragraph.edited
    page = client.get(reverse("reports:report_editor", args=[report.pk])).content.decode()
    assert "Xuất khẩu tăng mạnh nhờ các thị trường mới." in page

    restored = client.post(url, {"text": "", "restore": "1"}, **JSON).json()
    assert restored["state"] == "generated" and restored["text"] == paragraph.generated


def test_a_plain_post_comes_back_to_the_editor(report, users, client_for):
    key = report_text(report).paragraphs[0].key
    response = client_for(users[Role.SPECIALIST]).post(
        reverse("reports:report_paragraph", args=[report.pk, key]), {"text": "Đoạn mở đầu.", "next": "editor"})
    assert response.status_code == 302
    assert response.url == reverse("reports:report_editor", args=[report.pk]) + f"#p-{key}"


def test_emptied_paragraph_is_badged_removed(report, users, client_for):
    key = report_text(report).paragraphs[0].key
    data = client_for(users[Role.SPECIALIST]).post(reverse("reports:report_paragraph", args=[report.pk, key]),
                                                   {"text": ""}, **JSON).json()
    assert data["state"] == "removed"


def test_viewers_and_locked_reports_are_not_edited(report, users, client_for):
    url = reverse("reports:report_editor", args=[report.pk])
    assert client_for(users[Role.VIEWER]).get(url).status_code == 403
    Report.objects.filter(pk=report.pk).update(status=ReportStatus.FINAL)
    response = client_for(users[Role.SPECIALIST]).get(url)
    assert response.status_code == 302 and response.url == reverse("reports:report_detail", args=[report.pk])
