"""Charts of a report as PNG: matplotlib's Agg backend, Vietnamese labels and numbers.

The output is deterministic (fixed size and resolution, no software version in the PNG
metadata), so the same chart always gives the same bytes.
"""
from __future__ import annotations

import io
import math
from functools import cache

from matplotlib import font_manager, rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FuncFormatter

from ngoaivu.core.vnformat import format_number, to_decimal
from ngoaivu.reports.rendering.model import Chart

# The text width of an A4 page with the margins of Nghị định 30 (210 - 30 - 15 mm).
WIDTH_INCHES = 165 / 25.4
HEIGHT_INCHES = 3.3
DPI = 200
VALUE_DECIMALS = 2
# Sober colours that stay distinct when printed in grey.
COLOURS = ["#1f4e79", "#c55a11", "#7f7f7f", "#548235", "#7030a0"]
# Times New Roman as in the document; Liberation Serif has the same metrics and the
# Vietnamese glyphs; DejaVu Serif ships with matplotlib.
SERIF_FONTS = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]


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
        axes.set_title(chart.title, fontweight="bold")
        axes.set_ylabel(chart.unit)
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, VALUE_DECIMALS)))
        axes.margins(y=0.15)  # room for the value labels above the highest bar
        axes.set_ylim(bottom=0)
        if len(chart.series) > 1:
            axes.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=len(chart.series))
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _draw_bars(axes, chart: Chart) -> None:
    positions = range(len(chart.categories))
    bar_width = 0.8 / max(1, len(chart.series))
    for index, (name, values) in enumerate(chart.series.items()):
        offset = (index - (len(chart.series) - 1) / 2) * bar_width
        bars = axes.bar(
            [p + offset for p in positions],
            _floats(values),
            width=bar_width,
            label=name,
            color=COLOURS[index % len(COLOURS)],
        )
        axes.bar_label(bars, labels=_value_labels(values), padding=2, fontsize=9)
    axes.set_xticks(list(positions), chart.categories)


def _draw_lines(axes, chart: Chart) -> None:
    positions = range(len(chart.categories))
    for index, (name, values) in enumerate(chart.series.items()):
        colour = COLOURS[index % len(COLOURS)]
        axes.plot(list(positions), _floats(values), marker="o", label=name, color=colour)
        for position, value, label in zip(positions, _floats(values), _value_labels(values)):
            if label:
                axes.annotate(label, (position, value), textcoords="offset points",
                              xytext=(0, 6), ha="center", fontsize=9, color=colour)
    axes.set_xticks(list(positions), chart.categories)


def _floats(values) -> list[float]:
    # Matplotlib plots floats; a missing value leaves a gap.
    return [math.nan if v is None else float(to_decimal(v)) for v in values]


def _value_labels(values) -> list[str]:
    return ["" if v is None else format_number(v, VALUE_DECIMALS) for v in values]


def _style() -> dict:
    return {
        "font.family": "serif",
        "font.serif": [_serif_font()],
        "font.size": 10,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "axes.axisbelow": True,
        "grid.color": "#d9d9d9",
        "savefig.dpi": DPI,
    }


@cache
def _serif_font() -> str:
    # Named explicitly so that matplotlib does not log a warning per missing family.
    installed = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in SERIF_FONTS if name in installed), "DejaVu Serif")
