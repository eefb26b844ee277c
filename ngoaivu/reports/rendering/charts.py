"""Charts of a report as PNG: matplotlib's Agg backend, Vietnamese labels and numbers.

The text is set in DejaVu Serif from the font files matplotlib ships in its own package
(licence: mpl-data/fonts/ttf/LICENSE_DEJAVU, the Bitstream Vera licence, free to use and
redistribute): it covers every Vietnamese letter and is there on any machine that has
matplotlib, so no system font is looked up and a fresh server draws no boxes.

The output is deterministic (fixed size and resolution, no software version in the PNG
metadata), so the same chart always gives the same bytes.
"""
from __future__ import annotations

import io
import math
import textwrap
from functools import cache
from pathlib import Path

import matplotlib
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from ngoaivu.core.vnformat import format_number, to_decimal
from ngoaivu.reports.rendering.model import APPROXIMATE_MARK, Chart

# The text width of an A4 page with the margins of Nghị định 30 (210 - 30 - 15 mm).
WIDTH_INCHES = 165 / 25.4
HEIGHT_INCHES = 3.3
DPI = 200
VALUE_DECIMALS = 2
# Sober colours that stay distinct when printed in grey.
COLOURS = ["#1f4e79", "#c55a11", "#7f7f7f", "#548235", "#7030a0"]
FONT_DIRECTORY = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {"normal": "DejaVuSerif.ttf", "bold": "DejaVuSerif-Bold.ttf"}
FONT_SIZE, TITLE_SIZE = 10, 11
# A title wraps to this many characters a line: DejaVu Serif Bold averages about 0.6 em
# a character, and the title spans the plot's width (about 85 % of the figure's).
TITLE_CHARS_PER_LINE = int(WIDTH_INCHES * 72 * 0.85 / (TITLE_SIZE * 0.6))


def render_chart_png(chart: Chart) -> bytes:
    with rc_context(_style()):
        figure = MplFigure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        if chart.kind == "bar":
            _draw_bars(axes, chart)
        elif chart.kind == "line":
            _draw_lines(axes, chart)
        else:
            raise ValueError(f"unknown chart kind {chart.kind!r}")
        axes.set_title(wrapped_title(chart.title), fontweight="bold", fontsize=TITLE_SIZE)
        axes.set_ylabel(chart.unit)
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, VALUE_DECIMALS)))
        axes.margins(y=0.15)  # room for the value labels above the highest bar
        axes.set_ylim(bottom=0)
        if len(chart.series) > 1:
            # Bars get solid keys: a hatched first bar (a value worked back) is not the series' look.
            handles = [Patch(facecolor=COLOURS[index % len(COLOURS)], label=name)
                       for index, name in enumerate(chart.series)] if chart.kind == "bar" else None
            axes.legend(handles=handles, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.1),
                        ncols=len(chart.series))
        figure.draw_without_rendering()  # makes every tick label, so that each gets the font
        _use_packaged_font(figure)
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _draw_bars(axes, chart: Chart) -> None:
    positions = range(len(chart.categories))
    bar_width = 0.8 / max(1, len(chart.series))
    for index, (name, values) in enumerate(chart.series.items()):
        offset = (index - (len(chart.series) - 1) / 2) * bar_width
        colour = COLOURS[index % len(COLOURS)]
        bars = axes.bar(
            [p + offset for p in positions],
            _floats(values),
            width=bar_width,
            label=name,
            color=colour,
        )
        for position, bar in enumerate(bars):
            if chart.is_approximate(name, position):
                # An order of magnitude, not a statistic: outlined and hatched, not solid.
                bar.set(facecolor="white", edgecolor=colour, hatch="///")
        axes.bar_label(bars, labels=_value_labels(chart, name, values), padding=2, fontsize=9)
    axes.set_xticks(list(positions), chart.categories)


def _draw_lines(axes, chart: Chart) -> None:
    positions = range(len(chart.categories))
    for index, (name, values) in enumerate(chart.series.items()):
        colour = COLOURS[index % len(COLOURS)]
        axes.plot(list(positions), _floats(values), marker="o", label=name, color=colour)
        approximate = [p for p in positions if chart.is_approximate(name, p)]
        if approximate:  # hollow markers on the values worked back from a stated change
            axes.plot(approximate, [_floats(values)[p] for p in approximate], linestyle="", marker="o",
                      markerfacecolor="white", markeredgecolor=colour)
        for position, value, label in zip(positions, _floats(values), _value_labels(chart, name, values)):
            if label:
                axes.annotate(label, (position, value), textcoords="offset points",
                              xytext=(0, 6), ha="center", fontsize=9, color=colour)
    axes.set_xticks(list(positions), chart.categories)


def wrapped_title(title: str) -> str:
    """The title on as many lines as it needs, broken between words."""
    return "\n".join(textwrap.wrap(title, TITLE_CHARS_PER_LINE)) or title


def _use_packaged_font(figure: MplFigure) -> None:
    """Every text of the figure in the packaged font file, at its own size and weight."""
    for text in figure.findobj(Text):
        weight = "bold" if text.get_fontweight() in ("bold", 700, "heavy", "semibold") else "normal"
        text.set_fontproperties(_font(weight, text.get_fontsize()))


@cache
def _font(weight: str, size: float) -> FontProperties:
    return FontProperties(fname=FONT_DIRECTORY / FONT_FILES[weight], size=size)


def _floats(values) -> list[float]:
    # Matplotlib plots floats; a missing value leaves a gap.
    return [math.nan if v is None else float(to_decimal(v)) for v in values]


def _value_labels(chart: Chart, name: str, values) -> list[str]:
    """Each value as printed above it; one worked back from a stated change is marked "≈"
    (the mark of builder/precision.py, as in the report's sentences and tables)."""
    return ["" if v is None else
            f"{APPROXIMATE_MARK} " * chart.is_approximate(name, index) + format_number(v, VALUE_DECIMALS)
            for index, v in enumerate(values)]


def _style() -> dict:
    return {
        # Only a fallback: every text is given the packaged font file (_use_packaged_font).
        "font.family": "DejaVu Serif",
        "font.size": FONT_SIZE,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "axes.axisbelow": True,
        "grid.color": "#d9d9d9",
        "savefig.dpi": DPI,
    }
