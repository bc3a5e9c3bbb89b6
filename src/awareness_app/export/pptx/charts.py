"""The lesson's charts as native PowerPoint charts (python-pptx chart parts), which a teacher
can restyle and whose values PowerPoint shows in its data sheet. No Qt, no matplotlib.

Each chart is written from the app's own `ChartSpec` (`model.charts`), so the values, labels
and words are those the app draws:

- a bar chart (`spec.groups`): horizontal bars, a category a bar (its group's heading, with the
  bar's own label such as a year), the value the bar stands for, and beside each bar the text
  the app writes there ("748 (44.9%)", "more than 7 in 10") as its data label. A derived value
  is drawn with a diagonal pattern (the app's hatching) and its label says "derived"; a value
  known only as a bound keeps its bound in the label ("more than 7 in 10");
- a line chart (`spec.panels`): a chart a line, one under the other, as the app draws a panel a
  line on its own zero-based axis; the years as categories; the app's direct labels as data
  labels; a derived point hollow (the source line under the chart says what a hollow mark
  is, as in the app), and "derived" in its label where it has one.

The bars and lines take the theme's accent colours (accent 1 for the highlighted series, accent
2 for the rest), so a change of theme restyles them. Every spec the app has is a bar or a line
chart: none needs a picture. A spec with neither (a new chart type) is left to the caller,
which draws it as a picture (`deck._chart_job`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model.charts.spec import DERIVED, HIGHLIGHT, ChartSpec, with_note
from .layout import FONT

if TYPE_CHECKING:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.shapes.shapetree import SlideShapes

CHART_PT = 16  # the chart's axis labels and data labels (a chart is read from the room)
LABEL_PT = 16
MIN_PANEL_H = round(1.9 * 914400)  # a panel of a line chart, where the chart has the room


def can_draw(spec: ChartSpec) -> bool:
    return bool(spec.groups or spec.panels)


def add_chart(
    shapes: SlideShapes, spec: ChartSpec, box: tuple[int, int, int, int], alt: str
) -> list[object]:
    """`spec` as native charts in `box` (left, top, width, height, EMU); their frames."""
    if spec.groups:
        return [_bars(shapes, spec, box, alt)]
    return _lines(shapes, spec, box, alt)


def _bars(shapes: SlideShapes, spec: ChartSpec, box: tuple[int, int, int, int], alt: str) -> object:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION

    bars = [(group.heading, bar) for group in spec.groups for bar in group.bars]
    categories = [f"{heading} {bar.left}".strip() if bar.left else heading for heading, bar in bars]
    data = CategoryChartData(number_format="#,##0.0" if _fractional(bars) else "#,##0")
    data.categories = categories
    data.add_series(spec.title, [bar.value for _h, bar in bars])
    frame = _chart_frame(shapes, XL_CHART_TYPE.BAR_CLUSTERED, box, data)
    _describe(frame, spec, alt)
    chart = frame.chart
    _common(chart)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.vary_by_categories = False
    category_axis = chart.category_axis
    category_axis.reverse_order = True  # the first bar at the top, as the app draws it
    category_axis.has_major_gridlines = False
    value_axis = chart.value_axis
    value_axis.visible = False  # each bar carries its value, as in the app
    # and no gridlines: with no numbers on the axis they carry none, and they ran between the
    # letters of the figures written after the bars ("96 (more than 4 in 10*)")
    value_axis.has_major_gridlines = False
    value_axis.minimum_scale = 0
    top_value = max([bar.value for _h, bar in bars] + [bar.track or 0 for _h, bar in bars])
    value_axis.maximum_scale = top_value * 1.35  # room for the label after the longest bar
    series = plot.series[0]
    for index, (_heading, bar) in enumerate(bars):
        point = series.points[index]
        _fill(point.format.fill, bar.tone, bar.style == DERIVED)
        label = point.data_label
        label.position = XL_LABEL_POSITION.OUTSIDE_END
        _label_text(label, bar.text)
    return frame


def _lines(
    shapes: SlideShapes, spec: ChartSpec, box: tuple[int, int, int, int], alt: str
) -> list[object]:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import (
        XL_CHART_TYPE,
        XL_LABEL_POSITION,
        XL_LEGEND_POSITION,
        XL_MARKER_STYLE,
    )

    left, top, width, height = box
    heights = _panel_heights([panel.weight for panel in spec.panels], height)
    frames: list[object] = []
    at = top
    for panel, panel_h in zip(spec.panels, heights, strict=True):
        data = CategoryChartData(number_format="#,##0")
        data.categories = [text for _year, text in spec.years]
        by_year = {point.year: point for point in panel.points}
        data.add_series(
            panel.label, [by_year[y].value if y in by_year else None for y, _t in spec.years]
        )
        frame = _chart_frame(shapes, XL_CHART_TYPE.LINE_MARKERS, (left, at, width, panel_h), data)
        _describe(frame, spec, f"{alt} — {panel.label}" if len(spec.panels) > 1 else alt)
        chart = frame.chart
        _common(chart)
        chart.has_legend = True  # the panel's label, as the app writes it inside the panel
        chart.legend.position = XL_LEGEND_POSITION.TOP
        # above the plot, not over it: a label above a high point would run into it
        chart.legend.include_in_layout = False
        chart.value_axis.minimum_scale = 0
        highest = max(point.value for point in panel.points)
        ticks = [v for v, _t in panel.ticks]
        # the app's ticks, and room above the highest point for its label
        chart.value_axis.maximum_scale = max([*ticks, highest * _headroom(panel_h)])
        if len(ticks) > 1:
            chart.value_axis.major_unit = ticks[1] - ticks[0]
        chart.value_axis.has_major_gridlines = True
        # the ticks as the app writes them (2,000), not as the sheet's plain number (2000)
        chart.value_axis.tick_labels.number_format = "#,##0"
        chart.value_axis.tick_labels.number_format_is_linked = False
        chart.category_axis.tick_labels.font.size = _pt(CHART_PT - 2)
        series = chart.plots[0].series[0]
        series.smooth = False
        _line(series.format.line, panel.tone)
        series.marker.style = XL_MARKER_STYLE.CIRCLE
        series.marker.size = 7
        _fill(series.marker.format.fill, panel.tone, False)
        for index, (year, _text) in enumerate(spec.years):
            point = by_year.get(year)
            if point is None:
                continue
            text = point.text
            if point.derived:
                # hollow, as the app draws a derived point (the source line says what a hollow
                # mark is); a label of its own says so
                series.points[index].marker.format.fill.background()
                if text:
                    text = with_note(text, spec.derived_text)
            if text:
                label = series.points[index].data_label
                label.position = XL_LABEL_POSITION.ABOVE
                _label_text(label, text)
        frames.append(frame)
        at += panel_h
    return frames


def _panel_heights(weights: list[float], height: int) -> list[int]:
    """The panels' heights in `height`: as the app shares them (`weights`), but none lower
    than `MIN_PANEL_H` where the chart has the room (a chart's legend and years take the same
    room in a low panel as in a high one, and what is left must show the line and its
    labels); the last takes what is left."""
    count = len(weights)
    total = sum(weights) or 1.0
    if height < count * MIN_PANEL_H:
        shares = [1 / count] * count
    else:
        shares = [w / total for w in weights]
        low = [i for i, share in enumerate(shares) if share * height < MIN_PANEL_H]
        if low:
            spare = 1 - len(low) * MIN_PANEL_H / height
            rest = sum(shares[i] for i in range(count) if i not in low) or 1.0
            shares = [
                MIN_PANEL_H / height if i in low else share * spare / rest
                for i, share in enumerate(shares)
            ]
    out = [round(height * share) for share in shares[:-1]]
    return [*out, height - sum(out)]


def _headroom(panel_h: int) -> float:
    """How far above a panel's highest point its axis goes, as a multiple of that point, so
    that the point's label (a line of `LABEL_PT` text above its marker) stays inside the plot
    of a panel `panel_h` EMU high: a low panel needs more of its height for it."""
    point = 12700  # EMU
    # the plot: the panel less its legend above and the years under it, with the room
    # PowerPoint and LibreOffice leave around them (about an inch at 16 pt, measured)
    plot = panel_h - round(4.5 * CHART_PT * point)
    label = round(1.6 * LABEL_PT * point)  # the label and the gap over the marker
    if plot <= 2 * label:
        return 2.0
    return max(1.25, plot / (plot - label))


def _chart_frame(
    shapes: SlideShapes,
    kind: XL_CHART_TYPE,
    box: tuple[int, int, int, int],
    data: CategoryChartData,
) -> GraphicFrame:
    """A chart of `kind` in `box` (left, top, width, height, EMU): the graphic frame that
    python-pptx's `add_chart` returns. Its annotations are narrower than what it does: they
    ask for `ChartData` (any category chart data works) and say it returns a `Chart`."""
    from pptx.shapes.graphfrm import GraphicFrame
    from pptx.util import Emu

    left, top, width, height = (Emu(n) for n in box)
    frame = shapes.add_chart(kind, left, top, width, height, data)  # type: ignore[arg-type]
    assert isinstance(frame, GraphicFrame)
    return frame


def _fractional(bars: Sequence[tuple[str, object]]) -> bool:
    return any(getattr(bar, "value", 0) != round(getattr(bar, "value", 0)) for _h, bar in bars)


def _pt(points: float) -> object:
    from pptx.util import Pt

    return Pt(points)


def _common(chart: object) -> None:
    """No title (the slide's title says it), no legend, the app's font at a size read from the
    room, the language of the run."""
    chart.has_title = False  # type: ignore[attr-defined]
    chart.has_legend = False  # type: ignore[attr-defined]
    font = chart.font  # type: ignore[attr-defined]
    font.size = _pt(CHART_PT)
    font.name = FONT


def _theme_colour(tone: str) -> object:
    from pptx.enum.dml import MSO_THEME_COLOR

    return MSO_THEME_COLOR.ACCENT_1 if tone == HIGHLIGHT else MSO_THEME_COLOR.ACCENT_2


def _fill(fill: object, tone: str, derived: bool) -> None:
    """The theme's colour for `tone`; a derived value as a diagonal pattern of it on white."""
    from pptx.enum.dml import MSO_PATTERN_TYPE, MSO_THEME_COLOR

    if derived:
        fill.patterned()  # type: ignore[attr-defined]
        fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL  # type: ignore[attr-defined]
        fill.fore_color.theme_color = _theme_colour(tone)  # type: ignore[attr-defined]
        fill.back_color.theme_color = MSO_THEME_COLOR.BACKGROUND_1  # type: ignore[attr-defined]
    else:
        fill.solid()  # type: ignore[attr-defined]
        fill.fore_color.theme_color = _theme_colour(tone)  # type: ignore[attr-defined]


def _line(line: object, tone: str) -> None:
    from pptx.util import Pt

    line.color.theme_color = _theme_colour(tone)  # type: ignore[attr-defined]
    line.width = Pt(3)  # type: ignore[attr-defined]


def _label_text(label: object, text: str) -> None:
    """A data label with the app's own words (a bound stays a bound: "more than 7 in 10")."""
    frame = label.text_frame  # type: ignore[attr-defined]
    frame.text = text
    # on one line: LibreOffice wraps a label's own text to a narrow width (1,2 / 93)
    frame.word_wrap = False
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = _pt(LABEL_PT)
            run.font.bold = True


def _describe(frame: object, spec: ChartSpec, alt: str) -> None:
    frame.name = f"Chart {spec.id}"  # type: ignore[attr-defined]
    frame._element.nvGraphicFramePr.cNvPr.set("descr", alt)  # type: ignore[attr-defined]
