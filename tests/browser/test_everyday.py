"""Everyday use of the demo in Chromium: search without diacritics, the calendar and its
iCal feed, the map, readable history, Vietnamese by default, error pages, accessibility
(axe-core from npm, injected by the test only) and phones (390 px)."""
import datetime
from pathlib import Path

import pytest
from django.urls import reverse
from icalendar import Calendar

from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DOCS_IMG = ROOT / "docs" / "img"
PASSWORD = "ngoaivu-demo"


@pytest.fixture
def demo():
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    return load_demo()


def _first_detail(page, list_url: str) -> str:
    page.goto(list_url)
    return page.locator("table tbody tr td a").first.get_attribute("href")


def test_everyday_use_of_the_demo(page, browser, demo, live_server):
    """One test, one demo load (the slow part): each step below is one "done when" line."""
    search_calendar_feed_map_and_history(page, demo)
    english_browser_gets_vietnamese_and_404_has_the_menu(browser, live_server)
    axe_finds_no_serious_issue(page)
    menu_fits_one_row_at_1280(page)
    no_page_scrolls_sideways_on_a_phone(browser, live_server)


def search_calendar_feed_map_and_history(page, demo):
    login(page, "hatinh.chuyenvien", PASSWORD)
    for words in ("ha tinh", "nhat ban", "kham muon", "LIEN HOP QUOC"):
        page.goto(f"/tim-kiem/?q={words}")
        assert page.locator(".search-group li a").count() > 0, words
        assert page.locator(".search-group mark").count() > 0, words
    page.goto("/doi-tac/?q=kham muon")
    assert "Khăm Muồn" in page.locator("table").inner_text()

    # The calendar shows the demo's deadlines; the feed carries the same ones.
    from ngoaivu.agenda.selectors import calendar_events

    user = demo.specialist("hatinh")
    today = datetime.date.today()
    events = calendar_events(user=user, first=today - datetime.timedelta(days=365),
                             last=today + datetime.timedelta(days=550))
    event = next(e for e in events if e.kind != "annual")
    page.goto(f"/lich/?thang={event.day:%Y-%m}&xem=danh-sach")
    assert event.title in page.locator("#calendar-agenda").inner_text()
    page.goto(f"/lich/?thang={event.day:%Y-%m}")
    assert page.locator("#calendar-grid .cal-item").count() > 0
    kinds_by_month: dict[str, set] = {}
    for e in events:
        kinds_by_month.setdefault(e.day.strftime("%Y-%m"), set()).add((e.kind, e.state))
    busiest = max(kinds_by_month, key=lambda month: len(kinds_by_month[month]))  # the most varied month
    page.goto(f"/lich/?thang={busiest}")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(DOCS_IMG / "calendar.png"))
    page.goto("/lich/dang-ky/")
    feed_url = page.locator("#feed-url").input_value()
    response = page.request.get(feed_url)
    assert response.ok
    uids = {str(item["uid"]) for item in Calendar.from_ical(response.body()).walk("VEVENT")}
    assert uids == {e.uid for e in events}

    # A demo delegation's history reads in words.
    href = _first_detail(page, reverse("delegations:delegation_list"))
    page.goto(href + "lich-su/")
    text = page.locator("#history-table").inner_text()
    for raw in ("outbound", "provincial_budget", "draft", "True", "['", "province_id"):
        assert raw not in text, raw
    assert "Đoàn ra" in text or "Đoàn vào" in text
    page.screenshot(path=str(DOCS_IMG / "history.png"), full_page=False)

    page.goto("/ban-do/")
    page.wait_for_selector("#partner-map[data-ready]")
    assert page.locator("#partner-map .map-mark").count() > 0
    # The README's map is the Ministry's: every demo province's partners and border gates.
    page.context.clear_cookies()
    login(page, "bo.xem", PASSWORD)
    page.goto("/ban-do/")
    page.wait_for_selector("#partner-map[data-ready]")
    assert page.locator("#partner-map a.map-mark[href^='#map-gate-']").count() > 0
    assert page.locator("#partner-map a.map-mark[href^='#map-partner-']").count() > 0
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path=str(DOCS_IMG / "map.png"))  # the map and the lists' start; the whole page is 3.500 px
    page.context.clear_cookies()
    login(page, "hatinh.chuyenvien", PASSWORD)


def english_browser_gets_vietnamese_and_404_has_the_menu(browser, live_server):
    context = browser.new_context(locale="en-US", extra_http_headers={"Accept-Language": "en-US,en;q=0.9"},
                                  base_url=live_server.url)
    page = context.new_page()
    login(page, "hatinh.xem", PASSWORD)
    assert page.locator("html").get_attribute("lang") == "vi"
    response = page.goto("/khong-co-trang-nay/")
    assert response.status == 404
    assert page.locator("#mainnav").count() == 1 and "Không tìm thấy trang" in page.content()
    context.close()


def _pages(page) -> dict[str, str]:
    from ngoaivu.ingest.models import SourceDocument
    from ngoaivu.rounds.models import ReportingRound

    document = SourceDocument.objects.filter(province__name="Hà Tĩnh").first()
    assert document is not None  # the demo's review screen is one of the pages checked
    return {
        "home": "/",
        "list": reverse("partners:partner_list"),
        "detail": _first_detail(page, reverse("delegations:delegation_list")),
        "form": reverse("partners:partner_add"),
        "dashboard": reverse("plans:dashboard"),
        "review": reverse("ingest:document_detail", args=[document.pk]),
        "calendar": reverse("agenda:calendar"),
        "map": reverse("ui:map"),
        "history": reverse("ui:changes"),
        "report": _first_detail(page, reverse("reports:report_list")),
        "rounds": reverse("rounds:round_list"),
        "round": reverse("rounds:round_detail", args=[ReportingRound.objects.order_by("period_start").first().pk]),
    }


def axe_finds_no_serious_issue(page):
    source = AXE.read_text(encoding="utf-8")
    problems = {}
    for name, url in _pages(page).items():
        page.goto(url)
        page.evaluate(source)  # evaluated by the test, not loaded by the page: the CSP stays strict
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [f"{v['id']}: {v['nodes'][0]['target']}" for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
        if serious:
            problems[name] = serious
    assert problems == {}


def no_page_scrolls_sideways_on_a_phone(browser, live_server):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844}, base_url=live_server.url,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    login(page, "hatinh.chuyenvien", PASSWORD)
    wide = {}
    for name, url in _pages(page).items():
        page.goto(url)
        page.wait_for_load_state("load")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[name] = width
    # What is due comes before the counts on the phone home.
    page.goto("/")
    due_top = page.locator("#home-attention").bounding_box()["y"]
    counts_top = page.locator("#home-counts").evaluate("e => e.parentElement.getBoundingClientRect().top")
    context.close()
    assert wide == {}
    assert due_top < counts_top


def menu_fits_one_row_at_1280(page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    height = page.locator("nav.navbar").bounding_box()["height"]
    assert height < 70, height
