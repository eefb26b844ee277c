"""The Content-Security-Policy holds in Chromium: no page breaks it, and the scripts that
replaced inline ones still do their work."""
import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "ngoaivu-demo"
PAGES = ["/", "/doi-tac/", "/ke-hoach/bang-so-lieu/", "/so-lieu/toan-quoc/", "/bao-cao/them/",
         "/van-ban-nguon/them/", "/nhat-ky/", "/api/docs/"]


@pytest.fixture
def demo():
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    return load_demo()


def _violations(page) -> list[str]:
    found = []
    page.on("console", lambda message: found.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


def test_pages_pass_the_csp_and_their_scripts_work(page, demo):
    violations = _violations(page)
    login(page, "hatinh.chuyenvien", PASSWORD)
    for url in PAGES:
        response = page.goto(url)
        assert response.status == 200, url
        assert "default-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert violations == []

    page.goto("/doi-tac/")  # record_list.js styled the filter form
    assert "form-control-sm" in page.locator("#filter-form input[type=text], #filter-form input[type=search]")\
        .first.get_attribute("class")
    page.goto("/ke-hoach/bang-so-lieu/")  # sizes.js gave the charts their height
    boxes = page.locator("[data-height]")
    if boxes.count():
        assert boxes.first.evaluate("el => el.style.height") == boxes.first.get_attribute("data-height")
    page.goto("/bao-cao/them/")  # period_fields.js shows only the fields of the chosen period
    page.select_option("#id_preset", "custom")
    assert page.locator("#id_date_from").is_visible() and not page.locator("#id_year").is_visible()

    assert violations == []
