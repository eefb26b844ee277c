"""The Ministry's round, end to end: the national administrator opens a round; two
provinces' approvers send their locked reports; one is returned; a third province drafts
and a fourth has not started — the board shows the four states while the round runs. The
due date then passes: the returned province sends again (late), the two others are late,
and the compilation names them and uses only what was sent."""
from datetime import date, timedelta

import pytest
from django.db.models import F

from ngoaivu.core.roles import Role
from ngoaivu.rounds.models import ReportingRound, Submission
from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)


def _logout(page):
    page.context.clear_cookies()


def _board_states(page) -> dict[str, str]:
    return {row.get_attribute("data-unit"): row.get_attribute("data-status")
            for row in page.locator("#round-board tbody tr").all()}


def test_round_open_submit_return_resubmit_late_and_compile(page, screenshot, make_user, units_2023, final_report,
                                                            make_report_draft):
    from ngoaivu.geo.models import Province
    from ngoaivu.geo.selectors import current_province
    from ngoaivu.rounds import services

    units = {**units_2023, "Quảng Bình": Province.objects.get(scheme="vn63", name="Quảng Bình")}
    admin = make_user(role=Role.ADMIN, province=None, username="vudiaphuong")
    approvers = {name: make_user(role=Role.APPROVER, province=current_province(units[name]),
                                 username=f"pheduyet-{index}") for index, name in enumerate(("Hà Tĩnh", "Thanh Hóa"))}
    reports = {name: final_report(units[name]) for name in approvers}

    login(page, "vudiaphuong", "pw-test-123")
    page.goto("/dot-bao-cao/mo/")
    page.fill("#id_title", "Báo cáo công tác đối ngoại năm 2023")
    page.select_option("#id_preset", "year")
    page.fill("#id_year", "2023")
    page.fill("#id_due_on", (date.today() + timedelta(days=10)).strftime("%d/%m/%Y"))
    page.select_option("#id_provinces", [str(unit.pk) for unit in units.values()])
    page.click("#round-form button[type=submit]")
    page.wait_for_selector("#round-board")
    round_url = page.url
    reporting_round = ReportingRound.objects.get()
    # The two approvers' provinces have locked reports of 2023 not yet sent: drafting.
    assert _board_states(page) == {units["Hà Tĩnh"].key: "drafting", units["Thanh Hóa"].key: "drafting",
                                   units["Nghệ An"].key: "not_started", units["Quảng Bình"].key: "not_started"}
    _logout(page)

    for name, approver in approvers.items():
        login(page, approver.username, "pw-test-123")
        page.goto(round_url)
        unit = units[name]
        form = page.locator(f"form[action$='/gui/{unit.pk}/']")
        form.locator("select").select_option(str(reports[name].pk))
        form.locator("button[type=submit]").click()
        page.wait_for_selector("#submission-list")
        assert "Đã gửi báo cáo đến Bộ Ngoại giao." in page.content()
        _logout(page)
    make_report_draft(units["Quảng Bình"])  # Quảng Bình has begun its report, not finished it

    login(page, "vudiaphuong", "pw-test-123")
    page.goto(round_url)
    thanhhoa_row = page.locator("#submission-list tr", has_text="Thanh Hóa")
    thanhhoa_row.locator("textarea").fill("Đề nghị bổ sung số liệu viện trợ PCPNN.")
    thanhhoa_row.locator("button[type=submit]").click()
    page.wait_for_selector("#round-board tr[data-status=returned]")
    states = _board_states(page)
    assert sorted(states.values()) == ["drafting", "not_started", "returned", "submitted"]
    assert states[units["Quảng Bình"].key] == "drafting" and states[units["Nghệ An"].key] == "not_started"
    screenshot("round-board")
    _logout(page)

    # Eleven days go by (not waited for): the due date and what was sent move back by as much.
    shift = timedelta(days=11)
    services.round_update(reporting_round, actor=admin, data={"due_on": reporting_round.due_on - shift})
    Submission.objects.filter(reporting_round=reporting_round).update(
        submitted_at=F("submitted_at") - shift, returned_at=F("returned_at") - shift)

    login(page, approvers["Thanh Hóa"].username, "pw-test-123")
    page.goto(round_url)
    assert "Đề nghị bổ sung số liệu viện trợ PCPNN." in page.content()
    form = page.locator(f"form[action$='/gui/{units['Thanh Hóa'].pk}/']")
    form.locator("select").select_option(str(reports["Thanh Hóa"].pk))
    form.locator("textarea").fill("Đã bổ sung theo ý kiến của Bộ.")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#submission-list")
    _logout(page)

    login(page, "vudiaphuong", "pw-test-123")
    page.goto(round_url)
    states = _board_states(page)
    assert sorted(states.values()) == ["late", "late", "submitted", "submitted"]
    assert states[units["Quảng Bình"].key] == "late" and states[units["Nghệ An"].key] == "late"
    days_late = {row.get_attribute("data-unit"): row.locator("td").nth(2).inner_text().strip()
                 for row in page.locator("#round-board tbody tr").all()}
    assert days_late == {units["Hà Tĩnh"].key: "", units["Thanh Hóa"].key: "1",  # sent again after the due date
                         units["Nghệ An"].key: "1", units["Quảng Bình"].key: "1"}
    screenshot("round-board-late")
    page.goto(f"/dot-bao-cao/{reporting_round.pk}/tong-hop/")
    missing = page.locator("#missing-units").inner_text()
    assert "Nghệ An" in missing and "Quảng Bình" in missing
    assert "Hà Tĩnh" not in missing and "Thanh Hóa" not in missing
    assert "2/4 tỉnh, thành phố đã gửi báo cáo" in page.content()
    screenshot("round-compilation")
