import io
from decimal import Decimal

import pytest
from PIL import Image

from ngoaivu.reports.rendering.charts import DPI, HEIGHT_INCHES, WIDTH_INCHES, render_chart_png
from ngoaivu.reports.rendering.model import Chart

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TRADE = Chart(
    title="Kim ngạch xuất khẩu, nhập khẩu",
    categories=["2021", "2022", "2023"],
    series={"Xuất khẩu": [Decimal("1.5"), Decimal("1.8"), Decimal("2.4")],
            "Nhập khẩu": [2.9, 2.81, None]},
    unit="tỷ USD",
)


def test_bar_chart_is_a_png_of_fixed_size():
    png = render_chart_png(TRADE)
    assert png.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(png))
    assert image.size == (round(WIDTH_INCHES * DPI), round(HEIGHT_INCHES * DPI))


def test_line_chart_with_a_gap():
    line = Chart("Số thỏa thuận quốc tế", ["2021", "2022", "2023"], {"Thỏa thuận": [5, None, 8]},
                 kind="line", unit="thỏa thuận")
    assert render_chart_png(line).startswith(PNG_SIGNATURE)


def test_output_is_deterministic_and_carries_no_software_version():
    png = render_chart_png(TRADE)
    assert png == render_chart_png(TRADE)
    assert b"Matplotlib" not in png and b"Software" not in png


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        render_chart_png(Chart("x", ["a"], {"s": [1]}, kind="pie"))
