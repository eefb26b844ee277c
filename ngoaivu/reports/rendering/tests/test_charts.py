import io
import warnings
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import matplotlib
import pytest
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath
from PIL import Image

from ngoaivu.reports.rendering.charts import (
    DPI,
    FONT_DIRECTORY,
    FONT_FILES,
    HEIGHT_INCHES,
    TITLE_SIZE,
    WIDTH_INCHES,
    _value_labels,
    render_chart_png,
    wrapped_title,
)
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


# Every Vietnamese letter, lower and upper case, with each of the five tone marks.
VIETNAMESE = ("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ "
              "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ")


def render_strictly(chart: Chart) -> bytes:
    """A chart rendered with matplotlib's missing-glyph warning turned into an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return render_chart_png(chart)


def test_every_vietnamese_letter_has_a_glyph_in_the_packaged_font():
    words = VIETNAMESE.split()
    chart = Chart(VIETNAMESE, words[:6], {words[6]: [1, 2, 3, 4, 5, 6], words[7]: [6, 5, 4, 3, 2, 1]},
                  unit=" ".join(words[8:]))
    assert render_strictly(chart).startswith(PNG_SIGNATURE)


def test_a_letter_the_font_lacks_fails_the_strict_rendering():
    with pytest.raises(UserWarning, match="missing from font"):
        render_strictly(Chart("Hợp tác với Nhật Bản 日本", ["2023"], {"Số đoàn": [3]}))


def test_the_font_is_the_file_packaged_with_matplotlib():
    assert all((FONT_DIRECTORY / name).is_file() for name in FONT_FILES.values())
    assert FONT_DIRECTORY.is_relative_to(Path(matplotlib.__file__).parent)


def test_a_long_title_wraps_between_words_and_fits_the_figure():
    title = ("Kim ngạch xuất khẩu, nhập khẩu 7 tháng đầu năm 2022 và cùng kỳ các năm trước của tỉnh "
             "Thừa Thiên Huế theo số liệu của Sở Công Thương")
    lines = wrapped_title(title).split("\n")
    assert len(lines) > 1 and " ".join(lines) == title
    bold = FontProperties(fname=FONT_DIRECTORY / FONT_FILES["bold"], size=TITLE_SIZE)
    widest = max(TextPath((0, 0), line, prop=bold).get_extents().width for line in lines)
    assert widest <= 0.9 * WIDTH_INCHES * 72  # points
    assert wrapped_title("Xuất khẩu") == "Xuất khẩu"


def test_a_value_worked_back_from_a_stated_change_is_marked_as_in_the_table():
    chart = Chart("Kim ngạch xuất khẩu", ["2022", "2023"], {"Xuất khẩu": [Decimal("1800.00"), Decimal("2400.49")]},
                  unit="triệu USD", approximate=frozenset({("Xuất khẩu", 0)}))
    assert _value_labels(chart, "Xuất khẩu", chart.series["Xuất khẩu"]) == ["≈ 1.800", "2.400,49"]
    assert render_strictly(chart) != render_strictly(replace(chart, approximate=frozenset()))
    line = replace(chart, kind="line")
    assert render_strictly(line) != render_strictly(replace(line, approximate=frozenset()))
