"""The Ministry's round, end to end: the national administrator opens a round; two
provinces' approvers send their locked reports; one is returned and sent again; one
province sends nothing and is late; the compilation names it and uses only what was sent."""
from datetime import date, timedelta

import pytest

from ngoaivu.accounts.roles import Role
from ngoaivu.rounds.models import ReportingRound
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def _logout(page):
    page.context.clear_cookies()


def test_round_open_submit_return_resubmit_late_and_compile(page, screenshot, make_user, units_2023, final_report):
    from ngoaivu.geo.selectors import current_province

    make_user(role=Role.ADMIN, province=None, username="vudiaphuong")
    approvers = {name: make_user(role=Role.APPROVER, province=current_province(units_2023[name]),
                                 username=f"pheduyet-{index}") for index, name in enumerate(("Hà Tĩnh", "Thanh Hóa"))}
    reports = {name: final_report(units_2023[name]) for name in approvers}

    login(page, "vudiaphuong", "pw-test-123")
    page.goto("/dot-bao-cao/mo/")
    page.fill("#id_title", "Báo cáo công tác đối ngoại năm 2023")
    page.select_option("#id_preset", "year")
    page.fill("#id_year", "2023")
    page.fill("#id_due_on", (date.today() - timedelta(days=1)).strftime("%d/%m/%Y"))
    page.select_option("#id_provinces", [str(unit.pk) for unit in units_2023.values()])
    page.click("#round-form button[type=submit]")
    page.wait_for_selector("#round-board")
    round_url = page.url
    reporting_round = ReportingRound.objects.get()
    _logout(page)

    for name, approver in approvers.items():
        login(page, approver.username, "pw-test-123")
        page.goto(round_url)
        unit = units_2023[name]
        form = page.locator(f"form[action$='/gui/{unit.pk}/']")
        form.locator("select").select_option(str(reports[name].pk))
        form.locator("button[type=submit]").click()
        page.wait_for_selector("#submission-list")
        assert "Đã gửi báo cáo đến Bộ Ngoại giao." in page.content()
        _logout(page)

    login(page, "vudiaphuong", "pw-test-123")
    page.goto(round_url)
    thanhhoa_row = page.locator("#submission-list tr", has_text="Thanh Hóa")
    thanhhoa_row.locator("textarea").fill("Đề nghị bổ sung số liệu viện trợ PCPNN.")
    thanhhoa_row.locator("button[type=submit]").click()
    page.wait_for_selector("#round-board tr[data-status=returned]")
    states = {row.get_attribute("data-unit"): row.get_attribute("data-status")
              for row in page.locator("#round-board tbody tr").all()}
    assert sorted(states.values()) == ["late", "returned", "submitted"]
    screenshot("round-board")
    _logout(page)

    login(page, approvers["Thanh Hóa"].username, "pw-test-123")
    page.goto(round_url)
    assert "Đề nghị bổ sung số liệu viện trợ PCPNN." in page.content()
    form = page.locator(f"form[action$='/gui/{units_2023['Thanh Hóa'].pk}/']")
    form.locator("select").select_option(str(reports["Thanh Hóa"].pk))
    form.locator("textarea").fill("Đã bổ sung theo ý kiến của Bộ.")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#submission-list")
    _logout(page)

    login(page, "vudiaphuong", "pw-test-123")
    page.goto(round_url)
    statuses = sorted(row.get_attribute("data-status") for row in page.locator("#round-board tbody tr").all())
    assert statuses == ["late", "submitted", "submitted"]
    page.goto(f"/dot-bao-cao/{reporting_round.pk}/tong-hop/")
    assert "Chưa gửi: Nghệ An" in page.locator("#missing-units").inner_text()
    assert "2/3 tỉnh, thành phố đã gửi báo cáo" in page.content()
    screenshot("round-compilation")
